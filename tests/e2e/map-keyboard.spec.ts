import { test, expect } from "./fixtures/app";

test("Köln can be found and selected with the keyboard only", async ({ app, page }) => {
  await app.goto();
  // Tab until the focus is on a district of the map (the map is a single tab stop).
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("svg.map path") ?? false)) break;
  }
  await expect(page.locator("svg.map path:focus")).toHaveCount(1);

  // Walk with the arrow keys towards Köln, as a sighted keyboard user would.
  const target = await app.district("05315").boundingBox();
  if (!target) throw new Error("Köln has no box");
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height / 2;
  for (let step = 0; step < 40; step++) {
    const ags = await page.evaluate(() => document.activeElement?.getAttribute("data-ags"));
    if (ags === "05315") break;
    const box = await page.locator("svg.map path:focus").boundingBox();
    if (!box) throw new Error("no focused district");
    const dx = tx - (box.x + box.width / 2);
    const dy = ty - (box.y + box.height / 2);
    const key = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "ArrowRight" : "ArrowLeft") : dy > 0 ? "ArrowDown" : "ArrowUp";
    await page.keyboard.press(key);
  }
  await expect(page.locator("svg.map path:focus")).toHaveAttribute("data-ags", "05315");
  await page.keyboard.press("Enter");
  await app.expectHelpFor("05315", "Köln");
  await expect(app.district("05315")).toHaveAttribute("aria-pressed", "true");
  // Focus stays on the map so the user can go on; the choice is announced.
  await expect(app.district("05315")).toBeFocused();
  await expect(page.getByTestId("announcer")).toContainText("Köln");
  // Space selects too.
  await page.keyboard.press("ArrowRight");
  const next = await page.evaluate(() => document.activeElement?.getAttribute("data-ags"));
  await page.keyboard.press(" ");
  await expect(app.district(next!)).toHaveAttribute("aria-pressed", "true");
});
