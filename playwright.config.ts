import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';
import { E2E_REPORTS_PORT, E2E_REPORTS_TOKEN } from './e2e/support/reports';

const PORT = Number(process.env.E2E_PORT ?? 4321);

/**
 * End-to-end tests against the exported site (out/), served on 127.0.0.1 by nginx with the
 * production config (deploy/site.conf), so the tests see production's headers and behaviour.
 */
export default defineConfig({
  testDir: 'e2e',
  // The specs read the content with the build-time loaders, whose `server-only` marker is a no-op outside Next.
  tsconfig: './tsconfig.node.json',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [
    // Specs about phones, or about what does not depend on the viewport (headers, search, every
    // path of every guide), run once, in the phone project; keyboard-only use, once, at desktop size.
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, hasTouch: true },
      testIgnore: /keyboard\.spec\.ts/,
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      testIgnore:
        /(layout|step-states|readers|reports|user-agent|publish|walkthrough|en|deploy|search|offline|path-pictures|visitor-card|versions)\.spec\.ts/,
      // Tests tagged @once in specs that run at both sizes do not depend on the size: phone project only.
      grepInvert: /@once/,
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs out`,
    // The report service behind nginx: a known editors' token for the e2e, and no rate limit (all
    // the suite's requests come from one address).
    env: { PORT: String(PORT), REPORTS_PORT: String(E2E_REPORTS_PORT), REPORTS_TOKEN: E2E_REPORTS_TOKEN, REPORTS_RATE_LIMIT: 'off' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

if (!fs.existsSync('out/index.html')) {
  throw new Error('No exported site in out/: run `npm run build` before the e2e tests.');
}
