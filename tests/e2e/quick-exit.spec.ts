import { test, expect } from "./fixtures/app";

const NEUTRAL = "https://www.wetteronline.de/";

// The neutral site is stubbed: the test checks where the page goes, without any network.
test.beforeEach(async ({ page }) => {
  await page.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Wetter</title><p>neutral</p>" }),
  );
});

test("the quick-exit button replaces the page, so Back does not return to the app", async ({ app, page }) => {
  await page.goto("about:blank");
  await app.goto();
  await app.tapDistrict("05978");
  await page.getByTestId("quick-exit").tap();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  expect(page.url()).not.toContain("127.0.0.1");
});

test("pressing Shift three times leaves; Shift used for a capital letter does not count", async ({ app, page }) => {
  await app.goto();
  // Shift+A twice (Shift as a modifier) and one plain Shift: not enough to leave.
  await page.keyboard.press("Shift+A");
  await page.keyboard.press("Shift+A");
  await page.keyboard.press("Shift");
  await page.waitForTimeout(200);
  expect(page.url()).toContain("127.0.0.1");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
});

test("quick exit works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "neutral" }));
  await page.goto("/");
  await page.getByTestId("quick-exit").click();
  await expect(page).toHaveURL(NEUTRAL);
  await context.close();
});
