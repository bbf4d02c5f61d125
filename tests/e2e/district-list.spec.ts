import { test, expect } from "./fixtures/app";

test("the district list works without the map", async ({ app, page }) => {
  await app.goto();
  // Someone who cannot use the map: hide it entirely.
  // (Through the CSSOM: the page's CSP rightly refuses an injected <style>.)
  await page.locator(".map-section").evaluate((el) => ((el as HTMLElement).style.display = "none"));
  const list = page.getByTestId("district-list");
  await expect(list.locator("button")).toHaveCount(53);
  await expect(list.getByRole("heading", { level: 3 })).toHaveCount(5);

  await app.listButton("05978").click();
  await app.expectHelpFor("05978", "Unna");
  await expect(app.panelHeading).toBeFocused();
  await expect(app.listButton("05978")).toHaveAttribute("aria-pressed", "true");

  // Keyboard on the list: focus a button and press Enter.
  await app.listButton("05315").focus();
  await page.keyboard.press("Enter");
  await app.expectHelpFor("05315", "Köln");
});

test("every district in the list opens its own panel", async ({ app }) => {
  await app.goto();
  const buttons = await app.page.getByTestId("district-list").locator("button").all();
  for (const b of buttons) {
    const ags = await b.getAttribute("data-ags");
    await b.click();
    await expect(app.panelHeading).toHaveAttribute("data-ags", ags!);
  }
});
