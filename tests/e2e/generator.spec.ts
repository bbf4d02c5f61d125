// The embed-code generator (issue 7): a partner picks view, language and district, copies one
// line of HTML, and that line, pasted into a page on another origin, shows the widget in that
// state. It also checks a code a partner already has. Its preview loads only on request.
import { test, expect, de } from "./fixtures/app";
import type { Page } from "@playwright/test";

const PARTNER = `http://127.0.0.1:${process.env.E2E_PARTNER_PORT}`; // another origin: see playwright.config.ts

async function openGenerator(page: Page) {
  await page.getByTestId("embed-open").click();
  const generator = page.getByTestId("embed-generator");
  await expect(generator).toBeVisible();
  await expect(page.locator("#embed-heading")).toBeFocused();
  // The map and the self-check are out of the way.
  await expect(page.locator("svg.map")).toBeHidden();
  return generator;
}

async function choose(page: Page, view: "both" | "map" | "questionnaire", lang: string, district: string) {
  await page.locator(`input[name=embed-view][value=${view}]`).check();
  await page.locator("#embed-lang").selectOption(lang);
  await page.locator("#embed-district").selectOption(district);
}

test("the generator writes both codes for the partner's choices", async ({ app, page, baseURL }) => {
  await app.goto();
  await openGenerator(page);
  const origin = new URL(baseURL!).origin;
  const loader = page.getByTestId("embed-loader");
  const frame = page.getByTestId("embed-iframe");
  // Defaults: the shortest code.
  await expect(loader).toHaveValue(`<script src="${origin}/embed.js" async></script>`);
  await choose(page, "questionnaire", "ro", "05978");
  await expect(loader).toHaveValue(
    `<script src="${origin}/embed.js" data-view="questionnaire" data-lang="ro" data-district="05978" async></script>`,
  );
  await expect(frame).toHaveValue(
    new RegExp(`^<iframe src="${origin}/\\?embed=1&amp;view=questionnaire&amp;lang=ro#/bezirk/05978" title="Wegweiser Arbeit NRW"`),
  );
  // Districts are offered by name, sorted as a German reader expects (umlauts with their vowel).
  const names = await page.locator("#embed-district option").allTextContents();
  expect(names).toHaveLength(54);
  const bare = names.slice(1).map((n) => n.replace(/, .*$/, ""));
  const folded = (s: string) => s.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
  expect(bare).toEqual([...bare].sort((a, b) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : 0)));
  // Choosing never touches the URL or the history.
  expect(page.url()).toBe(`${origin}/`);
  expect(app.requests.slice(app.requestsAtLoad).map((r) => r.url())).toEqual([]);
});

for (const variant of ["embed-loader", "embed-iframe"] as const) {
  test(`the ${variant === "embed-loader" ? "loader" : "bare iframe"} code works as pasted on a partner page`, async ({ app, page }) => {
    await app.goto();
    await openGenerator(page);
    await choose(page, "map", "ro", "05978");
    const code = await page.getByTestId(variant).inputValue();
    await page.goto(`${PARTNER}/?${new URLSearchParams({ html: code })}`);
    const widget = page.frameLocator("iframe").first();
    await expect(widget.locator("#app[data-app=ready]")).toHaveCount(1);
    await expect(widget.locator("html")).toHaveAttribute("lang", "ro");
    await expect(widget.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Unna");
    // view=map: no switch to the self-check, and no generator link inside a partner's page.
    await expect(widget.getByTestId("view-switch")).toHaveCount(0);
    await expect(widget.getByTestId("embed-open")).toHaveCount(0);
    if (variant === "embed-loader") {
      // Only the loader sizes the frame to the content.
      await expect.poll(async () => (await page.locator("iframe").boundingBox())!.height).toBeGreaterThan(700);
    } else {
      await expect(page.locator("iframe")).toHaveAttribute("height", "640");
    }
  });
}

test("the check names every value the widget would not understand", async ({ app, page }) => {
  await app.goto();
  await openGenerator(page);
  const check = page.getByTestId("embed-check");
  const result = page.getByTestId("embed-check-result");
  await check.fill('<script src="https://x.example/embed.js" data-view="karte" data-lang="fr" data-district="05999" async></script>');
  const hints = result.locator("li");
  await expect(hints).toHaveCount(3);
  await expect(hints.nth(0)).toContainText("„karte“");
  await expect(hints.nth(1)).toContainText("„fr“");
  await expect(hints.nth(2)).toContainText("„05999“");
  await check.fill('<iframe src="https://x.example/?embed=1&view=map#/bezirk/05978"></iframe>');
  await expect(result).toHaveText(de.embed_check_ok);
  await check.fill("<p>Hallo</p>");
  await expect(result).toHaveText(de.embed_check_no_widget);
  // Our own code passes.
  await check.fill(await page.getByTestId("embed-loader").inputValue());
  await expect(result).toHaveText(de.embed_check_ok);
  expect(app.requests.slice(app.requestsAtLoad).map((r) => r.url())).toEqual([]);
});

test("copy puts the code on the clipboard and says so", async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await app.goto();
  const generator = await openGenerator(page);
  await choose(page, "both", "ar", "");
  await generator.getByRole("button", { name: de.embed_copy }).first().click();
  await expect(generator.locator(".embed-status").first()).toHaveText(de.embed_copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByTestId("embed-loader").inputValue());
  expect(copied).toContain('data-lang="ar"');
});

test("the preview loads only on request, from this server, and follows the choices", async ({ app, page, baseURL }) => {
  await app.goto();
  await openGenerator(page);
  const historyAtLoad = await page.evaluate(() => history.length);
  await choose(page, "map", "uk", "05315");
  await expect(page.getByTestId("embed-preview")).toHaveCount(0);
  expect(app.requests.slice(app.requestsAtLoad), "nothing loads before the click").toEqual([]);
  await page.getByTestId("embed-preview-show").click();
  const preview = page.frameLocator("[data-testid=embed-preview]");
  await expect(preview.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(preview.locator("html")).toHaveAttribute("lang", "uk");
  await expect(preview.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Köln");
  // Another district: a fresh preview, and still no history entry.
  await page.locator("#embed-district").selectOption("05978");
  await expect(preview.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Unna");
  expect(await page.evaluate(() => history.length)).toBe(historyAtLoad);
  const origin = new URL(baseURL!).origin;
  const foreign = app.requests.map((r) => r.url()).filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
});

test("#/einbinden opens the generator; an embedded app has none", async ({ page }) => {
  await page.goto("/#/einbinden");
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(page.getByTestId("embed-generator")).toBeVisible();
  await page.goto("/?embed=1#/einbinden");
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(page.getByTestId("embed-generator")).toHaveCount(0);
  await expect(page.getByTestId("embed-open")).toHaveCount(0);
  await expect(page.locator("svg.map")).toBeVisible();
});
