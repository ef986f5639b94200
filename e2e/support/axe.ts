import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** WCAG 2.0/2.1/2.2 A and AA, with target-size (24×24 CSS px) on. */
const OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
} satisfies Parameters<AxeBuilder['options']>[0];

/**
 * Runs axe on the page (or the part `within` selects) as it is now; fails with each violation's rule, elements and help.
 *
 * The first run on a document goes through `AxeBuilder` (legacy mode: one `axe.run`, the site has
 * no frames), which injects axe-core. It injects the whole source again on every call, which costs
 * more than the audit itself, so later runs on the same document (the player's states, one after
 * another) call the injected `axe.run` with the same options.
 */
export async function expectNoAxeViolations(page: Page, what: string, within?: string): Promise<void> {
  const injected = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  let violations: Violations;
  if (injected) {
    violations = await page.evaluate(
      ([include, options]) =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violations }> } }).axe
          .run(include ? { include: [include] } : document, options)
          .then((r) => r.violations),
      [within ?? null, OPTIONS] as const,
    );
  } else {
    let axe = new AxeBuilder({ page }).setLegacyMode(true).options(OPTIONS);
    if (within) axe = axe.include(within);
    ({ violations } = await axe.analyze());
  }
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}
