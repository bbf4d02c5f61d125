import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. The flags keep Chromium from calling
// home (this machine has no network but the package registries; the app must not need one).
const chromium = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
const port = Number(process.env.E2E_PORT ?? 8091);
// A partner's page for the embedding tests: another origin (port) on the same loopback host.
const partnerPort = Number(process.env.E2E_PARTNER_PORT ?? port + 108);
process.env.E2E_PARTNER_PORT = String(partnerPort);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Pixel 5"],
        browserName: "chromium",
        viewport: { width: 360, height: 740 },
        // German is the app's first language; specs read their expected text from locales/de.json.
        locale: "de-DE",
        launchOptions: chromium,
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node scripts/serve.mjs tests/e2e/partner ${partnerPort}`,
      url: `http://127.0.0.1:${partnerPort}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // The panic-trigger test build (scripts/test makes it; robustness.spec.ts skips without it).
      command: `node scripts/serve.mjs target/dist-panic ${port + 1}`,
      port: port + 1,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
