// Per-keystroke time of the search box in the release build (not a test: tests never time).
// Types town names, town parts and postcodes one character at a time into the search box of
// dist/ in Debian's headless Chromium on a 360 px viewport and reports, per keystroke, the
// time from dispatching the `input` event until the list is rendered (search + DOM update;
// Leptos renders in microtasks, which finish before the zero-delay timer fires).
// Usage: node scripts/bench-search.mjs [dist] [port]   (after `trunk build --release`)
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const [dir = "dist", port = "8093"] = process.argv.slice(2);
const server = spawn(process.execPath, ["scripts/serve.mjs", dir, port], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId("search-input").waitFor();
  const queries = ["Wanne-Eickel", "Rheda Wiedenbrueck", "Bad Godesberg", "Mönchengladbach", "Dortmnud", "44135", "Altstadt", "Sankt Augustin", "Bielefelt", "xyzzy"];
  const times = await page.evaluate(async (queries) => {
    const input = document.querySelector('[data-testid="search-input"]');
    input.focus(); // builds the search keys once (timed separately below)
    const out = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        for (let n = 1; n <= q.length; n++) {
          const t0 = performance.now();
          input.value = q.slice(0, n);
          input.dispatchEvent(new Event("input", { bubbles: true }));
          await new Promise((r) => setTimeout(r, 0));
          out.push(performance.now() - t0);
        }
      }
    }
    return out;
  }, queries);
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
  const mean = (times.reduce((a, b) => a + b, 0) / times.length).toFixed(3);
  console.log(`keystrokes: ${times.length}  mean ${mean} ms  median ${q(0.5)} ms  p95 ${q(0.95)} ms  max ${q(1)} ms`);
  // The first focus builds the keys from the stored names: time it in a fresh page.
  const fresh = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await fresh.goto(`http://127.0.0.1:${port}/`);
  await fresh.getByTestId("search-input").waitFor();
  const build = await fresh.evaluate(() => {
    const t0 = performance.now();
    document.querySelector('[data-testid="search-input"]').focus();
    return performance.now() - t0;
  });
  console.log(`first focus (builds the search keys): ${build.toFixed(2)} ms`);
} finally {
  await browser.close();
  server.kill();
}
