import { expect, test } from './support/test';
import { OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { allPaths } from '../lib/flow/walk';
import { openGuide, status, target } from './support/player';

/**
 * Generated from the content: every guide × variant × OS × choice branch is followed from
 * the first step to its end by tapping only the highlighted targets. A new guide is tested
 * without writing a test. A route (the same steps in the same order) that another version or
 * the other OS also takes is walked once, where it first appears: the steps are the same, and
 * every step's drawing on each OS is measured and audited in step-states.spec.ts.
 */
const { guides } = loadContent();
// Screens swap with a short fade instead of sliding: the path is what is tested here, not the motion (player.spec.ts).
test.use({ reducedMotion: 'reduce' });

for (const guide of guides) {
  const walked = new Set<string>();
  for (const variant of guide.frontmatter.variants) {
    for (const os of OS_VALUES) {
      const paths = allPaths(guide.flow, { variant: variant.id, os });
      paths.forEach((path, n) => {
        const route = path.steps.map((s) => s.id).join(' → ');
        if (walked.has(route)) return;
        walked.add(route);
        test(`${guide.slug} · ${variant.id} · ${os} · path ${n + 1}/${paths.length}: ${route}`, async ({ page }) => {
          await openGuide(page, guide.slug, `?v=${variant.id}&os=${os}`);
          await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', os);
          const steps = path.steps;
          for (let i = 0; i < steps.length; i++) {
            const step = steps[i]!;
            await expect(status(page)).toContainText(`第 ${i + 1} / `);
            await expect(status(page)).toContainText(step.title);
            await expect(page.locator(`section#${step.id}`)).toHaveAttribute('aria-current', 'step');
            const next = steps[i + 1];
            if (!next) break;
            const id = step.options?.find((o) => o.to === next.id)?.target ?? step.target!;
            const button = target(page, step.id, id);
            await expect(button).toHaveAccessibleName(/^点击“/);
            await button.click();
            await expect(page).toHaveURL(new RegExp(`#${next.id}$`));
          }
          const last = steps[steps.length - 1]!;
          await expect(status(page)).toContainText(`第 ${steps.length} / ${steps.length} 步`);
          await expect(page.locator(`#player [data-step="${last.id}"] [data-target]`)).toHaveCount(0);
          await expect(page.getByRole('button', { name: '看下一步 ›' })).toBeDisabled();
        });
      });
    }
  }
}
