import { allPaths } from '../lib/flow/walk';
import { loadContent } from '../lib/server/content/load/content';
import { OS_VALUES } from '../lib/shared/constants';
import { dictFor, format } from '../lib/shared/i18n';
import { check, test } from './support/harness';
import { LIVE, openGuide, STATUS, target } from './support/player';

/**
 * As e2e/walkthrough.spec.ts and e2e/en-walkthrough.spec.ts, in WebKit: every guide of both editions
 * × version × OS route, from the content, followed from the first step to its end by tapping only the
 * highlighted targets (each route once, where it first appears), in the guide's own words (第 1 / 5 步,
 * Step 1 of 5). With motion on, as an iPhone has it: each tap waits for the screen to settle.
 */
const content = loadContent();

for (const guide of [...content.guides, ...content.en.guides]) {
  const t = dictFor(guide.lang);
  const edition = guide.lang === 'en' ? 'en/' : '';
  // “第 3 / ” and “点击“”: what the status line and a target's name start with, in the guide's language.
  const stepPrefix = (index: number) => format(t.stepOf, { index, total: '\0' }).split('\0')[0]!;
  const tapPrefix = t.tapTarget.split('{label}')[0]!;
  const walked = new Set<string>();
  for (const variant of guide.frontmatter.variants) {
    for (const os of OS_VALUES) {
      const paths = allPaths(guide.flow, { variant: variant.id, os });
      paths.forEach((path, n) => {
        const route = path.steps.map((s) => s.id).join(' → ');
        if (walked.has(route)) return;
        walked.add(route);
        test(`walk ${edition}${guide.slug} · ${variant.id} · ${os} · path ${n + 1}/${paths.length}: ${route}`, async ({ tab }) => {
          await openGuide(tab, guide.slug, `?v=${variant.id}&os=${os}`, '', guide.lang);
          await tab.expectAttribute('#player .tg-phone', 'data-skin', os);
          const steps = path.steps;
          for (let i = 0; i < steps.length; i++) {
            const step = steps[i]!;
            // The status line, the article's current step and the address agree (one round trip a poll).
            await tab.expect(
              `step ${i + 1}, ${step.id}, to be shown`,
              (status: string, nth: string, title: string, id: string, hash: string) => {
                const said = document.querySelector(status)?.textContent ?? '';
                const current = document.querySelector(`section#${id}`)?.getAttribute('aria-current');
                const ok = said.includes(nth) && said.includes(title) && current === 'step' && (!hash || location.hash === hash);
                return ok || `status “${said}”, section aria-current=${current}, ${location.hash}`;
              },
              STATUS,
              stepPrefix(i + 1),
              step.title,
              step.id,
              i > 0 ? `#${step.id}` : '',
            );
            const nextStep = steps[i + 1];
            if (!nextStep) break;
            const id = step.options?.find((o) => o.to === nextStep.id)?.target ?? step.target!;
            const button = await tab.waitFor(`the target ${id} on ${step.id}`, () => tab.find(target(step.id, id)));
            const name = await button.getAccessibleName();
            check(name.startsWith(tapPrefix), `the target ${id} on ${step.id} is named “${name}” in WebKit, not ${tapPrefix}…”`);
            await tab.tap(target(step.id, id));
          }
          const last = steps[steps.length - 1]!;
          await tab.expectText(STATUS, format(t.stepOf, { index: steps.length, total: steps.length }));
          await tab.expectCount(`#player [data-step="${last.id}"] [data-target]`, 0);
          const nextButton = await tab.find('button, a', { name: t.next, within: LIVE });
          check(!!nextButton && (await tab.disabled(nextButton)), `${t.next} is not disabled at the last step`);
        });
      });
    }
  }
}
