// Offline copy, opt-in (issue 7): only after the press on "keep this page available offline"
// does the app register sw.js, which stores the app's own files; then the map, the directory
// and the self-check work with the network gone. Without the press nothing is registered or
// cached; "delete" leaves nothing; inside a partner's frame the button is not offered.
// Every test starts in a fresh browser context, so no registration survives between tests.
import { test, expect, de, App } from "./fixtures/app";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "@playwright/test";

const PARTNER = `http://127.0.0.1:${process.env.E2E_PARTNER_PORT}`; // another origin: playwright.config.ts

/** The files the copy must hold: everything the build wrote except what is not part of the page. */
// Everything in dist/ except the hosting file, the worker itself and what partner pages load
// (the loader, and the direct mount's files): those are not part of the app's own page.
const SHELL = readdirSync(new URL("../../dist", import.meta.url))
  .filter((f) => !["_headers", "embed.js", "sw.js", "mount.js", "mount.css", "map.svg"].includes(f))
  .map((f) => (f === "index.html" ? "/" : `/${f}`))
  .sort();

/** What the browser keeps for this origin: registrations, and each cache with its URLs. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const registrations = (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope);
    const caches_: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      caches_[name] = keys.map((r) => new URL(r.url).pathname).sort();
    }
    return { registrations, caches: caches_ };
  });

/** Records CSP violations from the first script on, for every page load. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as any).__violations as string[]);

const offlineButton = (page: Page) => page.getByTestId("offline-button");

/** Presses "keep available offline" and waits until the worker is active and controls the page. */
async function saveCopy(app: App, page: Page) {
  await expect(offlineButton(page)).toHaveText(de.offline_save);
  await offlineButton(page).click();
  await expect(page.getByTestId("offline-status")).toHaveText(de.offline_saved, { timeout: 20_000 });
  await expect(page.getByTestId("announcer")).toHaveText(de.offline_saved);
  await expect(offlineButton(page)).toHaveText(de.offline_delete);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
}

test("offline mode works after the opt-in: map, directory, self-check and ?lang=ro with the network blocked", async ({ app, page, context }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await watchCsp(page);
  await app.goto();
  // The trade-off is written next to the button, and the button points to it.
  const block = page.getByTestId("offline");
  await expect(block).toContainText(de.offline_what);
  await expect(block).toContainText(de.offline_trace);
  await expect(offlineButton(page)).toHaveAttribute("aria-describedby", "offline-note");
  expect(await stored(page)).toEqual({ registrations: [], caches: {} });

  await saveCopy(app, page);
  // Exactly this build's app shell, in one cache of ours.
  const { registrations, caches } = await stored(page);
  expect(registrations).toEqual([new URL("/", page.url()).href]);
  const names = Object.keys(caches);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^wegweiser-offline-[0-9a-f]{16}$/);
  expect(caches[names[0]]).toEqual(SHELL);
  expect(SHELL.some((f) => f.endsWith("_bg.wasm"))).toBe(true);

  await context.setOffline(true);
  const requests = app.requests.length;
  await page.reload();
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(app.paths).toHaveCount(53);
  // Every file of the page came from the copy.
  const loaded = app.requests.slice(requests);
  expect(loaded.length).toBeGreaterThanOrEqual(SHELL.length);
  for (const r of loaded) {
    expect((await r.response())?.fromServiceWorker(), `${r.url()} from the offline copy`).toBe(true);
  }
  // The stored copy is shown as such after the reload.
  await expect(offlineButton(page)).toHaveText(de.offline_delete);
  await expect(page.getByTestId("offline-status")).toHaveText(de.offline_stored);
  // Map and directory.
  await app.tapDistrict("05978");
  await app.expectHelpFor("05978", "Unna");
  await app.listButton("05315").click();
  await app.expectHelpFor("05315", "Köln");
  // The self-check.
  await page.getByTestId("view-self-check").click();
  await page.getByTestId("q-start-short").click();
  await expect(page.getByTestId("q-question")).toBeVisible();
  await page.getByTestId("q-answer-yes").click();
  await expect(page.getByTestId("q-question").or(page.getByTestId("q-result"))).toBeVisible();
  // Another start language, still offline: the page under any query string is the stored one.
  await page.goto("/?lang=ro");
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1);
  await app.listButton("05978").click();
  await expect(app.panelHeading).toHaveText("Unna");
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  // The network is really gone: only the copy answers (embed.js is not part of it).
  expect(await page.evaluate(() => fetch("/embed.js").then(() => "fetched", () => "failed"))).toBe("failed");
});

test("without the press nothing is registered, fetched for it or cached", async ({ app, page, context }) => {
  // The context also sees what a service worker would fetch (the page's own log does not).
  const seen: string[] = [];
  context.on("request", (r) => seen.push(r.url()));
  await app.goto();
  await expect(offlineButton(page)).toHaveText(de.offline_save);
  // A journey through the app: map, list, self-check.
  await app.tapDistrict("05978");
  await app.expectHelpFor("05978", "Unna");
  await page.getByTestId("view-self-check").click();
  await page.getByTestId("q-start-short").click();
  await page.getByTestId("q-answer-no").click();
  await page.waitForTimeout(200); // anything set off late still counts
  // Only what the page loaded itself, once: no worker script, no second copy of any file.
  expect(seen.filter((u) => u.endsWith("/sw.js"))).toEqual([]);
  expect(seen.length).toBe(app.requests.length);
  expect(await stored(page)).toEqual({ registrations: [], caches: {} });
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test("delete leaves no registration and no cache, also after a reload", async ({ app, page }) => {
  await watchCsp(page);
  await app.goto();
  await saveCopy(app, page);
  await offlineButton(page).click();
  await expect(page.getByTestId("offline-status")).toHaveText(de.offline_deleted);
  await expect(page.getByTestId("announcer")).toHaveText(de.offline_deleted);
  await expect(offlineButton(page)).toHaveText(de.offline_save);
  // Focus stays on the button through both presses (one button, its label follows the state).
  await expect(offlineButton(page)).toBeFocused();
  expect(await stored(page)).toEqual({ registrations: [], caches: {} });
  // The old worker still controls this page until it is left; it must not store anything again.
  await app.listButton("05978").click();
  await page.reload();
  await expect(page.locator("#app[data-app=ready]")).toHaveCount(1);
  await expect(offlineButton(page)).toHaveText(de.offline_save);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(await stored(page)).toEqual({ registrations: [], caches: {} });
  expect(await violations(page)).toEqual([]);
});

test("a new build replaces the old copy: one cache of ours, the new one", async ({ page }) => {
  // A copy of dist/ on its own server, so this test can publish "the next build" without
  // touching what the other tests load (the browser fetches a worker update past any route).
  const dir = mkdtempSync(join(tmpdir(), "wegweiser-offline-"));
  cpSync(fileURLToPath(new URL("../../dist", import.meta.url)), dir, { recursive: true });
  const server = spawn("node", ["scripts/serve.mjs", dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const line: string = await new Promise((ok) => server.stdout!.once("data", (d) => ok(String(d))));
    const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const app = new App(page);
    await app.goto(`${origin}/`);
    await saveCopy(app, page);
    const [old] = Object.keys((await stored(page)).caches);
    // The next build: same files, another version (as after any change to one of them).
    const worker = join(dir, "sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/(const CACHE = PREFIX \+ ")[0-9a-f]{16}/, "$10123456789abcdef"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const next = "wegweiser-offline-0123456789abcdef";
    expect(old).not.toBe(next);
    await expect.poll(async () => Object.keys((await stored(page)).caches)).toEqual([next]);
    expect((await stored(page)).caches[next]).toEqual(SHELL);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

const FAILURES: { name: string; cause: (context: BrowserContext) => Promise<unknown> }[] = [
  // The worker itself cannot be fetched: registering is refused.
  { name: "the network is gone before the press", cause: (context) => context.setOffline(true) },
  // The worker starts storing, then one file fails: the half-filled cache must go again.
  { name: "one file fails while storing", cause: (context) => context.route("**/*_bg.wasm", (r) => r.abort()) },
];
for (const { name, cause } of FAILURES) {
  test(`a copy that cannot be stored says so and leaves nothing: ${name}`, async ({ app, page, context }) => {
    await app.goto();
    await cause(context);
    await offlineButton(page).click();
    await expect(page.getByTestId("offline-status")).toHaveText(de.offline_save_failed, { timeout: 20_000 });
    await expect(page.getByTestId("offline-status")).toHaveClass(/offline-problem/);
    await expect(page.getByTestId("announcer")).toHaveText(de.offline_save_failed);
    await expect(offlineButton(page)).toHaveText(de.offline_save);
    expect(await stored(page)).toEqual({ registrations: [], caches: {} });
    // The app still works.
    await app.listButton("05978").click();
    await expect(app.panelHeading).toHaveText("Unna");
  });
}

test("the worker is served to be revalidated on every visit, as JavaScript", async ({ request }) => {
  const res = await request.get("/sw.js");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-cache");
  expect(res.headers()["content-type"]).toMatch(/^text\/javascript/);
});

test("inside a partner's frame the button is not offered", async ({ app, page, baseURL }) => {
  await app.goto();
  await expect(page.getByTestId("offline")).toHaveCount(1);
  const q = new URLSearchParams({ app: new URL(baseURL!).origin, w: JSON.stringify([{ "data-view": "map" }]) });
  await page.goto(`${PARTNER}/?${q}`);
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator("#app[data-app=ready]")).toHaveCount(1);
  // The footer is there, the offline block is not.
  await expect(frame.locator(".site-footer .privacy")).toHaveText(de.privacy_note);
  await expect(frame.getByTestId("offline")).toHaveCount(0);
  await expect(frame.getByText(de.offline_save)).toHaveCount(0);
});

test("without service workers (e.g. a page not served over https) the button is not offered", async ({ app, page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  // What a browser shows a page outside a secure context: no navigator.serviceWorker.
  await page.addInitScript(() => delete (Navigator.prototype as any).serviceWorker);
  await app.goto();
  await expect(page.locator(".site-footer .privacy")).toHaveText(de.privacy_note);
  await expect(page.getByTestId("offline")).toHaveCount(0);
  await app.listButton("05978").click();
  await expect(app.panelHeading).toHaveText("Unna");
  expect(errors).toEqual([]);
});
