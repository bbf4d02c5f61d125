import { test, expect, de } from "./fixtures/app";

// "Where am I": the position comes from the browser (mocked here) and never leaves the page.
const button = (page) => page.getByTestId("locate-button");
const status = (page) => page.getByTestId("locate-status");

test("a position in Herne selects Herne, and nothing is sent", async ({ app, page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 51.5369, longitude: 7.2226 });
  await app.goto();
  await expect(status(page)).toBeEmpty(); // nothing is asked before the press
  await button(page).click();
  await app.expectHelpFor("05916", "Herne");
  await expect(status(page)).toContainText("Herne");
  await page.waitForTimeout(200);
  expect(app.requestsAfterLoad()).toEqual([]);
  expect(app.foreignRequests()).toEqual([]);
});

test("a position in Köln selects Köln", async ({ app, page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 50.9413, longitude: 6.9583 });
  await app.goto();
  await button(page).click();
  await app.expectHelpFor("05315", "Köln");
});

test("a position outside NRW says so and selects nothing", async ({ app, page, context }) => {
  await context.grantPermissions(["geolocation"]);
  await context.setGeolocation({ latitude: 52.52, longitude: 13.405 }); // Berlin
  await app.goto();
  await button(page).click();
  await expect(status(page)).toHaveText(de.locate_outside);
  await expect(app.panelHeading).toHaveText(de.panel_heading_empty);
  // Just across the border: Venlo (NL) is on the map's sheet but in no district.
  await context.setGeolocation({ latitude: 51.3704, longitude: 6.1724 });
  await button(page).click();
  await expect(status(page)).toHaveText(de.locate_outside);
});

test("permission denied gets a clear message", async ({ app, page, context }) => {
  await context.clearPermissions();
  await app.goto();
  await page.evaluate(() => {
    // Headless Chromium may wait on a prompt that nobody answers: answer it with "deny".
    const denied = { code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: "denied" };
    navigator.geolocation.getCurrentPosition = (_ok, fail) => fail && fail(denied as GeolocationPositionError);
  });
  await button(page).click();
  await expect(status(page)).toHaveText(de.locate_denied);
  await expect(app.panelHeading).toHaveText(de.panel_heading_empty);
});

test("a timeout gets its own message", async ({ app, page }) => {
  await app.goto();
  await page.evaluate(() => {
    const timeout = { code: 3, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: "timeout" };
    navigator.geolocation.getCurrentPosition = (_ok, fail) => fail && fail(timeout as GeolocationPositionError);
  });
  await button(page).click();
  await expect(status(page)).toHaveText(de.locate_timeout);
});
