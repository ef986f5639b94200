/**
 * `npm run icons`: draws the favicon set in public/ from public/icon.svg with Chromium (run it after
 * changing the SVG, and commit the results). The build copies each under its content hash to
 * /icons/ (lib/server/views/icons.ts), which is what pages and the manifest name.
 *
 * - icon-192.png, icon-512.png: the SVG as it is (rounded corners, transparent outside);
 * - apple-touch-icon.png (180) and icon-maskable-512.png: full-bleed squares, since iOS and
 *   Android cut their own shape and would fill a transparent corner with black;
 * - favicon.ico: a 32×32 PNG inside an ICO, for the browsers and tools that ask for /favicon.ico.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import UPNG from 'upng-js';
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from '../e2e/support/browser';

const svg = fs.readFileSync('public/icon.svg', 'utf8');
// The same drawing without its rounded corners: the platform masks it.
const square = svg.replace(/ rx="[^"]*"/, '');

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
async function draw(source: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  const { data, width, height } = PNG.sync.read(shot);
  // Lossless, smallest form (UPNG picks a palette when the colours allow it).
  return Buffer.from(UPNG.encode([new Uint8Array(data).buffer], width, height, 0));
}

const out: Record<string, Buffer> = {
  'icon-192.png': await draw(svg, 192),
  'icon-512.png': await draw(svg, 512),
  'apple-touch-icon.png': await draw(square, 180),
  'icon-maskable-512.png': await draw(square, 512),
};
const png32 = await draw(svg, 32);
await browser.close();

// ICO: a 6-byte header, one 16-byte directory entry, then the PNG itself.
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png32.length, 14);
header.writeUInt32LE(22, 18); // offset of the image
out['favicon.ico'] = Buffer.concat([header, png32]);

for (const [name, data] of Object.entries(out)) {
  fs.writeFileSync(`public/${name}`, data);
  console.log(`✓ public/${name} (${data.length} bytes)`);
}
