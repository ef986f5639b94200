import fs from 'node:fs';
import { PNG } from 'pngjs';
import { drawPicture, pathPictures, pictureDocument, pngSize } from '../scripts/path-images';
import { pathImagePath } from '../lib/shared/links';
import { openGuide } from './support/player';
import { decodeQrPng } from './support/qr';
import { expect, test } from './support/test';

/**
 * The long picture of each guide × version × OS (scripts/path-images.ts, /pictures/), to save or
 * forward in a chat: it exists, is tall, small enough to send, its text large, and the guide, its
 * step pages and the printed handout link to it.
 */
const pictures = pathPictures();

/** The export's origin, as its pages name it (og:url is there only when the build had one). */
function exportOrigin(): string | undefined {
  const m = /<meta property="og:url" content="([^"]+?)\/?"/.exec(fs.readFileSync('out/index.html', 'utf8'));
  return m?.[1];
}

/** The bottom of a PNG (where the link and QR are), as a PNG of its own. */
function bottom(png: Buffer, rows: number): Buffer {
  const src = PNG.sync.read(png);
  const h = Math.min(rows, src.height);
  const out = new PNG({ width: src.width, height: h });
  src.data.copy(out.data, 0, (src.height - h) * src.width * 4);
  return PNG.sync.write(out);
}

test('there is a long picture for every guide × version × OS', () => {
  expect(pictures.length).toBeGreaterThanOrEqual(30);
});

// One test per guide, so the two workers share the decoding (a picture is up to 692×20000 px).
for (const slug of [...new Set(pictures.map((p) => p.slug))]) {
  test(`${slug}: each long picture is a tall PNG under 600 KB, its QR the guide’s link when the export has an origin`, () => {
    const origin = exportOrigin();
    for (const pic of pictures.filter((p) => p.slug === slug)) {
      const png = fs.readFileSync(`out${pic.image}`);
      expect(png.subarray(1, 4).toString(), pic.image).toBe('PNG');
      const { width, height } = pngSize(png);
      expect(width, pic.image).toBeGreaterThanOrEqual(680);
      expect(width, pic.image).toBeLessThanOrEqual(1080);
      // Tall: each step has its own screen, so about a phone's width of height per step at least.
      expect(height, pic.image).toBeGreaterThan(width * pic.steps.length * 0.9);
      expect(png.length, pic.image).toBeLessThanOrEqual(600 * 1024);
      expect(decodeQrPng(bottom(png, Math.round(width * 1.3))) || undefined, pic.image).toBe(origin ? `${origin}${pic.link}` : undefined);
    }
  });
}

test('a picture’s text is 20 px and more, each branch under its own heading, and with an origin its QR opens the guide', async ({
  browser,
}) => {
  const pic = pictures.find((p) => p.image === pathImagePath({ slug: 'first-real-name', variant: 'v8', os: 'android' }))!;
  const html = pictureDocument('out', pic, 'https://tapguide.example');
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.setContent(html);
  // Every piece of text outside the drawn screens at 20 px or more, the screens' text too.
  const sizes = await page.evaluate(() => {
    const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const texts = [...document.querySelectorAll('.pi *')].filter(
      (e) => !e.closest('.tg-window') && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
    );
    const targets = [...document.querySelectorAll('.tg-window .tg-target')];
    const screens = [...document.querySelectorAll('.tg-window .tg-phone-screen')];
    return {
      text: Math.min(...texts.map(px)),
      texts: texts.length,
      screen: Math.min(...screens.map(px)),
      target: Math.min(...targets.map(px)),
      targets: targets.length,
    };
  });
  expect(sizes.texts).toBeGreaterThan(pic.steps.length * 2);
  expect(sizes.text).toBeGreaterThanOrEqual(20);
  expect(sizes.targets).toBeGreaterThanOrEqual(pic.steps.length - 2); // ends have no target
  expect(sizes.screen).toBeGreaterThanOrEqual(20); // the drawn screens' text
  expect(sizes.target).toBeGreaterThanOrEqual(16); // a tab bar's label is smaller than the screen's text, as in the app
  // One picture for both ways of the choice, each under its heading, every step numbered.
  await expect(page.locator('.pi-via')).toHaveText([/^如果选“.+”：$/, /^如果选“.+”：$/]);
  await expect(page.locator('.pi-step')).toHaveCount(pic.steps.length);
  await page.close();

  const png = await drawPicture(browser, html);
  const { width } = pngSize(png);
  expect(decodeQrPng(bottom(png, Math.round(width * 1.3)))).toBe('https://tapguide.example/guides/first-real-name/?v=v8&os=android');
});

test('the guide and its step pages link to the reader’s version’s picture, and so does the printed handout', async ({ page, request }) => {
  await openGuide(page, 'first-real-name', '?v=v7&os=android');
  const link = page.locator('[data-path-picture]');
  await expect(link).toHaveAttribute('href', '/pictures/first-real-name-v7-android.png');
  await expect(link).toBeVisible();
  const res = await request.get('/pictures/first-real-name-v7-android.png');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');

  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('[data-handout-picture]')).toHaveAttribute('href', /\/pictures\/first-real-name-v7-android\.png$/);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));

  await page.goto('/guides/first-real-name/v8/ios/tap-wallet/');
  await expect(page.locator('[data-path-picture]')).toHaveAttribute('href', '/pictures/first-real-name-v8-ios.png');
});
