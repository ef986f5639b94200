// Before the e2e tests: use the system Chromium when there is one; otherwise install
// Playwright's own, so `npm install && npm test` works on any machine.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const system = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(system)) {
  console.log(`e2e: using ${system}`);
} else {
  console.log(`e2e: no Chromium at ${system}; installing Playwright's own (npx playwright install chromium)`);
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
