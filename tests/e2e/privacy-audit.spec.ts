// Privacy audit: walks every view and journey the app has and proves that nothing leaves the
// device and nothing is left behind. For each journey, after it has run:
//   - no request after load, and no request to another origin at any time;
//   - no cookie, localStorage, sessionStorage, IndexedDB or Cache API entry;
//   - nothing the person typed or chose in the URL or in history.state, and no new
//     history entry (history.length unchanged);
//   - no console error and no page error.
//
// JOURNEYS is the list to extend: a journey whose feature the app does not have (yet) is
// detected in the page and skipped with "n/a (…)" instead of failing.
import type { BrowserContext, Page } from "@playwright/test";
import { test as appTest, expect, type App } from "./fixtures/app";

type Journey = {
  name: string;
  /** null when the app has what the journey needs, else why not, e.g. "n/a (no search box)". */
  available?: (page: Page) => Promise<string | null>;
  /** Runs before the page is opened, e.g. to grant a mocked position. */
  prepare?: (context: BrowserContext, baseURL: string) => Promise<void>;
  /** Opens the page the journey starts on, if not the app itself (see "embed"). */
  open?: (app: App, page: Page, baseURL: string) => Promise<void>;
  /** Runs only in its own test, not in the walk through every journey in one visit. */
  alone?: boolean;
  /** What the person types or picks: must never show up in the URL or history. */
  secrets?: string[];
  run: (app: App, page: Page) => Promise<void>;
};

/** Available when the page has an element with this test id (or one whose id contains it). */
const needs = (selector: string, reason: string) => async (page: Page) =>
  (await page.locator(selector).count()) > 0 ? null : reason;

// A mocked position in the middle of Unna (05978); never sent anywhere, never in the URL.
const UNNA = { latitude: 51.5365, longitude: 7.6891 };

const JOURNEYS: Journey[] = [
  {
    name: "map tap",
    run: async (app, page) => {
      await app.tapDistrict("05978");
      await app.expectHelpFor("05978", "Unna");
      await app.tapDistrict("05315");
      await app.expectHelpFor("05315", "Köln");
      await page.locator("details.sources summary").first().click();
    },
  },
  {
    name: "keyboard",
    run: async (app, page) => {
      await page.locator("#skip-link").focus();
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.matches("svg.map path") ?? false)) break;
      }
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const ags = await page.evaluate(() => document.activeElement?.getAttribute("data-ags"));
      expect(ags, "focus is on a district after the arrow keys").toMatch(/^05\d{3}$/);
      await expect(app.panelHeading).toHaveAttribute("data-ags", ags!);
    },
  },
  {
    name: "district list",
    run: async (app, page) => {
      await app.listButton("05119").click();
      await expect(app.panelHeading).toHaveText("Oberhausen");
      await app.listButton("05315").focus();
      await page.keyboard.press("Enter");
      await app.expectHelpFor("05315", "Köln");
    },
  },
  {
    name: "language switch",
    run: async (app, page) => {
      await page.locator("select").first().selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await app.listButton("05978").click();
      await expect(app.panelHeading).toHaveText("Unna");
      await page.locator("select").first().selectOption("de");
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
    },
  },
  {
    name: "search",
    available: needs('[data-testid="search-input"]', "n/a (no search box)"),
    // A postcode says where someone lives: it must stay on the device.
    secrets: ["59423"],
    run: async (app, page) => {
      const input = page.getByTestId("search-input");
      await input.fill("59423");
      const results = page.getByTestId("search-results");
      await expect(results.getByRole("option").first()).toBeVisible();
      await results.getByRole("option").first().click();
      await expect(app.panelHeading).toHaveAttribute("data-ags", "05978");
    },
  },
  {
    name: "locate (mocked position)",
    available: needs('[data-testid*="locate"]', "n/a (no locate button)"),
    prepare: async (context, baseURL) => {
      await context.grantPermissions(["geolocation"], { origin: baseURL });
      await context.setGeolocation(UNNA);
    },
    secrets: [String(UNNA.latitude).slice(0, 5), String(UNNA.longitude).slice(0, 4)],
    run: async (app, page) => {
      await page.locator('[data-testid*="locate"]').first().click();
      await expect(app.panelHeading).toHaveAttribute("data-ags", "05978");
    },
  },
  {
    name: "questionnaire, long, to the result",
    available: needs('[data-testid="view-self-check"]', "n/a (no questionnaire)"),
    run: (app, page) => walkQuestionnaire(page, "long", "yes"),
  },
  {
    name: "questionnaire, short, to the result",
    available: needs('[data-testid="view-self-check"]', "n/a (no questionnaire)"),
    alone: true,
    run: (app, page) => walkQuestionnaire(page, "short", "unsure"),
  },
  {
    // Without the preview: with it, the generator loads the app itself into a frame, on
    // request only (tests/e2e/generator.spec.ts checks that it stays on this origin).
    name: "embed-code generator",
    available: needs('[data-testid="embed-open"]', "n/a (no generator)"),
    secrets: ["karte", "data-view"],
    run: async (_app, page) => {
      await page.getByTestId("embed-open").click();
      await page.locator("input[name=embed-view][value=questionnaire]").check();
      await page.locator("#embed-lang").selectOption("ro");
      await page.locator("#embed-district").selectOption("05978");
      await page.getByTestId("embed-generator").getByRole("button").first().click();
      await page.getByTestId("embed-check").fill('<script src="embed.js" data-view="karte"></script>');
      await expect(page.getByTestId("embed-check-result").locator("li")).toHaveCount(1);
      await page.getByTestId("view-find-help").click();
    },
  },
  {
    name: "embed on a partner page",
    available: async (page) => ((await page.request.head("/embed.js")).ok() ? null : "n/a (no embed.js)"),
    open: openEmbed,
    run: async (app, page) => {
      const frame = page.frameLocator("iframe").first();
      // Unna is small on a phone: a tap opens the "which one?" picker, so answer it if it appears.
      await frame.locator('svg.map path[data-ags="05978"]').tap();
      const picker = frame.getByTestId("nearby-picker").locator('button[data-ags="05978"]');
      if (await picker.count()) await picker.tap();
      await expect(frame.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Unna");
      await frame.locator('button[data-ags="05119"]').click();
      await expect(frame.getByTestId("panel").getByRole("heading", { level: 2 })).toHaveText("Oberhausen");
    },
  },
];

/** The partner's page (tests/e2e/partner/, another origin: playwright.config.ts) with one loader tag. */
const PARTNER = `http://127.0.0.1:${process.env.E2E_PARTNER_PORT}`;
async function openEmbed(app: App, page: Page, baseURL: string) {
  const q = new URLSearchParams({ app: new URL(baseURL).origin, w: JSON.stringify([{ "data-view": "map" }]) });
  await page.goto(`${PARTNER}/?${q}`);
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(frame.locator("svg.map path")).toHaveCount(53);
  await page.waitForLoadState("networkidle");
  app.requestsAtLoad = app.requests.length;
}

/** Question ids and answers of the questionnaire walk: never in the URL or history.state. */
const answered: string[] = [];

/** Opens the self-check, answers every question with `reply` until the result shows. */
async function walkQuestionnaire(page: Page, length: "long" | "short", reply: "yes" | "no" | "unsure" | "skip") {
  await page.getByTestId("view-self-check").click();
  await page.getByTestId(`q-start-${length}`).click();
  const question = page.getByTestId("q-question");
  const result = page.getByTestId("q-result");
  await expect(question.or(result)).toBeVisible();
  for (let n = 0; n < 60 && !(await result.isVisible()); n++) {
    const id = (await question.getAttribute("data-question")) ?? "";
    answered.push(id);
    await page.getByTestId(`q-answer-${reply}`).click();
    await expect(result.or(page.locator(`[data-testid="q-question"]:not([data-question="${id}"])`))).toBeVisible();
  }
  await expect(result).toBeVisible();
  answered.push(reply);
}

// ---------------------------------------------------------------------------------------

type Problem = { text: string; url: string };
const test = appTest.extend<{ problems: Problem[] }>({
  problems: async ({ page }, use) => {
    const problems: Problem[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push({ text: `console error: ${m.text()}`, url: m.location().url });
    });
    page.on("pageerror", (e) => problems.push({ text: `page error: ${e.message}`, url: "" }));
    await use(problems);
  },
});

async function audit(
  app: App, page: Page, context: BrowserContext, baseURL: string, historyAtLoad: number, secrets: string[], problems: Problem[],
  hostOrigin?: string,
) {
  const origin = new URL(baseURL).origin;
  const urls = app.requests.map((r) => r.url());
  expect(app.requests.slice(app.requestsAtLoad).map((r) => r.url()), "requests after load").toEqual([]);
  expect(
    // The only other origin allowed is the embedding partner's own page (embed journey).
    urls.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin && new URL(u).origin !== hostOrigin),
    "requests to another origin",
  ).toEqual([]);
  expect(await context.cookies(), "cookies").toEqual([]);
  for (const frame of page.frames()) {
    const { history, state, ...stored } = await frame.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
      serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
      history: history.length,
      state: JSON.stringify(history.state) ?? "",
    }));
    expect(stored, `nothing stored (${frame.url()})`).toEqual({ local: 0, session: 0, idb: 0, caches: 0, cookie: "", serviceWorkers: 0 });
    expect(history, "no new history entry").toBe(historyAtLoad);
    const where = (decodeURIComponent(frame.url()) + " " + state).toLowerCase();
    for (const s of secrets) {
      expect(where, `"${s}" must not be in the URL or history.state`).not.toContain(s.toLowerCase());
    }
    // Question ids and answer words ("F1", "yes") as whole words only.
    for (const s of answered) {
      const word = new RegExp(`(^|[^a-z0-9])${s.toLowerCase()}($|[^a-z0-9])`);
      expect(where, `"${s}" must not be in the URL or history.state`).not.toMatch(word);
    }
  }
  answered.length = 0;
  // The partner's own page (e.g. its missing favicon) is not under test.
  const ours = problems.filter((p) => !hostOrigin || !p.url.startsWith(hostOrigin));
  expect(ours.map((p) => `${p.text} ${p.url}`), "console and page errors").toEqual([]);
}

for (const journey of JOURNEYS) {
  test(`privacy audit: ${journey.name}`, async ({ app, page, context, baseURL, problems }) => {
    answered.length = 0;
    await journey.prepare?.(context, baseURL!);
    await app.goto();
    const why = (await journey.available?.(page)) ?? null;
    if (why) console.log(`${journey.name}: ${why}`);
    test.skip(why !== null, why ?? "");
    if (journey.open) await journey.open(app, page, baseURL!);
    const historyAtLoad = await page.evaluate(() => history.length);
    await journey.run(app, page);
    await page.waitForTimeout(200); // anything a journey set off late still counts
    const host = journey.open ? new URL(page.url()).origin : undefined;
    await audit(app, page, context, baseURL!, historyAtLoad, journey.secrets ?? [], problems, host);
  });
}

test("privacy audit: every available journey in one visit", async ({ app, page, context, baseURL, problems }) => {
  answered.length = 0;
  for (const j of JOURNEYS) await j.prepare?.(context, baseURL!);
  await app.goto();
  const historyAtLoad = await page.evaluate(() => history.length);
  const walked: string[] = [];
  const secrets: string[] = [];
  for (const j of JOURNEYS) {
    if (j.open || j.alone || (await j.available?.(page))) continue; // these run in their own test
    await page.evaluate(() => scrollTo(0, 0));
    await j.run(app, page);
    walked.push(j.name);
    secrets.push(...(j.secrets ?? []));
  }
  expect(walked).toContain("map tap");
  await page.waitForTimeout(200);
  await audit(app, page, context, baseURL!, historyAtLoad, secrets, problems);
  await expect(page).toHaveTitle("Wegweiser");
});
