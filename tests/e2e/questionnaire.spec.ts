import { test, expect, de } from "./fixtures/app";
import { SelfCheck, type Reply } from "./fixtures/self-check";

// Count every attempt to store something, from before the app starts.
const COUNT_WRITES = () => {
  const w = window as unknown as { __writes: string[] };
  w.__writes = [];
  const note = (what: string) => w.__writes.push(what);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
    note(`storage:${k}`);
    return setItem.call(this, k, v);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie")!;
  Object.defineProperty(Document.prototype, "cookie", {
    get() { return cookie.get!.call(this); },
    set(v) { note(`cookie:${v}`); cookie.set!.call(this, v); },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    note(`idb:${name}`);
    return open.call(this, name, version);
  };
};

async function storedNothing(page: import("@playwright/test").Page, context: import("@playwright/test").BrowserContext) {
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    writes: (window as unknown as { __writes: string[] }).__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ writes: [], local: 0, session: 0, idb: 0, cookie: "" });
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(COUNT_WRITES);
});

type Case = { name: string; length: "short" | "long"; replies: Record<string, Reply>; band: string };
const cases: Case[] = [
  { name: "short, nothing wrong", length: "short", replies: {}, band: "0" },
  { name: "short, long hours", length: "short", replies: { F1: "yes" }, band: "1" },
  { name: "short, debt that keeps growing", length: "short", replies: { C1: "yes" }, band: "2" },
  { name: "short, documents kept", length: "short", replies: { B1: "yes" }, band: "3" },
  { name: "short, everything skipped", length: "short", replies: Object.fromEntries(["A1", "A2", "A3", "A4", "B1", "C1", "E1", "E2", "F1", "I1"].map((q) => [q, "skip"])), band: "none" },
  { name: "long, nothing wrong", length: "long", replies: {}, band: "0" },
  { name: "long, nothing in writing", length: "long", replies: { G1: "no" }, band: "1" },
  { name: "long, long hours and below minimum wage", length: "long", replies: { F1: "yes", E1: "no" }, band: "2" },
  { name: "long, paid leave but no pay when sick (the half a compound question hid)", length: "long", replies: { G2b: "no" }, band: "1" },
  { name: "long, own phone but no contact with family and friends", length: "long", replies: { J1b: "no" }, band: "2" },
  {
    name: "long, deceived, exploited and dependent (Delphi trafficking)",
    length: "long",
    replies: { I1: "yes", C2: "yes", F1: "yes", E1: "no", D1: "yes", J2: "yes", J2b: "yes" },
    band: "3",
  },
];

for (const c of cases) {
  test(`journey: ${c.name} → band ${c.band}`, async ({ app, page, context }) => {
    await app.goto();
    const historyLength = await page.evaluate(() => history.length);
    const url = page.url();
    const check = new SelfCheck(page);
    await check.open();
    await check.start(c.length);
    const asked = await check.answerAll(c.replies, async () => {
      // On every screen: quick exit visible, title neutral, focus on the question.
      await expect(page.getByTestId("quick-exit")).toBeInViewport();
      await expect(page).toHaveTitle("Wegweiser");
      await expect(check.heading).toBeFocused();
    });
    if (c.length === "short") expect(asked).toHaveLength(10);
    if (c.replies.D1 === "yes") expect(asked).toContain("D2");
    if (c.length === "long" && c.replies.D1 !== "yes") expect(asked).not.toContain("D2");

    await expect(check.result).toHaveAttribute("data-band", c.band);
    await expect(check.heading).toBeFocused();
    await expect(page.getByTestId("q-not-advice")).toHaveText(de.q_not_advice);
    await expect(page.getByTestId("quick-exit")).toBeInViewport();
    const emergency = page.getByTestId("q-emergency");
    if (c.band === "3") {
      await expect(emergency.locator('a[href="tel:110"]')).toBeVisible();
      await expect(emergency.locator('a[href="tel:112"]')).toBeVisible();
      await expect(emergency.locator('a[href="tel:116016"], a[href="tel:+49116016"]').first()).toBeVisible();
      // Someone without papers reads, next to the numbers, that calling in danger is right.
      await expect(emergency.getByTestId("q-emergency-papers")).toHaveText(de.q_emergency_papers);
      // Advice: 110 first; "talk to a counselling centre before an authority" only after it;
      // "free and confidential" last.
      const steps = page.getByTestId("q-next").locator("li");
      await expect(steps.first()).toHaveAttribute("data-step", "Danger");
      await expect(steps.first()).toHaveText(de.q_next3_danger);
      const order = await steps.evaluateAll((els) => els.map((e) => e.getAttribute("data-step")));
      expect(order.indexOf("Danger")).toBeLessThan(order.indexOf("Papers"));
      expect(order.at(-1)).toBe("Free");
    } else {
      await expect(emergency).toHaveCount(0);
    }
    // The reasons name exactly the answers that were signs.
    const signs = Object.entries(c.replies).filter(([, r]) => r !== "skip").map(([q]) => q);
    if (c.band !== "0" && c.band !== "none") {
      await expect(page.getByTestId("q-reasons").locator("li")).toHaveCount(signs.length);
      await expect(page.getByTestId("q-summary")).toBeVisible();
      // G1 (nothing in writing) is a legal rule, not one of the ILO indicators.
      if (signs.some((q) => q !== "G1")) await expect(page.getByTestId("q-summary-indicators")).toBeVisible();
    }
    // The rights say when their numbers and conditions were last checked, as a date in the language.
    await expect(page.getByTestId("q-rights-checked")).toHaveText(de.q_rights_checked.replace("{{ date }}", "02.12.2026"));
    // Help where the person is: choose a district right here.
    await page.getByTestId("q-district").selectOption("05978");
    const bsa = app.centresOf("05978");
    for (const centre of bsa) {
      await expect(page.getByTestId("q-help-local").locator(`article[data-id="${centre.id}"]`)).toBeVisible();
    }

    // Nothing reached the URL, the history or any storage; nothing was requested.
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(app.requestsAfterLoad()).toEqual([]);
    await storedNothing(page, context);
  });
}

test("an unsure answer on a question about danger shows the emergency numbers, but not a higher band", async ({ app, page }) => {
  await app.goto();
  const check = new SelfCheck(page);
  await check.open();
  await check.start("short");
  await check.answerAll({ A2: "unsure" });
  await expect(check.result).toHaveAttribute("data-band", "0");
  await expect(page.getByTestId("q-emergency")).toBeVisible();
  await expect(page.getByTestId("q-possible")).toHaveText(de.q_possible_3);
});

test("back returns to the previous question with its answer; delete clears everything", async ({ app, page }) => {
  await app.goto();
  const check = new SelfCheck(page);
  await check.open();
  await check.start("short");
  await page.getByTestId("q-answer-no").click();
  await expect(check.question).toHaveAttribute("data-question", "A2");
  await page.getByTestId("q-back").click();
  await expect(check.question).toHaveAttribute("data-question", "A1");
  await expect(page.getByTestId("q-answer-no")).toHaveAttribute("aria-pressed", "true");
  await page.getByTestId("q-delete").click();
  await expect(page.getByTestId("q-start-short")).toBeVisible();
  await expect(page.getByTestId("q-announcer")).toHaveText(de.q_deleted);
  await check.start("short");
  await expect(page.getByTestId("q-answer-no")).toHaveAttribute("aria-pressed", "false");
});

test("switching to the map and back keeps the answers, without a history entry", async ({ app, page }) => {
  await app.goto();
  const historyLength = await page.evaluate(() => history.length);
  const check = new SelfCheck(page);
  await check.open();
  await check.start("short");
  await page.getByTestId("q-answer-yes").click();
  await page.getByTestId("view-find-help").click();
  await expect(app.paths.first()).toBeVisible();
  await expect(check.root).toBeHidden();
  await page.getByTestId("view-self-check").click();
  await expect(check.question).toHaveAttribute("data-question", "A2");
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test("quick exit in the middle of the check leaves no history entry with answers", async ({ app, page }) => {
  const NEUTRAL = "https://www.wetteronline.de/";
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Wetter</title>" }));
  await page.goto("about:blank");
  await app.goto();
  const historyLength = await page.evaluate(() => history.length);
  const url = page.url();
  const check = new SelfCheck(page);
  await check.open();
  await check.start("long");
  for (const reply of ["no", "yes", "yes"] as const) {
    await page.getByTestId(`q-answer-${reply}`).click();
  }
  await expect(check.question).toHaveAttribute("data-question", "A4");
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  // Shift three times, as someone would in a hurry.
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(NEUTRAL);
  // Back goes to the page before the app (replace, not push), never to a page with answers.
  await page.goBack();
  expect(page.url()).toBe("about:blank");
});

test("keyboard only: from the switch to the result", async ({ app, page }) => {
  await app.goto();
  const check = new SelfCheck(page);
  const tabTo = async (testid: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((t) => document.activeElement?.getAttribute("data-testid") === t, testid)) return;
    }
    throw new Error(`Tab never reached ${testid}`);
  };
  await tabTo("view-self-check");
  await page.keyboard.press("Enter");
  await expect(check.heading).toBeFocused();
  await expect(check.heading).toHaveText(de.q_intro_heading);
  await tabTo("q-start-short");
  await page.keyboard.press("Enter");
  for (let n = 1; n <= 10; n++) {
    await expect(check.heading).toBeFocused();
    await expect(page.getByTestId("q-announcer")).toHaveText(de.q_progress.replace("{{ n }}", String(n)).replace("{{ total }}", "10"));
    const id = await check.current();
    // Tab from the heading reaches the answers first: Yes, No, Not sure, Skip.
    await tabTo(id === "B1" ? "q-answer-yes" : id === "A1" || id === "E1" ? "q-answer-yes" : "q-answer-no");
    await page.keyboard.press("Enter");
  }
  await expect(check.result).toHaveAttribute("data-band", "3");
  await expect(check.heading).toBeFocused();
  await tabTo("q-delete");
  await page.keyboard.press("Enter");
  await expect(check.heading).toBeFocused();
  await expect(check.heading).toHaveText(de.q_intro_heading);
});

test("the legal numbers follow the device's date, and say 'not known' outside the known range", async ({ app, page }) => {
  const money = (euros: string, cents: string) => de.q_money.replace("{{ euros }}", euros).replace("{{ cents }}", cents);
  await page.clock.setFixedTime(new Date("2027-03-01T10:00:00"));
  await app.goto();
  const check = new SelfCheck(page);
  await check.open();
  await check.start("short");
  await check.answerAll({ E1: "no" }, async (id) => {
    if (id === "E1") await expect(check.heading).toContainText(money("14", "60"));
  });
  await expect(page.getByTestId("q-rights")).toContainText(money("14", "60"));
  await expect(page.getByTestId("q-rights")).toContainText("01.01.2027");

  await page.clock.setFixedTime(new Date("2031-06-01T10:00:00"));
  await page.getByTestId("q-delete").click();
  await check.start("short");
  await check.answerAll({}, async (id) => {
    if (id === "E1") await expect(check.heading).toHaveText(de.q_e1_unknown);
  });
  await expect(page.getByTestId("q-rights")).toContainText(de.q_right_wage_unknown);
  await expect(page.getByTestId("q-rights")).not.toContainText("€");
});
