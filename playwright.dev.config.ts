import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';
import { DEV_REPORTS_TOKEN } from './e2e-dev/token';

/**
 * `npm run dev`'s script against a temporary copy of content/ (which the live-preview test edits
 * and breaks) and a new report database: the live preview and the report loop. Separate from the
 * e2e suite, which runs against the exported site. E2E_DEV_PORT (4390) is the site; dev.mjs takes
 * the three ports after it (reload events, next dev, the report service).
 */
const PORT = Number(process.env.E2E_DEV_PORT ?? 4390);
// Made once, in the runner; workers load this file again and inherit the variable.
let contentCopy = process.env.LIVE_CONTENT_DIR;
if (!contentCopy) {
  contentCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-content-'));
  fs.cpSync('content', contentCopy, { recursive: true });
  process.env.LIVE_CONTENT_DIR = contentCopy;
}
let reportsData = process.env.LIVE_REPORTS_DIR;
if (!reportsData) {
  reportsData = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-dev-reports-')), 'data');
  process.env.LIVE_REPORTS_DIR = reportsData;
}

export default defineConfig({
  testDir: 'e2e-dev',
  forbidOnly: true,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  timeout: 180_000,
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: chromiumLaunchOptions() },
  webServer: {
    command: 'node scripts/dev.mjs',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CONTENT_RELOAD_PORT: String(PORT + 1),
      TAPGUIDE_CONTENT_DIR: contentCopy,
      REPORTS_TOKEN: DEV_REPORTS_TOKEN,
      REPORTS_DATA_DIR: reportsData,
      REPORTS_RATE_LIMIT: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
