import { test, expect, de } from "./fixtures/app";

test("#/bezirk/AGS opens with that district selected", async ({ app }) => {
  await app.goto("/#/bezirk/05978");
  await app.expectHelpFor("05978", "Unna");
  await expect(app.district("05978")).toHaveAttribute("aria-pressed", "true");
});

test("the prerendered anchor form #bezirk-AGS works too, and later hash changes are followed", async ({ app, page }) => {
  await app.goto("/#bezirk-05916");
  await app.expectHelpFor("05916", "Herne");
  await page.evaluate(() => (location.hash = "#/bezirk/05315"));
  await app.expectHelpFor("05315", "Köln");
});

test("a wrong code is ignored with a visible note", async ({ app, page }) => {
  await app.goto("/#/bezirk/99999");
  const note = page.getByTestId("link-note");
  await expect(note).toBeVisible();
  await expect(note).toContainText(de.link_unknown.split("(")[0].trim());
  await expect(note).toContainText("99999");
  await expect(app.panelHeading).toHaveText(de.panel_heading_empty);
  await note.getByRole("button").click();
  await expect(note).toHaveCount(0);
});

test("selecting districts adds no history entries and does not change the URL", async ({ app, page }) => {
  await app.goto("/#/bezirk/05978");
  const before = await page.evaluate(() => history.length);
  await app.listButton("05315").click();
  await app.tapDistrict("05119");
  await page.getByTestId("search-input").fill("Bonn");
  await page.getByTestId("search-input").press("Enter");
  await app.expectHelpFor("05314", "Bonn");
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(new URL(page.url()).hash).toBe("#/bezirk/05978");
});
