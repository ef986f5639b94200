import path from 'node:path';
import { check, test } from './support/harness';
import { live, ready } from './support/player';
import { PHONE } from './support/run-options';

/**
 * A guide and a step page of each edition at the two phone sizes readers hold most, in WebKit: nothing wider than
 * the screen, the drawn phone and its controls on screen, and a screenshot of each for people to look at.
 */
const pages = [
  { name: 'en-guide', path: '/en/guides/wechat-pay-for-visitors/?v=en&os=ios', ready },
  { name: 'en-step', path: '/en/guides/wechat-pay-for-visitors/en/ios/tap-add-card/', ready: live },
  { name: 'guide', path: '/guides/view-real-name/?v=v8&os=ios', ready },
  { name: 'step', path: '/guides/view-real-name/v8/ios/tap-services/', ready: live },
];

for (const size of [
  { width: 360, height: 640 },
  { width: 390, height: 740 },
]) {
  test(`screens at ${size.width}×${size.height}: a guide and a step page of each edition fit, and are photographed`, async ({
    tab,
    shotsDir,
  }) => {
    await tab.viewport(size.width, size.height);
    try {
      for (const page of pages) {
        await tab.goto(page.path);
        await page.ready(tab);
        const fit = await tab.evaluate<{ scroll: number; phone: { left: number; right: number } }>(() => {
          const r = document.querySelector('#player .tg-phone')!.getBoundingClientRect();
          return { scroll: document.documentElement.scrollWidth, phone: { left: r.left, right: r.right } };
        });
        check(fit.scroll <= size.width, `${page.path} scrolls sideways at ${size.width} px: ${fit.scroll} px wide`);
        check(
          fit.phone.left >= 0 && fit.phone.right <= size.width,
          `the drawn phone is cut off at ${size.width} px: ${JSON.stringify(fit.phone)}`,
        );
        await tab.evaluate(() => new Promise((r) => setTimeout(r, 400))); // fonts and the screen's entrance settle
        await tab.screenshot(path.join(shotsDir, `webkit-${page.name}-${size.width}x${size.height}.png`));
      }
      // The largest 字号 on the step page: still nothing wider than the screen.
      await tab.tap('button', { name: '字号' });
      await tab.tap('[data-text-size-panel] label', { name: '特大' });
      await tab.expectAttribute('html', 'data-text-size', 'xlarge');
      await tab.tap('button', { name: '字号' }); // folds the panel away
      const wide = await tab.evaluate<number>(() => document.documentElement.scrollWidth);
      check(wide <= size.width, `the step page at 特大 scrolls sideways at ${size.width} px: ${wide} px wide`);
      await tab.evaluate(() => new Promise((r) => setTimeout(r, 400)));
      await tab.screenshot(path.join(shotsDir, `webkit-step-xlarge-${size.width}x${size.height}.png`));
    } finally {
      await tab.viewport(PHONE.width, PHONE.height);
    }
  });
}
