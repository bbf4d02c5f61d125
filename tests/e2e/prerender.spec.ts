// The prerendered page (issue 9): the map and the directory are in index.html, work without
// JavaScript, and the app takes them over without a layout jump and without disagreeing.
import { test, expect, de, centres } from "./fixtures/app";
import type { Browser, Page } from "@playwright/test";

async function withoutJs(browser: Browser, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: "de-DE",
    hasTouch: true,
    isMobile: true,
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Ids that occur more than once in the document. */
async function duplicateIds(page: Page) {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

/** For each district: the entry ids and tel: targets of its help, in order. */
type Help = Record<string, string[]>;

test("without JavaScript the map shows and tapping Unna leads to its centres with phone numbers", async ({ browser }) => {
  await withoutJs(browser, async (page) => {
    await page.goto("/");
    const paths = page.locator("svg.map path[data-ags]");
    await expect(paths).toHaveCount(53);
    // Every outline is drawn with a real size (not an empty path).
    for (const box of await paths.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(box.width * box.height).toBeGreaterThan(0);
    }
    // (Playwright's text search skips <noscript>; the element is found by its class.)
    await expect(page.locator("p.noscript")).toHaveText(de.static_needs_js);
    await expect(page.locator("p.noscript")).toBeVisible();

    await page.locator('svg.map path[data-ags="05978"]').tap();
    await expect(page).toHaveURL(/#bezirk-05978$/);
    const section = page.locator("#bezirk-05978");
    await expect(section).toBeInViewport();
    await expect(section.getByRole("heading", { level: 3 })).toHaveText("Unna");
    // The heading is not hidden under the sticky quick-exit bar.
    const bar = await page.locator(".quick-exit").boundingBox();
    const heading = await section.getByRole("heading", { level: 3 }).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    const expected = centres.filter((c) => c.kind !== "statewide" && c.districts.includes("05978"));
    expect(expected.length).toBeGreaterThan(0);
    for (const c of expected) {
      await expect(section.locator(`article[data-id="${c.id}"] h4`)).toHaveText(c.name);
    }
    const tels = section.locator('a[href^="tel:"]');
    expect(await tels.count()).toBeGreaterThan(0);
    for (const tel of await tels.all()) expect(await tel.getAttribute("href")).toMatch(/^tel:\+?\d+$/);
    // Sources and their dates can be read (details opens without JavaScript).
    const first = section.locator("article.centre").first();
    await first.locator("summary").tap();
    await expect(first.locator(".as-of").first()).toBeVisible();
    await expect(first.locator(".as-of").first()).toContainText(de.as_of.split("{{")[0].trim());
    expect(await duplicateIds(page)).toEqual([]);
  });
});

test("without JavaScript the list leads to a district without a known BSA and to the official overview", async ({ browser }) => {
  await withoutJs(browser, async (page) => {
    await page.goto("/");
    await page.locator('#bezirke a[href="#bezirk-05119"]').tap(); // Oberhausen
    const section = page.locator("#bezirk-05119");
    await expect(section).toBeInViewport();
    await expect(section.locator(".no-bsa a")).toHaveAttribute("href", "https://www.mags.nrw/beratungsstellen-arbeit");
    // Back to the list, then the statewide offers.
    await section.getByRole("link", { name: de.static_back_to_list }).tap();
    await expect(page).toHaveURL(/#bezirke$/);
  });
});

test("the app takes over without a layout jump, console errors or duplicate ids", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    (window as any).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  // As on a slow network: the wasm arrives only after the static page has been measured.
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.locator("svg.map path[data-ags]")).toHaveCount(53);
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(0);
  // What a person sees first on a phone, measured before and after the take-over.
  const landmarks = ["header h1", ".tagline", "#map-instructions", "svg.map", "#panel-heading"];
  const boxes = () =>
    page.evaluate(
      (sel) =>
        sel.map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return { x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      landmarks,
    );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const before = await boxes();
  release();
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1, { timeout: 10_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await boxes();
  // The browser's own CLS does not see this take-over (new nodes do not "shift"), so the
  // score is computed the same way from the landmarks: impact fraction × distance fraction.
  const vw = 360,
    vh = 740;
  let score = 0;
  let maxMove = 0;
  before.forEach((b, i) => {
    const a = after[i];
    const move = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.w - b.w), Math.abs(a.h - b.h));
    maxMove = Math.max(maxMove, move);
    const visible = (r: typeof b) => Math.max(0, Math.min(r.y + r.h, vh) - Math.max(r.y, 0)) * Math.min(r.w, vw);
    if (move > 0) score += ((visible(a) + visible(b)) / (vw * vh)) * (move / vh);
  });
  const cls = await page.evaluate(() => (window as any).__cls as number);
  console.log(`take-over: landmarks moved at most ${maxMove.toFixed(1)} px, shift score ${score.toFixed(4)}, browser CLS ${cls.toFixed(4)}`);
  expect(score).toBeLessThanOrEqual(0.05);
  expect(cls).toBeLessThanOrEqual(0.05);
  // The interactive map replaced the links: paths are buttons now.
  await expect(page.locator("svg.map a")).toHaveCount(0);
  await expect(page.locator('svg.map path[role="button"]')).toHaveCount(53);
  expect(await duplicateIds(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("the static directory and the app show the same help for all 53 districts", async ({ browser, app, page }) => {
  test.setTimeout(120_000); // 53 districts, one after another, on a busy 2-core machine
  const fromStatic: Help = {};
  let statewideStatic: string[] = [];
  await withoutJs(browser, async (p) => {
    await p.goto("/");
    Object.assign(
      fromStatic,
      await p.locator("section.district-static").evaluateAll((sections) =>
        Object.fromEntries(
          sections.map((s) => [
            (s as HTMLElement).dataset.ags!,
            [...s.querySelectorAll("article.centre")].map(
              (a) => `${(a as HTMLElement).dataset.id} ${a.querySelector('a[href^="tel:"]')?.getAttribute("href") ?? "-"}`,
            ),
          ]),
        ),
      ),
    );
    statewideStatic = await p.locator("#landesweit article.centre").evaluateAll((els) =>
      els.map((a) => (a as HTMLElement).dataset.id!),
    );
  });
  expect(Object.keys(fromStatic)).toHaveLength(53);

  await app.goto();
  const fromApp: Help = {};
  for (const ags of Object.keys(fromStatic)) {
    await app.listButton(ags).click();
    await expect(app.panelHeading).toHaveAttribute("data-ags", ags);
    fromApp[ags] = await app.panel
      .locator("article.centre")
      .evaluateAll((els) =>
        els
          .filter((a) => !a.closest("[data-testid=statewide]"))
          .map((a) => `${(a as HTMLElement).dataset.id} ${a.querySelector('a[href^="tel:"]')?.getAttribute("href") ?? "-"}`),
      );
  }
  expect(fromApp).toEqual(fromStatic);
  const statewideApp = await app.panel
    .getByTestId("statewide")
    .locator("article.centre")
    .evaluateAll((els) => els.map((a) => (a as HTMLElement).dataset.id!));
  expect(statewideApp).toEqual(statewideStatic);
  await expect(page).toHaveTitle("Wegweiser");
});
