// Direct mount (issue 7): for sites that host the built dist/ folder themselves.
//
//   <div id="wegweiser"></div>
//   <script type="module">
//     import { mount } from "/wegweiser/mount.js";
//     mount(document.getElementById("wegweiser"), { view: "map", lang: "ro", district: "05978" });
//   </script>
//
// This is the source: the build (datagen/src/mount.rs) writes it to dist/mount.js with the
// hashed name of the app's JavaScript glue in the two places marked below. Everything is loaded
// relative to this file, from where dist/ is hosted, once, at mount time: the app, its
// styles (mount.css, scoped to the element) and, only for a view with the map, the map
// outlines (map.svg). Nothing depends on what a reader does, and nothing goes elsewhere.
import init, { wegweiserMountOptions, wegweiserMount } from "./WEGWEISER_GLUE.js";

const here = import.meta.url;
let wasm = null;
let mounting = null;

/**
 * Mounts the app into `target` (an element, or a CSS selector for one), replacing its
 * content. Options: `view` "map" | "questionnaire" | "both" (default), `lang` e.g. "ro"
 * (default: the reader's browser language, else German), `district` a 5-digit code as a
 * string, e.g. "05978". A value that is not understood is named in a console warning and
 * its default is used. Rejects (with a message) when there is no such element or the app is
 * on the page already: a page holds one app. Resolves to the element.
 */
export async function mount(target, options) {
  const element = find(target);
  if (mounting) {
    throw new Error("Wegweiser mount: the app is already on this page, and a page holds one (its element ids would clash); nothing mounted");
  }
  mounting = start(element, options);
  try {
    return await mounting;
  } catch (e) {
    mounting = null;
    throw e;
  }
}

function find(target) {
  let element = target;
  if (typeof target === "string") {
    try {
      element = document.querySelector(target);
    } catch {
      element = null;
    }
  }
  if (element instanceof HTMLElement) return element;
  const what = typeof target === "string" ? `"${target.slice(0, 60)}" finds no element` : `a value of type ${target === null ? "null" : typeof target} is not an HTML element`;
  throw new TypeError(`Wegweiser mount: ${what}; nothing mounted. Pass an element or a CSS selector, e.g. mount(document.getElementById("wegweiser"), { view: "map" })`);
}

async function start(element, options) {
  wasm ??= init({ module_or_path: new URL("WEGWEISER_GLUE_bg.wasm", here) });
  await Promise.all([stylesheet(), wasm]);
  const checked = wegweiserMountOptions(options);
  const map = checked.view === "questionnaire" ? undefined : await outlines();
  wegweiserMount(element, checked, map);
  // The app brought its own quick exit (the page had none): make it and Shift × 3 work.
  if (element.querySelector("#quick-exit")) await import(new URL("quick-exit.js", here).href);
  return element;
}

// The styles, once per page, scoped to the mount element (class "wegweiser"). Resolves when
// they have loaded (or failed to: the app still works unstyled), so nothing jumps.
function stylesheet() {
  const href = new URL("mount.css", here).href;
  if ([...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === href)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  const loaded = new Promise((resolve) => {
    link.onload = resolve;
    link.onerror = () => {
      console.warn(`Wegweiser mount: the styles (${href}) could not be loaded; the app works without them`);
      resolve();
    };
  });
  document.head.append(link);
  return loaded;
}

// The district outlines (the wasm carries none): map.svg, parsed as inert XML.
async function outlines() {
  const url = new URL("map.svg", here);
  try {
    const response = await fetch(url, { credentials: "omit", referrerPolicy: "no-referrer" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const svg = new DOMParser().parseFromString(await response.text(), "image/svg+xml").documentElement;
    if (svg.localName !== "svg") throw new Error("not an SVG file");
    return svg;
  } catch (e) {
    console.warn(`Wegweiser mount: the map outlines (${url}) could not be loaded (${e.message}); the map stays empty, the list of districts below it works`);
    return undefined;
  }
}
