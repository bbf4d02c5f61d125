import { test, expect } from "./fixtures/app";

// On a 360 px phone every one of the 53 districts can be chosen by touch with a target of at
// least 44 × 44 CSS px: either the tap selects it directly, or a "Which one did you mean?" list
// of ≥ 44 px buttons offers it.

/** A point inside the district's shape, in page (client) coordinates: the inside grid point
 * nearest to the middle of its bounding box. */
async function insidePoint(page, ags: string) {
  return page.evaluate((ags) => {
    const path = document.querySelector(`svg.map path[data-ags="${ags}"]`) as SVGPathElement;
    const b = path.getBBox();
    const svg = path.ownerSVGElement!;
    const pt = svg.createSVGPoint();
    let best: [number, number] | null = null;
    let bestD = Infinity;
    for (let i = 1; i < 24; i++) {
      for (let j = 1; j < 24; j++) {
        pt.x = b.x + (b.width * i) / 24;
        pt.y = b.y + (b.height * j) / 24;
        if (!path.isPointInFill(pt)) continue;
        const d = (i - 12) ** 2 + (j - 12) ** 2;
        if (d < bestD) {
          bestD = d;
          best = [pt.x, pt.y];
        }
      }
    }
    pt.x = best![0];
    pt.y = best![1];
    const c = pt.matrixTransform(path.getScreenCTM()!);
    return { x: c.x, y: c.y };
  }, ags);
}

/** Scrolls the whole map into view just below the sticky quick-exit bar. */
async function showMap(page) {
  await page.evaluate(() => {
    const bar = document.querySelector(".quick-exit")!.getBoundingClientRect().bottom;
    window.scrollBy(0, document.querySelector("svg.map")!.getBoundingClientRect().top - bar - 4);
  });
}

async function chooseByTap(app, page, ags: string) {
  // The previous choice scrolls its help into view on the next animation frame: let that
  // happen before measuring where to tap, or the tap lands beside the map.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await showMap(page);
  const { x, y } = await insidePoint(page, ags);
  await page.touchscreen.tap(x, y);
  await page.waitForFunction(
    (ags) =>
      !!document.querySelector('[data-testid="nearby-picker"]') ||
      document.querySelector(`svg.map path[data-ags="${ags}"]`)?.getAttribute("aria-pressed") === "true",
    ags,
  );
  const picker = page.getByTestId("nearby-picker");
  if ((await picker.count()) > 0) {
    const choice = picker.locator(`button[data-ags="${ags}"]`);
    await expect(choice, `${ags} offered after a tap on it`).toHaveCount(1);
    for (const b of await picker.getByRole("button").all()) {
      const box = (await b.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await choice.tap();
    await expect(picker).toHaveCount(0);
  }
  await expect(app.district(ags), `${ags} selected`).toHaveAttribute("aria-pressed", "true");
}

test("the smallest district on screen can be chosen by touch", async ({ app, page }) => {
  await app.goto();
  const smallest = await page.evaluate(() => {
    const paths = [...document.querySelectorAll("svg.map path[data-ags]")] as SVGPathElement[];
    const sized = paths.map((p) => {
      const r = p.getBoundingClientRect();
      return { ags: p.getAttribute("data-ags")!, w: r.width, h: r.height };
    });
    sized.sort((a, b) => a.w * a.h - b.w * b.h);
    return sized[0];
  });
  // It really is too small to hit on its own.
  expect(Math.min(smallest.w, smallest.h)).toBeLessThan(44);
  await showMap(page);
  const { x, y } = await insidePoint(page, smallest.ags);
  await page.touchscreen.tap(x, y);
  const picker = page.getByTestId("nearby-picker");
  await expect(picker).toBeVisible();
  await expect(picker.locator(`button[data-ags="${smallest.ags}"]`)).toHaveCount(1);
  await picker.locator(`button[data-ags="${smallest.ags}"]`).tap();
  await expect(app.district(smallest.ags)).toHaveAttribute("aria-pressed", "true");
  await expect(app.panel.getByRole("heading", { level: 2 })).toHaveAttribute("data-ags", smallest.ags);
});

test("every one of the 53 districts can be chosen by touch on a 360 px phone", async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.goto();
  const all = await app.paths.evaluateAll((ps) => ps.map((p) => p.getAttribute("data-ags")!));
  expect(all).toHaveLength(53);
  for (const ags of all) {
    await chooseByTap(app, page, ags);
  }
});

test("a big district away from small ones is selected directly, without a question", async ({ app, page }) => {
  await app.goto();
  await chooseByTap(app, page, "05958"); // Hochsauerlandkreis
  await expect(page.getByTestId("nearby-picker")).toHaveCount(0);
});

test("'None of these' closes the question without choosing", async ({ app, page }) => {
  await app.goto();
  await showMap(page);
  const { x, y } = await insidePoint(page, "05916"); // Herne, among Bochum, Gelsenkirchen, …
  await page.touchscreen.tap(x, y);
  const picker = page.getByTestId("nearby-picker");
  await expect(picker).toBeVisible();
  await picker.locator(".pick-close").tap();
  await expect(picker).toHaveCount(0);
  await expect(app.district("05916")).toHaveAttribute("aria-pressed", "false");
});
