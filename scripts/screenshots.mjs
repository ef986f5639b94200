// Takes screenshots of a running site for a person to look at: node scripts/screenshots.mjs [base] [outdir] [path...]
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const dir = process.argv[3] ?? 'screenshots';
const paths = process.argv.slice(4).length ? process.argv.slice(4) : ['/', '/guides/view-real-name/'];
fs.mkdirSync(dir, { recursive: true });
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  for (const p of paths) {
    page.on('pageerror', (e) => console.log('pageerror', p, e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('console', p, m.text()));
    await page.goto(base + p);
    await page.waitForTimeout(400);
    const file = `${dir}/${name}${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
