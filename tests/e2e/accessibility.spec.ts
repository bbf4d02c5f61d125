// WCAG 2.2 AA in every view and in German, Arabic (right to left) and Ukrainian (Cyrillic).
// Add a view (search, questionnaire step, result, embed generator) as one line in `views`.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type App } from "./fixtures/app";
import { locales } from "./fixtures/locales";
import { SelfCheck, type Reply } from "./fixtures/self-check";

/** Opens the self-check, answers it (unlisted questions get their harmless answer) and waits for the band. */
const selfCheckResult = (length: "short" | "long", replies: Record<string, Reply>, band: string) => async (app: App) => {
  const check = new SelfCheck(app.page);
  await check.open();
  await check.start(length);
  await check.answerAll(replies);
  await expect(check.result).toHaveAttribute("data-band", band);
};
const SHORT = ["A1", "A2", "A3", "A4", "B1", "C1", "E1", "E2", "F1", "I1"];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Each view: how to get there from a freshly loaded page. */
const views: { name: string; open: (app: App) => Promise<void> }[] = [
  { name: "map", open: async () => {} },
  { name: "list", open: async (app) => { await app.listButton("05315").click(); await app.page.getByTestId("district-list").scrollIntoViewIfNeeded(); } },
  { name: "panel with a BSA (Unna)", open: async (app) => { await app.tapDistrict("05978"); await expect(app.panel.getByTestId("bsa")).toBeVisible(); } },
  { name: "panel without a BSA (Oberhausen)", open: async (app) => { await app.tapDistrict("05119"); await expect(app.panel.getByTestId("no-bsa")).toBeVisible(); } },
  { name: "sources opened", open: async (app) => { await app.tapDistrict("05978"); await app.panel.locator("details.sources summary").first().click(); } },
  {
    name: "embed-code generator with hints",
    open: async (app) => {
      await app.page.getByTestId("embed-open").click();
      await app.page.getByTestId("embed-check").fill('<script src="embed.js" data-view="x" data-lang="fr"></script>');
      await expect(app.page.getByTestId("embed-check-result").locator("li")).toHaveCount(2);
    },
  },
  // The self-check (issue 14): every screen a person can reach.
  { name: "self-check: start screen", open: async (app) => { await new SelfCheck(app.page).open(); } },
  {
    name: "self-check: a question",
    open: async (app) => {
      const check = new SelfCheck(app.page);
      await check.open();
      await check.start("short");
      await expect(check.question).toHaveAttribute("data-question", "A1");
    },
  },
  { name: "self-check: result, band 0", open: selfCheckResult("short", {}, "0") },
  { name: "self-check: result, band 1", open: selfCheckResult("short", { F1: "yes" }, "1") },
  { name: "self-check: result, band 2", open: selfCheckResult("short", { C1: "yes" }, "2") },
  { name: "self-check: result, band 3 with the emergency numbers", open: selfCheckResult("short", { B1: "yes" }, "3") },
  { name: "self-check: result, not enough answers", open: selfCheckResult("short", Object.fromEntries(SHORT.map((q) => [q, "skip"])), "none") },
  {
    name: "self-check: counsellor summary, as printed",
    open: async (app) => {
      await selfCheckResult("long", { G1: "no", J2: "yes", E2: "yes", A1: "no" }, "3")(app);
      await app.page.emulateMedia({ media: "print" });
      await expect(app.page.getByTestId("q-summary-indicators")).toBeVisible();
      await expect(app.page.getByTestId("q-help")).toBeHidden();
    },
  },
];
const languages = ["de", "ar", "uk"];

for (const lang of languages) {
  for (const view of views) {
    test(`axe: no WCAG 2.2 A/AA violation in "${view.name}" (${lang})`, async ({ app, page }) => {
      await app.goto(`/?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locales[lang].app_title);
      await view.open(app);
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n  ")}`);
      expect(summary, summary.join("\n")).toEqual([]);
    });
  }
}
