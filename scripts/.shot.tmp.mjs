import fs from 'node:fs';
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [w, h, url, out, ...actions] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
await page.goto('http://127.0.0.1:4173' + url);
await page.waitForTimeout(500);
for (const a of actions) {
  const [kind, arg] = a.split('=');
  if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
  if (kind === 'fill') await page.getByRole('searchbox').fill(arg);
  if (kind === 'scroll') await page.evaluate((y) => scrollTo(0, +y), arg);
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out });
await browser.close();
