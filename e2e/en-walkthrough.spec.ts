import { allPaths } from '../lib/flow/walk';
import { loadContent } from '../lib/server/content/load/content';
import { OS_VALUES } from '../lib/shared/constants';
import { ready, status, target } from './support/player';
import { expect, test } from './support/test';
import { recordedUa } from './support/user-agents';

/**
 * Every English guide × version × OS × choice branch, followed from the first step to its end by
 * tapping only the highlighted targets, inside WeChat in English (a recorded Language/en user
 * agent) on a 360×640 phone. As in walkthrough.spec.ts, a route another version or the other OS
 * also takes is walked once, where it first appears.
 */
const { en } = loadContent();
const UA = {
  ios: recordedUa('WeChat 7.0.4 iOS 12.1.2 Language/en'),
  android: recordedUa('WeChat 8.0.15 Android 9 XWEB/2889 MMWEBSDK Language/en'),
};
test.use({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });

type Walk = { guide: (typeof en.guides)[number]; variant: string; first: boolean; path: ReturnType<typeof allPaths>[number]; name: string };
const walks: Record<(typeof OS_VALUES)[number], Walk[]> = { ios: [], android: [] };
for (const guide of en.guides) {
  const walked = new Set<string>();
  for (const [v, variant] of guide.frontmatter.variants.entries()) {
    for (const os of OS_VALUES) {
      const paths = allPaths(guide.flow, { variant: variant.id, os });
      paths.forEach((path, n) => {
        const route = path.steps.map((s) => s.id).join(' → ');
        if (walked.has(route)) return;
        walked.add(route);
        walks[os].push({
          guide,
          variant: variant.id,
          first: v === 0,
          path,
          name: `${guide.slug} · ${variant.id} · ${os} · path ${n + 1}/${paths.length}: ${route}`,
        });
      });
    }
  }
}

for (const os of OS_VALUES) {
  test.describe(`inside WeChat in English on ${os}`, () => {
    test.use({ userAgent: UA[os] });
    for (const { guide, variant, first, path, name } of walks[os]) {
      test(name, async ({ page }) => {
        await page.goto(first ? `/en/guides/${guide.slug}/?os=${os}` : `/en/guides/${guide.slug}/${variant}/?os=${os}`);
        await ready(page);
        await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', os);
        const steps = path.steps;
        for (let i = 0; i < steps.length; i++) {
          const step = steps[i]!;
          await expect(status(page)).toContainText(`Step ${i + 1} of `);
          await expect(status(page)).toContainText(step.title);
          await expect(page.locator(`section#${step.id}`)).toHaveAttribute('aria-current', 'step');
          const next = steps[i + 1];
          if (!next) break;
          const id = step.options?.find((o) => o.to === next.id)?.target ?? step.target!;
          const button = target(page, step.id, id);
          await expect(button).toHaveAccessibleName(/^Tap “/);
          // The target is on the reader's first screen or reachable by scrolling, and big enough to hit.
          const box = (await button.boundingBox())!;
          expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
          await button.click();
          await expect(page).toHaveURL(new RegExp(`#${next.id}$`));
        }
        await expect(page.locator(`#player [data-step="${steps[steps.length - 1]!.id}"] [data-target]`)).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Next step ›' })).toBeDisabled();
      });
    }
  });
}
