// Embedding (issue 7): a partner page on another origin adds one script tag and gets the app
// in an iframe that follows the app's height; the partner can read nothing else.
import { test, expect } from "./fixtures/app";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

const PARTNER = `http://127.0.0.1:${process.env.E2E_PARTNER_PORT}`; // another origin: see playwright.config.ts
const NEUTRAL = "https://www.wetteronline.de/";

/** Opens the partner page (tests/e2e/partner/) with loader tags carrying `widgets` attributes. */
async function partner(page: Page, app: string, widgets: Record<string, string>[] | "bare") {
  const q = new URLSearchParams({ app });
  if (widgets === "bare") q.set("bare", "1");
  else q.set("w", JSON.stringify(widgets));
  await page.goto(`${PARTNER}/?${q}`);
}

const appOrigin = (baseURL?: string) => new URL(baseURL!).origin;
const widget = (page: Page, n = 0) => page.frameLocator("iframe").nth(n);

test("the loader is small and has no dependencies", async ({ request }) => {
  const text = await (await request.get("/embed.js")).text();
  // Comments and indentation removed, names kept: what a minifier would start from.
  const stripped = text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  console.log(`embed.js: ${text.length} bytes served, ${stripped.length} bytes without comments and indentation`);
  expect(stripped.length).toBeLessThanOrEqual(1024);
  expect(text).not.toMatch(/\bimport\b|require\(/);
});

test("the iframe grows and shrinks with the app's content", async ({ page, baseURL }) => {
  await partner(page, appOrigin(baseURL), [{ "data-district": "05119" }]);
  const iframe = page.locator("iframe");
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toHaveAttribute("title", "Wegweiser Arbeit NRW");
  const frame = widget(page);
  await expect(frame.locator("#app[data-app=ready]")).toHaveCount(1);
  const heading = frame.getByTestId("panel").getByRole("heading", { level: 2 });
  // data-district opened the widget on Oberhausen (no BSA known: a short panel).
  await expect(heading).toHaveText("Oberhausen");
  const heightOf = async () => Math.round((await iframe.boundingBox())!.height);
  const contentHeight = () =>
    frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height / 50) * 50);
  // The iframe has the content's height, not its default, and no scrolling is needed.
  await expect.poll(heightOf).toBe(await contentHeight());
  const small = await heightOf();
  // More content (Unna: BSA and partners): the iframe grows.
  await frame.locator('[data-testid=district-list] button[data-ags="05978"]').click();
  await expect(heading).toHaveText("Unna");
  await expect.poll(heightOf).toBeGreaterThan(small);
  await expect.poll(heightOf).toBe(await contentHeight());
  const large = await heightOf();
  // Less content again: it shrinks.
  await frame.locator('[data-testid=district-list] button[data-ags="05119"]').click();
  await expect(heading).toHaveText("Oberhausen");
  await expect.poll(heightOf).toBeLessThan(large);
  await expect.poll(heightOf).toBe(await contentHeight());
});

test("the partner page cannot read the widget, and foreign height messages are ignored", async ({ page, baseURL }) => {
  await partner(page, appOrigin(baseURL), [{}]);
  const iframe = page.locator("iframe");
  await expect(widget(page).locator("#app[data-app=ready]")).toHaveCount(1);
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(300);
  const before = (await iframe.boundingBox())!.height;
  const access = await page.evaluate(() => {
    const f = document.querySelector("iframe")!;
    let doc = "readable";
    try {
      doc = f.contentWindow!.document ? "readable" : "null";
    } catch {
      doc = "blocked";
    }
    return { contentDocument: f.contentDocument === null ? "null" : "readable", doc };
  });
  expect(access).toEqual({ contentDocument: "null", doc: "blocked" });
  // The partner page (another origin than the widget) tries to resize the iframe.
  await page.evaluate(() => window.postMessage({ type: "wegweiser:height", height: 7 }, "*"));
  await page.waitForTimeout(300);
  expect((await iframe.boundingBox())!.height).toBe(before);
});

test("two widgets on one page size independently; bad parameters fall back with a warning", async ({ page, baseURL }) => {
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await partner(
    page,
    appOrigin(baseURL),
    [{ "data-district": "05978" }, { "data-view": "karte", "data-lang": "!!", "data-district": "99999" }],
  );
  const frames = page.locator("iframe");
  await expect(frames).toHaveCount(2);
  // The bad parameters are named, and the second widget still shows the app with defaults.
  await expect.poll(() => warnings.join("\n")).toContain('data-view="karte"');
  expect(warnings.join("\n")).toContain('data-lang="!!"');
  expect(warnings.join("\n")).toContain('data-district="99999"');
  const src = await frames.nth(1).getAttribute("src");
  expect(src).not.toContain("karte");
  expect(src).not.toContain("99999");
  for (const n of [0, 1]) await expect(widget(page, n).locator("#app[data-app=ready]")).toHaveCount(1);
  await widget(page, 0).locator('button[data-ags="05978"]').click();
  await expect.poll(async () => (await frames.nth(0).boundingBox())!.height).toBeGreaterThan(
    (await frames.nth(1).boundingBox())!.height,
  );
});

test("quick exit inside the widget leaves the whole partner page", async ({ page, baseURL }) => {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "neutral" }));
  await partner(page, appOrigin(baseURL), [{}]);
  await expect(widget(page).locator("#app[data-app=ready]")).toHaveCount(1);
  await widget(page).getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
});

test("a bare iframe without the loader works too", async ({ page, baseURL }) => {
  await partner(page, appOrigin(baseURL), "bare");
  const frame = widget(page);
  await expect(frame.locator("#app[data-app=ready]")).toHaveCount(1);
  await frame.locator('button[data-ags="05315"]').click();
  await expect(frame.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Köln");
  expect((await page.locator("iframe").boundingBox())!.height).toBe(500);
});
