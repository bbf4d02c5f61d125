import { test, expect, de } from "./fixtures/app";

// The search box: one combobox that finds the district for a town, a town part or a postcode.
const input = (page) => page.getByTestId("search-input");
const results = (page) => page.getByTestId("search-results");
const status = (page) => page.getByTestId("search-status");

test("a town part typed without hyphen finds its district; arrow keys and Enter choose it", async ({ app, page }) => {
  await app.goto();
  await expect(input(page)).toHaveAttribute("role", "combobox");
  await expect(input(page)).toHaveAttribute("aria-expanded", "false");
  await input(page).fill("wanne eickel");
  await expect(input(page)).toHaveAttribute("aria-expanded", "true");
  await expect(input(page)).toHaveAttribute("aria-controls", "search-results");
  const first = results(page).getByRole("option").first();
  await expect(first).toContainText("Wanne-Eickel");
  await expect(first).toContainText("Herne");
  await expect(first).toHaveAttribute("data-ags", "05916");
  // The number of results is announced politely.
  await expect(status(page)).toHaveAttribute("aria-live", "polite");
  await expect(status(page)).toContainText(de.search_count.split("{{")[0].trim());
  await input(page).press("ArrowDown");
  await expect(input(page)).toHaveAttribute("aria-activedescendant", "search-option-0");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await input(page).press("Enter");
  await expect(input(page)).toHaveAttribute("aria-expanded", "false");
  await app.expectHelpFor("05916", "Herne");
  await expect(app.district("05916")).toHaveAttribute("aria-pressed", "true");
});

test("umlauts typed as ae/oe/ue and one typo still find the town", async ({ app, page }) => {
  await app.goto();
  for (const [q, ags] of [
    ["Rheda Wiedenbrueck", "05754"],
    ["Bad Godesberg", "05314"],
    ["Rheydt", "05116"],
    ["Dortmnud", "05913"],
  ]) {
    await input(page).fill(q);
    await expect(results(page).getByRole("option").first(), q).toHaveAttribute("data-ags", ags);
  }
});

test("a postcode finds its district; a postcode in two districts offers both", async ({ app, page }) => {
  await app.goto();
  await input(page).fill("44135");
  await expect(results(page).getByRole("option")).toHaveCount(1);
  await expect(results(page).getByRole("option").first()).toContainText("44135 Dortmund");
  await input(page).fill("40472");
  const options = results(page).getByRole("option");
  await expect(options).toHaveCount(2);
  const ags = await options.evaluateAll((os) => os.map((o) => o.getAttribute("data-ags")).sort());
  expect(ags).toEqual(["05111", "05158"]);
  // Tap the one in Kreis Mettmann.
  await results(page).locator('[data-ags="05158"]').tap();
  await app.expectHelpFor("05158", "Mettmann");
});

test("names that exist twice show the district of each", async ({ app, page }) => {
  await app.goto();
  await input(page).fill("Mülheim");
  const options = results(page).getByRole("option");
  await expect(options.locator('xpath=self::*[@data-ags="05117"]')).toHaveCount(1);
  const koeln = results(page).locator('[data-ags="05315"]');
  await expect(koeln).toHaveCount(1);
  await expect(koeln).toContainText("Köln");
});

test("something outside NRW gets a clear message with what to try", async ({ app, page }) => {
  await app.goto();
  await input(page).fill("10115");
  await expect(status(page)).toHaveText(de.search_not_found_postcode);
  await expect(input(page)).toHaveAttribute("aria-expanded", "false");
  await expect(results(page)).toBeHidden();
  await input(page).fill("Stuttgart");
  await expect(status(page)).toHaveText(de.search_not_found);
  await expect(app.panelHeading).toHaveText(de.panel_heading_empty);
});

test("Escape closes the list, a second Escape clears the box; nothing is requested", async ({ app, page }) => {
  await app.goto();
  await input(page).fill("Bonn");
  await expect(input(page)).toHaveAttribute("aria-expanded", "true");
  await input(page).press("Escape");
  await expect(input(page)).toHaveAttribute("aria-expanded", "false");
  await expect(input(page)).toHaveValue("Bonn");
  await input(page).press("Escape");
  await expect(input(page)).toHaveValue("");
  await page.waitForTimeout(200);
  expect(app.requestsAfterLoad()).toEqual([]);
});
