import { test, expect } from "./fixtures/app";

test("after load nothing is requested, nothing leaves the origin, nothing is stored", async ({ app, page, context }) => {
  await app.goto();
  // Use everything the app offers today.
  await app.tapDistrict("05978");
  await app.listButton("05315").click();
  await page.locator("select").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await app.listButton("05119").click();
  await page.locator("details.sources summary").first().click();
  await page.waitForTimeout(300);

  expect(app.requestsAfterLoad()).toEqual([]);
  expect(app.foreignRequests()).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0, caches: 0, cookie: "" });
});
