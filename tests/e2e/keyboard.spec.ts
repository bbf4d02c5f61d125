// A keyboard-only journey, focus that is always visible and never under the sticky bar,
// the reusable live region, and scrolling that never animates.
import { test, expect } from "./fixtures/app";
import { locales } from "./fixtures/locales";

const focused = (page: import("@playwright/test").Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? "", tag: el?.tagName.toLowerCase() ?? "", ags: el?.getAttribute("data-ags") ?? "", outline: el ? getComputedStyle(el).outlineStyle : "" };
  });

test("keyboard only: skip link, language, map, list, panel", async ({ app, page }) => {
  await app.goto("/?lang=de");
  // 1. The first Tab shows the skip link; Enter moves focus to the main content.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ id: "skip-link", outline: "solid" });
  await expect(page.locator("#skip-link")).toBeInViewport();
  await expect(page.locator("#skip-link")).toHaveText(locales.de.skip_to_content);
  await page.keyboard.press("Enter");
  expect((await focused(page)).id).toBe("main");

  // 2. Choose a language with the keyboard: Shift+Tab back to the picker, arrow key.
  for (let i = 0; i < 6 && (await focused(page)).id !== "language-select"; i++) await page.keyboard.press("Shift+Tab");
  expect(await focused(page)).toMatchObject({ id: "language-select", outline: "solid" });
  const before = await page.locator("html").getAttribute("lang");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("html")).not.toHaveAttribute("lang", before!);
  const lang = (await page.locator("html").getAttribute("lang"))!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales[lang].app_title);

  // 3. Tab to the map (one tab stop), move, select: the live region speaks.
  for (let i = 0; i < 10 && (await focused(page)).tag !== "path"; i++) await page.keyboard.press("Tab");
  expect((await focused(page)).tag).toBe("path");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const ags = (await focused(page)).ags;
  await expect(app.panelHeading).toHaveAttribute("data-ags", ags);
  const name = (await app.panelHeading.textContent())!;
  await expect(page.getByTestId("announcer")).toContainText(name);

  // 4. Tab on into the list; choosing there moves focus to the panel heading.
  for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.closest("[data-testid=district-list]"))); i++) {
    await page.keyboard.press("Tab");
  }
  const button = page.locator("[data-testid=district-list] button:focus");
  await expect(button).toHaveCount(1);
  expect((await focused(page)).outline).toBe("solid");
  const listAgs = (await button.getAttribute("data-ags"))!;
  await page.keyboard.press("Enter");
  await expect(app.panelHeading).toBeFocused();
  await expect(app.panelHeading).toHaveAttribute("data-ags", listAgs);
});

test("focus is never hidden under the sticky quick-exit bar when tabbing back", async ({ app, page }) => {
  await app.goto("/?lang=de");
  await app.tapDistrict("05978");
  await page.locator(".site-footer a").last().focus();
  const bar = (await page.locator(".quick-exit").boundingBox())!;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Shift+Tab");
    const r = await page.evaluate(() => {
      const el = document.activeElement!;
      if (el.closest(".quick-exit, svg") || el === document.body) return null;
      const b = el.getBoundingClientRect();
      return { top: b.top, what: el.outerHTML.slice(0, 60) };
    });
    if (r) expect(r.top, r.what).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  }
});

test("the live region announces each selection, also the same one twice", async ({ app, page }) => {
  await app.goto("/?lang=uk");
  const region = page.getByTestId("announcer");
  await expect(region).toHaveAttribute("role", "status");
  await expect(region).toHaveText("");
  await app.listButton("05978").click();
  const said = locales.uk.selected_announcement.replace("{{ name }}", "Unna");
  await expect(region).toHaveText(said);
  const first = await region.evaluate((el) => el.textContent);
  await app.listButton("05978").click();
  await expect.poll(() => region.evaluate((el) => el.textContent)).not.toBe(first);
  await expect(region).toHaveText(said); // the difference is an invisible no-break space
});

test("scrolling never animates (prefers-reduced-motion and everyone else)", async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { scrollCalls: unknown[] }).scrollCalls = calls;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (arg?: boolean | ScrollIntoViewOptions) {
      calls.push(arg);
      return original.call(this, arg);
    };
  });
  await app.goto("/?lang=de");
  await page.evaluate(() => window.scrollTo(0, 0));
  await app.tapDistrict("05978");
  await expect(app.panelHeading).toBeInViewport();
  const calls = await page.evaluate(() => (window as unknown as { scrollCalls: { behavior?: string }[] }).scrollCalls);
  expect(calls.length).toBeGreaterThan(0);
  for (const c of calls) expect(c.behavior).toBe("instant");
  await expect(page.locator("html")).toHaveCSS("scroll-behavior", "auto");
});
