// Before the e2e tests and before the build draws its link preview images (scripts/og-images.ts):
// use the system Chromium when there is one; otherwise install Playwright's own, so
// `npm install && npm test` works on any machine.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const system = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(system)) {
  console.log(`chromium: using ${system}`);
} else {
  console.log(`chromium: none at ${system}; installing Playwright's own (npx playwright install chromium)`);
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
