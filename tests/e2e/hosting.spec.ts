// Hosting (issue 7, part 4): the served headers are exactly those documented in
// public/_headers, and the app runs under its strict Content-Security-Policy.
import { test, expect } from "./fixtures/app";
import { readdirSync, readFileSync } from "node:fs";

const documented = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8");
const csp = /Content-Security-Policy: (.*)/.exec(documented)![1].trim();

test("the page is served with the documented CSP and contains no inline script or style", async ({ page, request }) => {
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const res = await request.get("/");
  expect(res.headers()["content-security-policy"]).toBe(csp);
  expect(res.headers()["cache-control"]).toBe("no-cache");
  const html = await res.text();
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  expect(html).not.toMatch(/<style[\s>]/);
  expect(html).not.toMatch(/\sstyle=/);
  // Hashed assets may be cached for good; the page itself never.
  const wasm = readdirSync(new URL("../../dist", import.meta.url)).find((f) => f.endsWith("_bg.wasm"))!;
  expect((await request.get(`/${wasm}`)).headers()["cache-control"]).toContain("immutable");
  expect((await request.get("/_headers")).status()).toBe(404);
});

test("the app runs under the CSP without a single violation", async ({ app, page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await app.goto();
  await app.tapDistrict("05978");
  await expect(app.panelHeading).toHaveText("Unna");
  await app.listButton("05315").click();
  await expect(app.panelHeading).toHaveText("Köln");
  await page.locator("select").first().selectOption("en");
  await expect(page.locator("h1")).not.toHaveText("");
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(errors).toEqual([]);
});
