import { test, expect } from "./fixtures/app";
import { locales, localeIds, isReviewed } from "./fixtures/locales";

test("?lang=ro starts in Romanian and says the translation is not reviewed", async ({ app, page }) => {
  await app.goto("/?lang=ro");
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales.ro.app_title);
  const note = page.getByTestId("review-note");
  await expect(note).toHaveText(locales.ro.i18n_unreviewed_notice);
  // Screen readers hear the note with the picker.
  await expect(page.locator("#language-select")).toHaveAttribute("aria-describedby", (await note.getAttribute("id"))!);
  await expect(page.locator("#language-select")).toHaveValue("ro");
});

test("?lang=xx falls back to the browser language and warns on the console", async ({ app, page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  await app.goto("/?lang=xx");
  await expect(page.locator("html")).toHaveAttribute("lang", "de"); // the browser is de-DE
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales.de.app_title);
  expect(warnings.some((w) => w.includes('"xx"') && w.includes("lang"))).toBe(true);
});

test("German is reviewed: no note", async ({ app, page }) => {
  await app.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(isReviewed("de")).toBe(true);
  await expect(page.getByTestId("review-note")).toHaveCount(0);
  await expect(page.locator("#language-select")).not.toHaveAttribute("aria-describedby", /.+/);
});

test("Arabic turns the page right-to-left, and back", async ({ app, page, context }) => {
  await app.goto("/");
  const html = page.locator("html");
  await page.locator("#language-select").selectOption("ar");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales.ar.app_title);
  await page.locator("#language-select").selectOption("uk");
  await expect(html).toHaveAttribute("lang", "uk");
  await expect(html).toHaveAttribute("dir", "ltr");
  // The choice is never stored.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test("the picker lists every locale file, each in its own language", async ({ app, page }) => {
  await app.goto("/");
  const options = page.locator("#language-select option");
  await expect(options).toHaveCount(localeIds.length);
  expect((await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).sort()).toEqual([...localeIds].sort());
  await expect(page.locator('#language-select option[value="ar"]')).toHaveText("العربية");
  await expect(page.locator('#language-select option[value="ar"]')).toHaveAttribute("lang", "ar");
  await expect(page.locator('#language-select option[value="uk"]')).toHaveText("Українська");
  await expect(page.locator('#language-select option[value="de-x-simple"]')).toHaveText("Einfache Sprache");
});

test("every language shows its own text and the right review note", async ({ app, page }) => {
  await app.goto("/");
  for (const id of localeIds) {
    await page.locator("#language-select").selectOption(id);
    await expect(page.locator("html")).toHaveAttribute("lang", id);
    await expect(page.locator("#map-instructions")).toHaveText(locales[id].map_instructions);
    if (isReviewed(id)) await expect(page.getByTestId("review-note")).toHaveCount(0);
    else await expect(page.getByTestId("review-note")).toHaveText(locales[id].i18n_unreviewed_notice);
  }
});

test.describe("browser language", () => {
  test.use({ locale: "uk-UA" });
  test("a Ukrainian browser starts in Ukrainian", async ({ app, page }) => {
    await app.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales.uk.app_title);
  });
});

test.describe("browser language with region", () => {
  test.use({ locale: "ar-EG" });
  test("an ar-EG browser starts in Arabic, right-to-left; ?lang=de wins over it", async ({ app, page }) => {
    await app.goto("/");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await app.goto("/?lang=de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });
});
