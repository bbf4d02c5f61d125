import { test, expect, de } from "./fixtures/app";

test("tapping Unna on a phone shows its counselling centres and the statewide offers", async ({ app, page }) => {
  await app.goto();
  await app.tapDistrict("05978");
  await expect(app.district("05978")).toHaveAttribute("aria-pressed", "true");
  // On a 360 px phone the panel is below the map: the tap brings it into view.
  await expect(app.panelHeading).toBeInViewport();
  const bar = await page.locator(".quick-exit").boundingBox();
  const heading = await app.panelHeading.boundingBox();
  expect(heading!.y, "heading not hidden under the sticky quick-exit bar").toBeGreaterThanOrEqual(bar!.y + bar!.height);
  const shown = await app.expectHelpFor("05978", "Unna");
  expect(shown).toBeGreaterThan(0);
  await expect(app.panel.getByTestId("bsa").locator("article")).not.toHaveCount(0);
  await expect(app.panel.getByTestId("statewide").locator("article")).not.toHaveCount(0);
  // Phone numbers are tel: links, websites open without referrer.
  for (const tel of await app.panel.locator('a[href^="tel:"]').all()) {
    expect(await tel.getAttribute("href")).toMatch(/^tel:\+?\d+$/);
  }
  for (const a of await app.panel.locator('a[target="_blank"]').all()) {
    expect(await a.getAttribute("rel")).toContain("noopener");
    expect(await a.getAttribute("href")).toMatch(/^https:\/\//);
  }
  // Every entry says where it comes from and as of when.
  const entries = app.panel.locator("article.centre");
  for (const entry of await entries.all()) {
    await expect(entry.locator(".as-of").first()).toContainText(de.as_of.split("{{")[0].trim());
  }
  await expect(page).toHaveTitle("Wegweiser");
});

test("a district without a known BSA says so and links the official overview", async ({ app }) => {
  await app.goto();
  await app.tapDistrict("05119"); // Oberhausen: no BSA found in our sources
  await expect(app.panelHeading).toHaveText("Oberhausen");
  const note = app.panel.getByTestId("no-bsa");
  await expect(note).toBeVisible();
  await expect(note.getByRole("link")).toHaveAttribute("href", "https://www.mags.nrw/beratungsstellen-arbeit");
  await expect(app.panel.getByTestId("bsa")).toHaveCount(0);
});
