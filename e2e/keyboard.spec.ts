import { OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { allPaths } from '../lib/flow/walk';
import { openGuide, status, target } from './support/player';
import { expect, test } from './support/test';

/**
 * Keyboard only, generated from the content: every guide, on every version, from the top of the
 * page to the last step of its first path, with Tab and Enter alone. Focus must follow each
 * step's target (a choice's options are reached with Tab).
 */
const isFocused = (page: import('@playwright/test').Page, sel: string) => page.evaluate((s) => !!document.activeElement?.matches(s), sel);

for (const guide of loadContent().guides) {
  for (const variant of guide.frontmatter.variants) {
    const os = OS_VALUES[0];
    const path = allPaths(guide.flow, { variant: variant.id, os })[0]!;
    test(`${guide.slug} · ${variant.id}: done with the keyboard alone`, async ({ page }) => {
      await openGuide(page, guide.slug, `?v=${variant.id}&os=${os}`);
      await page.locator('body').focus();
      const steps = path.steps;
      for (let i = 0; i < steps.length - 1; i++) {
        const step = steps[i]!;
        const next = steps[i + 1]!;
        const id = step.options?.find((o) => o.to === next.id)?.target ?? step.target!;
        const sel = `#player [data-step="${step.id}"] [data-target="${id}"]`;
        // From the top of the page (first step), or on from where focus followed the last tap.
        for (let n = 0; n < 60 && !(await isFocused(page, sel)); n++) await page.keyboard.press('Tab');
        await expect(target(page, step.id, id)).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(status(page)).toContainText(`第 ${i + 2} / `);
        await expect(status(page)).toContainText(next.title);
      }
      await expect(status(page)).toContainText(`第 ${steps.length} / ${steps.length} 步`);
    });
  }
}
