// scripts/bench driver: our release build (dist/) against a Leaflet page drawing the same
// data (bench/peer-leaflet/), both served by scripts/serve.mjs --brotli on 127.0.0.1, in
// Debian's Chromium with CDP network and CPU throttling. Prints a table, writes JSON to
// target/bench/bench-<date>.json. Method and goals: bench/README.md.
//
// What is measured is data-driven: TARGETS says how to find the map, a district and its
// help on each page; STEPS lists the journeys after load. A step whose feature the page does
// not have (yet) is printed as "n/a (…)" instead of failing. To add a journey, add a STEP.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { loadavg } from "node:os";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const KB = 1000; // decimal units throughout: 1 kB = 1000 B, 1 MB = 1 000 000 B
const MB = 1000 * 1000;

// About a slow 3G/4G phone: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, CPU ÷ 4.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const DISTRICTS = 53;
// Large districts only: a tap on the small Ruhr cities opens our "which one?" picker (issue 4),
// which would measure a different interaction than the peer's popup.
const FIRST_CLICK = "05958"; // Hochsauerlandkreis: polled during load for "interactive"
const CLICKS = ["05554", "05774", "05762", "05154", "05970"]; // Borken, Paderborn, Höxter, Kleve, Siegen-Wittgenstein
const QUERIES = [
  "Köln", "Unna", "Münster", "Aachen", "44135", "Bielefeld", "Düsseldorf", "Gütersloh", "Siegen", "Wuppertal",
  "Essen", "Bonn", "Kleve", "Höxter", "Olpe", "Paderborn", "Mönchengladbach", "Borken", "50667", "Mettmann",
];

/** How to find things on each page. Selectors are CSS; `{ags}` is replaced by a district's AGS. */
const TARGETS = [
  {
    name: "ours",
    title: "Wegweiser (Leptos/wasm, dist/)",
    dir: "dist",
    port: Number(process.env.BENCH_PORT ?? 8097),
    shapes: "svg.map path[data-ags]",
    shape: 'svg.map path[data-ags="{ags}"]',
    shown: '[data-testid="panel"] h2[data-ags="{ags}"]',
    searchInput: '[data-testid="search-input"]',
    searchResults: '[data-testid="search-results"]',
  },
  {
    name: "peer",
    title: "Leaflet 1.9.4 + GeoJSON (target/bench/peer/)",
    dir: "target/bench/peer",
    port: Number(process.env.BENCH_PORT ?? 8097) + 1,
    shapes: ".leaflet-overlay-pane path.district",
    shape: ".leaflet-overlay-pane path.d-{ags}",
    shown: '.leaflet-popup-content h2[data-ags="{ags}"]',
    closePopup: ".leaflet-popup-close-button",
    // A popup pans the map; put every district back in view before the next click.
    resetView: () => window.peer.map.fitBounds(window.peer.layer.getBounds(), { animate: false }),
  },
];

/** Journeys after load, in order. `available` returns null when the step can run, else why not. */
const STEPS = [
  {
    name: "click",
    available: async () => null,
    run: measureClicks,
  },
  {
    name: "search",
    available: async (page, t) =>
      t.searchInput && (await page.locator(t.searchInput).count()) > 0 ? null : "n/a (no search box)",
    run: measureSearch,
  },
];

// ---------------------------------------------------------------------------------------
// In-page instrumentation, installed before any of the page's own scripts.

function instrument(cfg) {
  const B = (window.__bench = {
    mapReady: null, mapPaint: null, clicks: [], keys: [], memories: [],
    expect: null, lastClick: null, pendingClick: null, keyArmed: false, pendingKey: null,
  });
  // WebAssembly memories, caught where the page instantiates its module.
  const keep = (v) => {
    if (v instanceof WebAssembly.Memory && !B.memories.includes(v)) B.memories.push(v);
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[name];
    if (typeof orig !== "function") continue;
    WebAssembly[name] = function (...args) {
      const imports = args[1] || {};
      for (const ns of Object.values(imports)) if (ns && typeof ns === "object") Object.values(ns).forEach(keep);
      return orig.apply(this, args).then((r) => {
        const inst = r instanceof WebAssembly.Instance ? r : r.instance;
        if (inst) Object.values(inst.exports).forEach(keep);
        return r;
      });
    };
  }
  // First map paint: all shapes in the DOM with a non-zero box, then the next frame.
  const mapShown = () => {
    const shapes = document.querySelectorAll(cfg.shapes);
    if (shapes.length < cfg.count) return false;
    for (const s of shapes) {
      const r = s.getBoundingClientRect();
      if (!(r.width > 0 && r.height > 0)) return false;
    }
    return true;
  };
  const checkMap = (inFrame) => {
    if (B.mapReady !== null || !mapShown()) return;
    B.mapReady = performance.now();
    if (inFrame) B.mapPaint = B.mapReady; // this frame paints it
    else requestAnimationFrame(() => (B.mapPaint = performance.now()));
  };
  const frameLoop = () => {
    checkMap(true);
    if (B.mapReady === null) requestAnimationFrame(frameLoop);
  };
  requestAnimationFrame(frameLoop);
  // Clicks: from the click event's timestamp to the DOM showing the expected help, and to
  // the frame after that. Keystrokes: from the input event to the end of its task (all
  // handlers and microtasks), to the last change of the result list, and to the next frame.
  addEventListener("click", (e) => { if (B.expect) B.lastClick = e.timeStamp; }, true);
  addEventListener("input", (e) => {
    if (!B.keyArmed) return;
    B.keyArmed = false;
    const rec = { t0: e.timeStamp, task: null, dom: null, frame: null };
    B.pendingKey = rec;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { rec.task = performance.now(); };
    ch.port2.postMessage(0);
    requestAnimationFrame(() => {
      rec.frame = performance.now();
      B.pendingKey = null;
      B.keys.push(rec);
    });
  }, true);
  new MutationObserver((mutations) => {
    if (B.mapReady === null) checkMap(false);
    // A panel may be filled in several steps: "settled" is its last change before the frame.
    if (B.pendingClick) B.pendingClick.settled = performance.now();
    if (B.expect && B.lastClick !== null && document.querySelector(B.expect)) {
      const now = performance.now();
      const rec = { sel: B.expect, t0: B.lastClick, dom: now, settled: now, frame: null };
      B.expect = null;
      B.lastClick = null;
      B.clicks.push(rec);
      B.pendingClick = rec;
      requestAnimationFrame(() => {
        rec.frame = performance.now();
        B.pendingClick = null;
      });
    }
    if (B.pendingKey && cfg.results) {
      const list = document.querySelector(cfg.results);
      if (list && mutations.some((m) => list.contains(m.target) || m.target.contains?.(list))) B.pendingKey.dom = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

// ---------------------------------------------------------------------------------------
// Steps

const sel = (pattern, ags) => pattern.replaceAll("{ags}", ags);

/** A viewport point that hits the district's shape (scrolled into view first), or null. */
async function pointIn(page, selector) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    const find = () => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return null;
      // The box centre can miss a concave shape: try a grid, nearest to the centre first.
      const pts = [];
      for (let i = 1; i < 8; i++) for (let j = 1; j < 8; j++) pts.push([r.left + (r.width * i) / 8, r.top + (r.height * j) / 8]);
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      pts.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
      for (const [x, y] of pts) {
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === el || el.contains(hit))) return { x, y };
      }
      return null;
    };
    // Out of view or under the sticky quick-exit bar: bring it to the middle first.
    const found = find();
    if (found) return found;
    el.scrollIntoView({ block: "center", behavior: "instant" });
    return find();
  }, selector);
}

async function closePopup(page, t) {
  if (t.closePopup && (await page.locator(t.closePopup).count()) > 0) {
    await page.locator(t.closePopup).first().click();
    await page.waitForTimeout(300);
  }
  if (t.resetView) await page.evaluate(t.resetView);
}

/** Polls by clicking a district until its help shows; returns ms since navigation start. */
async function measureInteractive(page, t) {
  await page.evaluate((s) => (window.__bench.expect = s), sel(t.shown, FIRST_CLICK));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const pt = await pointIn(page, sel(t.shape, FIRST_CLICK));
    if (pt) await page.mouse.click(pt.x, pt.y);
    const done = await page
      .waitForFunction(() => window.__bench.clicks.length > 0, null, { timeout: 100, polling: 20 })
      .then(() => true, () => false);
    if (done) {
      await page.waitForFunction(() => window.__bench.clicks[0].frame !== null);
      return page.evaluate(() => window.__bench.clicks[0].frame);
    }
  }
  throw new Error(`${t.name}: clicking ${FIRST_CLICK} never showed its help`);
}

async function measureClicks(page, t) {
  const out = [];
  for (const ags of CLICKS) {
    await closePopup(page, t);
    const before = await page.evaluate(() => window.__bench.clicks.length);
    const pt = await pointIn(page, sel(t.shape, ags));
    if (!pt) throw new Error(`${t.name}: no clickable point on district ${ags}`);
    await page.evaluate((s) => (window.__bench.expect = s), sel(t.shown, ags));
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((n) => window.__bench.clicks.length > n && window.__bench.clicks[n].frame !== null, before, { timeout: 20_000 });
    const rec = await page.evaluate((n) => window.__bench.clicks[n], before);
    out.push({ ags, dom: rec.dom - rec.t0, settled: rec.settled - rec.t0, frame: rec.frame - rec.t0 });
    await page.waitForTimeout(300); // let scrolling / popup panning settle
  }
  return { clicks: out };
}

async function measureSearch(page, t) {
  const input = page.locator(t.searchInput).first();
  const keys = [];
  for (const q of QUERIES) {
    await input.scrollIntoViewIfNeeded();
    await input.fill("");
    await input.focus();
    await page.waitForTimeout(50);
    for (const ch of q) {
      const n = await page.evaluate(() => {
        window.__bench.keyArmed = true;
        return window.__bench.keys.length;
      });
      await page.keyboard.type(ch);
      await page.waitForFunction((k) => window.__bench.keys.length > k && window.__bench.keys[k].task !== null, n, { timeout: 10_000 });
      const rec = await page.evaluate((k) => window.__bench.keys[k], n);
      const end = Math.max(rec.task, rec.dom ?? 0);
      keys.push({ query: q, key: ch, ms: end - rec.t0, dom: rec.dom === null ? null : rec.dom - rec.t0, frame: rec.frame - rec.t0 });
    }
  }
  await input.fill("");
  return { keys };
}

// ---------------------------------------------------------------------------------------
// One run: fresh context, cache disabled, throttled; load, interact, measure memory.

async function oneRun(browser, t) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2.75,
    isMobile: true,
    hasTouch: true,
    locale: "de-DE",
    serviceWorkers: "block",
  });
  await context.addInitScript(instrument, { shapes: t.shapes, count: DISTRICTS, results: t.searchResults ?? null });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  const net = new Map(); // requestId → { url, bytes, encoding }
  cdp.on("Network.responseReceived", (e) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    net.set(e.requestId, { url: e.response.url, status: e.response.status, encoding: h["content-encoding"] ?? "identity", bytes: 0 });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = net.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });

  await page.goto(`http://127.0.0.1:${t.port}/`, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench && window.__bench.mapPaint !== null, null, { timeout: 90_000, polling: 50 });
  const interactive = await measureInteractive(page, t);
  await page.waitForLoadState("load");

  const steps = {};
  for (const step of STEPS) {
    const why = await step.available(page, t);
    steps[step.name] = why ? { na: why } : await step.run(page, t);
  }

  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const metrics = Object.fromEntries((await cdp.send("Performance.enable").then(() => cdp.send("Performance.getMetrics"))).metrics.map((m) => [m.name, m.value]));
  const page_ = await page.evaluate(() => {
    const B = window.__bench;
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
      url: e.name, transfer: e.transferSize, start: e.responseStart, end: e.responseEnd,
    }));
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    return { mapPaint: B.mapPaint, fcp, entries, wasm: B.memories.reduce((s, m) => s + m.buffer.byteLength, 0), wasmFound: B.memories.length };
  });
  await context.close();

  // Chromium may run animation frames before it shows anything (paint holding while the
  // HTML streams in): the map is on screen at its frame or at first contentful paint,
  // whichever is later.
  const mapPaint = Math.max(page_.mapPaint, page_.fcp ?? 0);
  // Bytes until the map was visible: responses finished by then count whole, a response
  // still arriving counts by the share of its transfer time that had passed.
  let untilMap = 0;
  for (const e of page_.entries) {
    if (e.end <= mapPaint) untilMap += e.transfer;
    else if (e.start < mapPaint) untilMap += (e.transfer * (mapPaint - e.start)) / (e.end - e.start);
  }
  const files = [...net.values()].map((r) => ({ path: new URL(r.url).pathname, status: r.status, encoding: r.encoding, bytes: r.bytes }));
  return {
    mapPaint,
    mapFrame: page_.mapPaint,
    fcp: page_.fcp,
    interactive,
    bytesTotal: files.reduce((s, f) => s + f.bytes, 0),
    bytesUntilMap: Math.round(untilMap),
    files,
    steps,
    jsHeap: heap.usedSize,
    wasmMemory: page_.wasm,
    wasmFound: page_.wasmFound,
    domNodes: metrics.Nodes,
    problems,
  };
}

// ---------------------------------------------------------------------------------------
// Files, servers, statistics, report

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
const brotliSize = (file) => brotliCompressSync(readFileSync(file), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

function buildPeer() {
  const out = join(ROOT, "target/bench/peer");
  mkdirSync(out, { recursive: true });
  const copies = [
    ...readdirSync(join(ROOT, "bench/peer-leaflet")).map((f) => join("bench/peer-leaflet", f)),
    "node_modules/leaflet/dist/leaflet.js",
    "node_modules/leaflet/dist/leaflet.css",
    "geodata/nrw-districts.geojson",
    "geodata/centres.json",
  ];
  for (const c of copies) copyFileSync(join(ROOT, c), join(out, c.split("/").pop()));
}

function serve(t) {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.mjs"), join(ROOT, t.dir), String(t.port), "--brotli"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((ok, fail) => {
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`serve.mjs for ${t.name} exited with ${code} (port ${t.port} in use? set BENCH_PORT)`)));
    child.stdout.once("data", () => ok(child));
  });
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const pct = (xs, p) => {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : null;
};

function summarise(t, runs) {
  const clicks = runs.flatMap((r) => r.steps.click?.clicks ?? []);
  const keys = runs.flatMap((r) => r.steps.search?.keys ?? []);
  const na = Object.fromEntries(STEPS.map((s) => [s.name, runs.find((r) => r.steps[s.name]?.na)?.steps[s.name].na ?? null]));
  const dir = join(ROOT, t.dir);
  const files = walk(dir).map((f) => ({ path: "/" + relative(dir, f), raw: statSync(f).size, brotli: brotliSize(f) }));
  const loaded = new Map();
  for (const r of runs) for (const f of r.files) {
    const p = f.path.endsWith("/") ? f.path + "index.html" : f.path;
    if (!loaded.has(p)) loaded.set(p, { path: p, encoding: f.encoding, transferred: [] });
    loaded.get(p).transferred.push(f.bytes);
  }
  const perFile = [...loaded.values()].map((f) => ({
    path: f.path, encoding: f.encoding, transferred: median(f.transferred),
    raw: files.find((x) => x.path === f.path)?.raw ?? null, brotli: files.find((x) => x.path === f.path)?.brotli ?? null,
  }));
  return {
    name: t.name,
    title: t.title,
    runs: runs.length,
    bytesTotal: median(runs.map((r) => r.bytesTotal)),
    bytesUntilMap: median(runs.map((r) => r.bytesUntilMap)),
    brotliLoaded: perFile.reduce((s, f) => s + (f.brotli ?? 0), 0),
    brotliDist: files.reduce((s, f) => s + f.brotli, 0),
    rawDist: files.reduce((s, f) => s + f.raw, 0),
    fcp: median(runs.map((r) => r.fcp)),
    mapPaint: median(runs.map((r) => r.mapPaint)),
    interactive: median(runs.map((r) => r.interactive)),
    clickDom: median(clicks.map((c) => c.dom)),
    clickSettled: median(clicks.map((c) => c.settled)),
    clickFrame: median(clicks.map((c) => c.frame)),
    clickFrameP95: pct(clicks.map((c) => c.frame), 95),
    searchKey: keys.length ? median(keys.map((k) => k.ms)) : null,
    searchKeyP95: keys.length ? pct(keys.map((k) => k.ms), 95) : null,
    searchKeyFrame: keys.length ? median(keys.map((k) => k.frame)) : null,
    keystrokes: keys.length,
    jsHeap: median(runs.map((r) => r.jsHeap)),
    wasmMemory: median(runs.map((r) => r.wasmMemory)),
    memory: median(runs.map((r) => r.jsHeap + r.wasmMemory)),
    domNodes: median(runs.map((r) => r.domNodes)),
    na,
    perFile,
    distFiles: files,
    problems: [...new Set(runs.flatMap((r) => r.problems))],
  };
}

const fmtKB = (b) => (b === null ? "n/a" : `${(b / KB).toFixed(1)} kB`);
const fmtMB = (b) => (b === null ? "n/a" : `${(b / MB).toFixed(2)} MB`);
const fmtMs = (m) => (m === null ? "n/a" : `${m.toFixed(m < 20 ? 2 : 0)} ms`);

function report(ours, peer, meta) {
  const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
  const rows = [
    ["first load, transferred", fmtKB(ours.bytesTotal), fmtKB(peer.bytesTotal), ratio(ours.bytesTotal, peer.bytesTotal)],
    ["first load, brotli sizes", fmtKB(ours.brotliLoaded), fmtKB(peer.brotliLoaded), ratio(ours.brotliLoaded, peer.brotliLoaded)],
    ["bytes until map visible", fmtKB(ours.bytesUntilMap), fmtKB(peer.bytesUntilMap), ratio(ours.bytesUntilMap, peer.bytesUntilMap)],
    ["first contentful paint", fmtMs(ours.fcp), fmtMs(peer.fcp), ratio(ours.fcp, peer.fcp)],
    ["first map paint", fmtMs(ours.mapPaint), fmtMs(peer.mapPaint), ratio(ours.mapPaint, peer.mapPaint)],
    ["interactive (click selects)", fmtMs(ours.interactive), fmtMs(peer.interactive), ratio(ours.interactive, peer.interactive)],
    ["click → help in DOM", fmtMs(ours.clickDom), fmtMs(peer.clickDom), ratio(ours.clickDom, peer.clickDom)],
    ["click → DOM settled", fmtMs(ours.clickSettled), fmtMs(peer.clickSettled), ratio(ours.clickSettled, peer.clickSettled)],
    ["click → next frame", fmtMs(ours.clickFrame), fmtMs(peer.clickFrame), ratio(ours.clickFrame, peer.clickFrame)],
    ["click → next frame, p95", fmtMs(ours.clickFrameP95), fmtMs(peer.clickFrameP95), ratio(ours.clickFrameP95, peer.clickFrameP95)],
    ["search per keystroke", ours.searchKey === null ? ours.na.search : fmtMs(ours.searchKey), "n/a (no search)", null],
    ["search per keystroke, p95", ours.searchKeyP95 === null ? ours.na.search : fmtMs(ours.searchKeyP95), "n/a (no search)", null],
    ["JS heap after journey", fmtMB(ours.jsHeap), fmtMB(peer.jsHeap), ratio(ours.jsHeap, peer.jsHeap)],
    ["wasm memory", fmtMB(ours.wasmMemory), fmtMB(peer.wasmMemory), null],
    ["JS heap + wasm memory", fmtMB(ours.memory), fmtMB(peer.memory), ratio(ours.memory, peer.memory)],
    ["DOM nodes after journey", String(ours.domNodes), String(peer.domNodes), ratio(ours.domNodes, peer.domNodes)],
  ];
  const w = [36, 20, 20, 9];
  const line = (c) => c.map((x, i) => String(x).padEnd(w[i])).join(" ");
  const out = [];
  out.push(`\n== scripts/bench: median of ${meta.runs} runs each, ${meta.conditions}`);
  out.push(line(["metric", "ours", "peer", "ours/peer"]));
  for (const [m, a, b, r] of rows) out.push(line([m, a, b, r === null ? "" : r.toFixed(2)]));

  for (const s of [ours, peer]) {
    out.push(`\n-- ${s.name}: ${s.title}; files of the first load`);
    out.push(line(["file", "transferred", "raw", "brotli q11"]) + " encoding");
    for (const f of s.perFile) out.push(line([f.path.slice(0, 36), fmtKB(f.transferred), fmtKB(f.raw), fmtKB(f.brotli)]) + " " + f.encoding);
    out.push(line(["all files in " + (s.name === "ours" ? "dist/" : "peer/"), "", fmtKB(s.rawDist), fmtKB(s.brotliDist)]));
  }

  const goals = [
    { goal: "everything ≤ 150 kB brotli", value: `${fmtKB(ours.brotliDist)} (all of dist/)`, pass: ours.brotliDist <= 150 * KB },
    { goal: "bytes until map visible ≤ 0.6 × peer", value: fmtRatio(ratio(ours.bytesUntilMap, peer.bytesUntilMap)), pass: ours.bytesUntilMap <= 0.6 * peer.bytesUntilMap },
    { goal: "first map paint ≤ 0.7 × peer", value: fmtRatio(ratio(ours.mapPaint, peer.mapPaint)), pass: ours.mapPaint <= 0.7 * peer.mapPaint },
    { goal: "click → panel ≤ 16 ms (to next frame)", value: fmtMs(ours.clickFrame), pass: ours.clickFrame !== null && ours.clickFrame <= 16 },
    { goal: "search ≤ 2 ms per keystroke", value: ours.searchKey === null ? ours.na.search : fmtMs(ours.searchKey), pass: ours.searchKey === null ? null : ours.searchKey <= 2 },
    { goal: "memory ≤ 12 MB (JS heap + wasm)", value: fmtMB(ours.memory), pass: ours.memory <= 12 * MB },
  ];
  out.push("\n-- goals");
  for (const g of goals) out.push(`${g.pass === null ? "n/a " : g.pass ? "PASS" : "MISS"}  ${g.goal.padEnd(40)} ${g.value}`);
  for (const s of [ours, peer]) for (const p of s.problems) out.push(`warning: ${s.name}: ${p}`);
  console.log(out.join("\n"));
  return goals;
}
const fmtRatio = (r) => (r === null ? "n/a" : `${r.toFixed(2)} ×`);

// ---------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  buildPeer();
  for (const t of TARGETS) statSync(join(ROOT, t.dir, "index.html")); // fails early without a build
  const servers = [];
  // The servers are our children: end them however this script ends.
  process.on("exit", () => servers.forEach((s) => s.kill()));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  let browser;
  const results = Object.fromEntries(TARGETS.map((t) => [t.name, []]));
  let browserVersion;
  const load = [loadavg()[0]];
  try {
    for (const t of TARGETS) servers.push(await serve(t));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    browserVersion = browser.version();
    // One unmeasured warm-up each (server-side compression cache, disk cache, JIT of the
    // harness), then the measured runs, alternating so that machine load hits both alike.
    for (const t of TARGETS) await oneRun(browser, t);
    for (let i = 0; i < RUNS; i++) {
      for (const t of TARGETS) {
        const r = await oneRun(browser, t);
        results[t.name].push(r);
        process.stdout.write(`run ${i + 1}/${RUNS} ${t.name}: map ${r.mapPaint.toFixed(0)} ms, interactive ${r.interactive.toFixed(0)} ms, ${(r.bytesTotal / KB).toFixed(1)} kB\n`);
      }
    }
  } finally {
    await browser?.close();
    for (const s of servers) s.kill();
  }
  load.push(loadavg()[0]);
  const [ours, peer] = TARGETS.map((t) => summarise(t, results[t.name]));
  const meta = {
    date: new Date().toISOString(),
    runs: RUNS,
    conditions: `${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, ${NETWORK.uploadThroughput * 8 / 1e3} kbit/s up, ${NETWORK.latency} ms RTT, CPU ÷${CPU_SLOWDOWN}, 360×740 @2.75x, brotli`,
    chromium: browserVersion,
    loadAverage: load,
    seconds: null,
  };
  const goals = report(ours, peer, meta);
  meta.seconds = Math.round((Date.now() - started) / 1000);
  const stamp = meta.date.slice(0, 16).replace(/[:T]/g, "-");
  mkdirSync(join(ROOT, "target/bench"), { recursive: true });
  const file = join(ROOT, `target/bench/bench-${stamp}.json`);
  writeFileSync(file, JSON.stringify({ meta, goals, ours, peer, runs: results }, null, 1));
  console.log(`\nwrote ${relative(ROOT, file)}; machine load average ${load.map((l) => l.toFixed(1)).join(" → ")} on 2 cores`);
}

main().catch((e) => {
  console.error(`scripts/bench: ${e.stack ?? e}`);
  process.exit(1);
});
