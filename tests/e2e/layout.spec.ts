// Right-to-left mirroring, a geographic map in every direction, 320 px reflow, touch targets,
// system fonts only.
import { test, expect, type App } from "./fixtures/app";

async function boxes(app: App) {
  const page = app.page;
  const picker = (await page.getByTestId("language-picker").boundingBox())!;
  const aachen = (await app.district("05334").boundingBox())!; // the far west of NRW
  const hoexter = (await app.district("05762").boundingBox())!; // the far east
  const card = page.locator("article.centre").first();
  const border = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { left: s.borderLeftWidth, right: s.borderRightWidth };
  });
  return { picker, aachen, hoexter, border, width: page.viewportSize()!.width };
}

test("Arabic mirrors the picker and the panel, but not the map", async ({ app, page }) => {
  await app.goto("/?lang=de");
  await app.tapDistrict("05978");
  const de = await boxes(app);
  await app.goto("/?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await app.tapDistrict("05978");
  const ar = await boxes(app);

  // The picker starts on the left in German and on the right in Arabic.
  expect(de.picker.x).toBeLessThan(de.width / 2 - de.picker.width / 2);
  expect(ar.picker.x + ar.picker.width).toBeGreaterThan(ar.width - 20);
  expect(ar.picker.x).toBeGreaterThan(de.picker.x);
  // The accent border of an entry is on the start side: left in German, right in Arabic.
  expect(de.border).toEqual({ left: "5px", right: "1px" });
  expect(ar.border).toEqual({ left: "1px", right: "5px" });
  // The map stays geographic: west is left in both, at the same place.
  expect(ar.aachen.x).toBeLessThan(ar.hoexter.x);
  expect(ar.aachen.x).toBeCloseTo(de.aachen.x, 0);
  expect(ar.hoexter.x).toBeCloseTo(de.hoexter.x, 0);
  await expect(page.locator("svg.map")).toHaveCSS("direction", "ltr");
  // Phone numbers read left to right.
  for (const tel of await app.panel.locator('a[href^="tel:"]').all()) {
    await expect(tel).toHaveCSS("direction", "ltr");
  }
});

for (const lang of ["de", "ar", "uk"]) {
  test(`320 px wide (= 200 % zoom of 640 px): no horizontal scrolling (${lang})`, async ({ app, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await app.goto(`/?lang=${lang}`);
    const noScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await noScroll();
    await app.tapDistrict("05978");
    await page.locator("details.sources summary").first().click();
    await noScroll();
    await app.listButton("05119").click();
    await noScroll();
  });
}

test("controls are at least 44 × 44 px (the map has the list as its equivalent)", async ({ app, page }) => {
  await app.goto("/?lang=de");
  await app.tapDistrict("05978");
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, select, summary, #quick-exit, a.tel")]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
});

test("system fonts only: no web font is declared or loaded", async ({ app, page }) => {
  await app.goto("/?lang=ar");
  const fonts = await page.evaluate(() => ({
    faces: [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule).length,
    loaded: [...document.fonts].length,
  }));
  expect(fonts).toEqual({ faces: 0, loaded: 0 });
  expect(app.requests.filter((r) => r.resourceType() === "font")).toEqual([]);
});
