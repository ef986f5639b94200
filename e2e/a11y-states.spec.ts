import { OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { expectNoAxeViolations } from './support/axe';
import { openGuide } from './support/player';
import { test } from './support/test';

/**
 * axe-core (WCAG 2.2 AA, target-size on) on every step state of the player: each step of each
 * version on each OS, the same states the step pages open on. The player is the same markup at every
 * width, so this runs in the phone project (the page templates are checked at both, e2e/a11y.spec.ts).
 */
const { guides } = loadContent();
test.use({ reducedMotion: 'reduce' });

for (const guide of guides) {
  const pages = pagesOf(guide);
  for (const v of guide.frontmatter.variants) {
    for (const os of OS_VALUES) {
      const mine = pages.filter((x) => x.variant === v.id && x.os === os);
      test(`${guide.slug} · ${v.id} · ${os}: every step state of the player`, async ({ page }) => {
        test.setTimeout(20_000 + mine.length * 4_000);
        await openGuide(page, guide.slug, `?v=${v.id}&os=${os}`);
        // Every step a step page exists for, reached as a reader's link would (#step), checked
        // where it changes: the phone, its status, controls and caption.
        for (const p of mine) {
          await page.evaluate((id) => (location.hash = id), p.step);
          // Settled: the status names the step, the old screen is gone and the new one has faded in.
          await page.waitForFunction(
            ({ step, index }) => {
              const screens = [...document.querySelectorAll<HTMLElement>('#player [data-step]')];
              const status = document.querySelector('#player [data-live] [data-step-status]')?.textContent ?? '';
              return (
                status.includes(`第 ${index} / `) &&
                screens.length > 0 &&
                screens.every((e) => e.dataset.step === step && getComputedStyle(e).opacity === '1')
              );
            },
            { step: p.step, index: p.index },
            { polling: 'raf' },
          );
          await expectNoAxeViolations(page, `${p.path} (the player at that step)`, '#player');
        }
      });
    }
  }
}
