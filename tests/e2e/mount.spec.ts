// Direct mount (issue 7, part 2): a partner that hosts dist/ itself imports mount.js and
// mounts a view into its own element. The partner page (tests/e2e/partner-mount/) is served on
// the app's origin under the headers of public/_headers, but is never part of dist/.
import { test, expect, de } from "./fixtures/app";
import { readFileSync } from "node:fs";
import type { Page, ConsoleMessage } from "@playwright/test";

const NEUTRAL = "https://www.wetteronline.de/";
const en = JSON.parse(readFileSync(new URL("../../locales/en.json", import.meta.url), "utf8"));

// The headers every file of dist/ gets (the "/*" block of public/_headers).
const documented = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8");
const pageHeaders: Record<string, string> = {};
for (const line of documented.split("/*\n")[1].split("\n\n")[0].split("\n")) {
  const at = line.indexOf(":");
  if (at > 0) pageHeaders[line.slice(0, at).trim()] = line.slice(at + 1).trim();
}
const types: Record<string, string> = { html: "text/html", js: "text/javascript", css: "text/css" };

type Mounted = { warnings: string[]; errors: string[] };

/** Opens the partner page; with `options` its script mounts the app into #wegweiser. */
async function partner(page: Page, options?: unknown): Promise<Mounted> {
  const log: Mounted = { warnings: [], errors: [] };
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "warning") log.warnings.push(m.text());
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(e.message));
  await page.route("**/partner-mount/*", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop() || "index.html";
    const body = readFileSync(new URL(`./partner-mount/${name}`, import.meta.url));
    await route.fulfill({ body, headers: { ...pageHeaders, "Content-Type": types[name.split(".").pop()!] } });
  });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  const q = options === undefined ? "" : `?options=${encodeURIComponent(JSON.stringify(options))}`;
  await page.goto(`/partner-mount/index.html${q}`);
  if (options !== undefined) {
    await expect(page.locator("body")).toHaveAttribute("data-mounted", "yes");
  }
  return log;
}

const host = (page: Page) => page.locator("#wegweiser");
const violations = (page: Page) => page.evaluate(() => (window as any).__violations);

/** What the partner's own styles give its elements. */
const partnerLook = (page: Page) =>
  page.evaluate(() => {
    const pick = (el: Element) => {
      const s = getComputedStyle(el);
      return [s.fontFamily, s.color, s.backgroundColor, s.margin, s.padding, s.lineHeight, s.maxWidth, s.boxSizing];
    };
    return {
      html: [document.documentElement.lang, document.documentElement.getAttribute("dir"), document.title],
      body: pick(document.body),
      main: pick(document.getElementById("partner-main")!),
      h1: pick(document.querySelector("h1")!),
      app: document.getElementById("app")!.outerHTML,
    };
  });

test("the map view mounts with all districts and shows help for a chosen one", async ({ app, page }) => {
  const log = await partner(page, { view: "map", district: "05978" });
  await expect(host(page)).toHaveAttribute("data-app", "ready");
  await expect(host(page)).toHaveClass(/\bwegweiser\b/);
  await expect(host(page).locator("svg.map path[data-ags]")).toHaveCount(53);
  // The district option opened Unna; the map view has no switch to the self-check.
  await app.expectHelpFor("05978", "Unna");
  await expect(page.getByTestId("view-self-check")).toHaveCount(0);
  await app.tapDistrict("05315");
  await app.expectHelpFor("05315", "Köln");
  await app.listButton("05119").click();
  await expect(app.panelHeading).toHaveText("Oberhausen");
  // The app's page content replaced the element's placeholder, nothing else.
  await expect(host(page)).not.toContainText("Loading help");
  await expect(page.locator("#after")).toBeVisible();
  expect(log.warnings).toEqual([]);
  expect(log.errors).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test("the questionnaire view mounts without loading the map", async ({ app, page }) => {
  const log = await partner(page, { view: "questionnaire" });
  await expect(page.getByTestId("self-check")).toBeVisible();
  await expect(page.getByTestId("q-start-short")).toBeVisible();
  await expect(host(page).locator(".map-section")).toBeHidden();
  await expect(page.getByTestId("view-self-check")).toHaveCount(0);
  const urls = app.requests.map((r) => new URL(r.url()).pathname);
  expect(urls).not.toContain("/map.svg");
  expect(urls).toContain("/mount.css");
  expect(urls.some((u) => u.endsWith("_bg.wasm"))).toBe(true);
  // Without map outlines there is nothing to warn about: the view has no map.
  expect(log.warnings).toEqual([]);
  expect(log.errors).toEqual([]);
});

test("lang and dir go on the mount element, never on the partner's <html>", async ({ page }) => {
  await partner(page, { view: "both", lang: "ar" });
  await expect(host(page)).toHaveAttribute("lang", "ar");
  await expect(host(page)).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.locator("html").getAttribute("dir")).toBeNull();
  await expect(page).toHaveTitle("Partner page (test)");
  // Switching the language inside the widget moves only the widget.
  await host(page).locator("#language-select").selectOption("en");
  await expect(host(page)).toHaveAttribute("lang", "en");
  await expect(host(page)).toHaveAttribute("dir", "ltr");
  await expect(host(page).locator("h1")).toHaveText(en.app_title);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.locator("html").getAttribute("dir")).toBeNull();
});

test("bad options warn and fall back; a missing element and a second mount are refused", async ({ app, page }) => {
  const log = await partner(page, { view: "karte", colour: "red", district: 5978, lang: "xx" });
  // Defaults: both views with the switch, the browser's language (de-DE), no district.
  await expect(page.getByTestId("view-self-check")).toBeVisible();
  await expect(host(page).locator("svg.map path[data-ags]")).toHaveCount(53);
  await expect(host(page)).toHaveAttribute("lang", "de");
  await expect(host(page).locator("h1")).toHaveText(de.app_title);
  await expect(host(page).locator('svg.map path[aria-pressed="true"]')).toHaveCount(0);
  const said = log.warnings.join("\n");
  expect(said).toContain('view "karte"');
  expect(said).toContain('unknown option "colour"');
  expect(said).toContain("district of type number");
  expect(said).toContain('lang "xx"');
  expect(log.warnings.filter((w) => w.startsWith("Wegweiser mount:"))).toHaveLength(4);
  const refusals = await page.evaluate(async () => {
    const { mount } = await import("/mount.js");
    const outcome = async (f: () => Promise<unknown>) => {
      try {
        await f();
        return "mounted";
      } catch (e: any) {
        return `${e.name}: ${e.message}`;
      }
    };
    return [
      await outcome(() => mount("#nowhere")),
      await outcome(() => mount(42 as any)),
      await outcome(() => mount(document.getElementById("after"))),
    ];
  });
  expect(refusals[0]).toMatch(/^TypeError: Wegweiser mount: "#nowhere" finds no element/);
  expect(refusals[1]).toMatch(/^TypeError: Wegweiser mount: a value of type number is not an HTML element/);
  expect(refusals[2]).toMatch(/^Error: Wegweiser mount: the app is already on this page/);
  // Still one app, still working.
  await expect(page.locator("[data-app=ready]")).toHaveCount(1);
  await app.listButton("05978").click();
  await expect(app.panelHeading).toHaveText("Unna");
  expect(log.errors).toEqual([]);
});

test("the partner's own #app, <main>, fonts and colours stay as they were", async ({ page }) => {
  await partner(page);
  const before = await partnerLook(page);
  expect(before.body[0]).toContain("Georgia");
  await page.evaluate(async () => {
    const { mount } = await import("/mount.js");
    await mount("#wegweiser", { lang: "ar" });
  });
  await expect(host(page)).toHaveAttribute("data-app", "ready");
  await expect(page.locator("#partner-app-text")).toBeVisible();
  expect(await partnerLook(page)).toEqual(before);
  // The app's own look lives on its element.
  const widgetFont = await host(page).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(widgetFont).toContain("system-ui");
});

test("quick exit: the app's own button replaces the partner page (Back does not return)", async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Wetter</title>" }));
  await page.goto("about:blank");
  await partner(page, { view: "map" });
  const exit = host(page).getByTestId("quick-exit");
  await expect(exit).toHaveText(de.quick_exit);
  await expect(host(page).locator("#quick-exit-hint")).toHaveText(de.quick_exit_hint);
  await exit.click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain("partner-mount");
});

test("quick exit: Shift three times leaves the partner page", async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Wetter</title>" }));
  await partner(page, { view: "questionnaire" });
  await page.locator("#after").click();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
});

test("after mounting nothing more is requested, and nothing from another origin", async ({ app, page }) => {
  const log = await partner(page, { view: "both", district: "05978" });
  await expect(host(page).locator("svg.map path[data-ags]")).toHaveCount(53);
  await page.waitForLoadState("networkidle");
  const atMount = app.requests.length;
  const paths = app.requests.map((r) => new URL(r.url()).pathname);
  // Each file once.
  expect(paths.filter((p) => p === "/map.svg")).toHaveLength(1);
  expect(paths.filter((p) => p === "/mount.css")).toHaveLength(1);
  await app.tapDistrict("05315");
  await expect(app.panelHeading).toHaveText("Köln");
  await host(page).locator("#language-select").selectOption("ro");
  await page.getByTestId("view-self-check").click();
  await page.getByTestId("q-start-short").click();
  await expect(page.getByTestId("q-question")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(app.requests.slice(atMount).map((r) => r.url())).toEqual([]);
  expect(app.foreignRequests()).toEqual([]);
  expect(log.errors).toEqual([]);
  expect(await violations(page)).toEqual([]);
});
