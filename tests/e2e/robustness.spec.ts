// Robustness: when the app panics, the person sees the friendly error and quick exit still
// works. The panic comes from a test build (cargo feature `panic-trigger`) that scripts/test
// makes into target/dist-panic and Playwright serves on the next port (playwright.config.ts).
// The release dist/ must never contain the trigger.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { test, expect, de } from "./fixtures/app";

const ROOT = new URL("../../", import.meta.url).pathname;
const TRIGGER = "#__panic_trigger__"; // = src/safety/panic_trigger.rs TRIGGER
const PANIC_DIST = join(ROOT, "target/dist-panic");
const PANIC_PORT = Number(process.env.E2E_PORT ?? 8091) + 1;
const NEUTRAL = "https://www.wetteronline.de/";

/** Whether any file in a build contains the trigger (wasm data section, JS, HTML). */
function hasTrigger(dir: string) {
  const needle = Buffer.from(TRIGGER.slice(1));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .some((d) => readFileSync(join(d.parentPath, d.name)).includes(needle));
}

test("the release dist/ has no panic trigger", () => {
  expect(hasTrigger(join(ROOT, "dist")), "dist/ contains the panic trigger").toBe(false);
  // The check can see a trigger: the test build has one.
  if (existsSync(PANIC_DIST)) expect(hasTrigger(PANIC_DIST), "target/dist-panic lacks the trigger").toBe(true);
});

test.describe("after a panic", () => {
  test.skip(!existsSync(join(PANIC_DIST, "index.html")), "n/a (no panic build: scripts/test makes target/dist-panic)");
  const base = `http://127.0.0.1:${PANIC_PORT}/`;

  test.beforeEach(async ({ page }) => {
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>Wetter</title>" }));
  });

  test("the test build works normally without the trigger", async ({ page }) => {
    await page.goto(base);
    await expect(page.locator("svg.map path")).toHaveCount(53);
    await expect(page.locator("#app-error")).toBeHidden();
  });

  test("the friendly error shows and the quick-exit button still leaves", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base + TRIGGER);
    await expect(page.locator("#app-error")).toBeVisible();
    await expect(page.locator("#app-error")).toHaveText(de.error_message);
    expect(errors.length, "the panic reached the page as an error").toBeGreaterThan(0);
    await page.getByTestId("quick-exit").tap();
    await expect(page).toHaveURL(NEUTRAL);
  });

  test("after a panic, Shift three times still leaves", async ({ page }) => {
    await page.goto(base + TRIGGER);
    await expect(page.locator("#app-error")).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL(NEUTRAL);
  });
});
