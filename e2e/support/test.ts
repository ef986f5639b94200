import { expect, test as base } from '@playwright/test';

/**
 * Every e2e test runs with this guard: the site is served with its production CSP (per-page
 * <meta> with script hashes, and the nginx headers), and any violation in any page of the test's
 * browser context fails the test. Chromium reports each violation as a console error.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
          violations.push(`${m.location().url}: ${m.text()}`);
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
