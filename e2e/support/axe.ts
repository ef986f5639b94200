import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0/2.1/2.2 A and AA, with target-size (24×24 CSS px) on. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (or the part `within` selects) as it is now; fails with each violation's rule, elements and help. */
export async function expectNoAxeViolations(page: Page, what: string, within?: string): Promise<void> {
  // Legacy mode runs axe.run in the page at once (the site has no frames to stitch together),
  // and only violations are collected: about twice as fast, for the hundreds of states checked.
  let axe = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: TAGS }, rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] });
  if (within) axe = axe.include(within);
  const { violations } = await axe.analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}
