import { expect, test } from '@playwright/test';
import { expectConfirmationShown, expectRefused, readerConfirms, signIn } from '../e2e/support/editors';
import { DEV_REPORTS_TOKEN } from './token';

/**
 * The report loop in `npm run dev`, as a new contributor meets it: the guide's “这一步和你手机上一样吗？”
 * reaches the report service through the dev server's own /api/, the answer is stored (read back
 * through the editors' endpoint with the token), and /editors/ shows it after sign-in.
 */
test('a reader presses 一样 in npm run dev; it is stored, and the editors’ page shows it', async ({ page, request }) => {
  await readerConfirms(page, 'first-real-name', '?v=v8&os=android', 'open-me');

  const summary = await request.get('/api/reports/summary', { headers: { Authorization: `Bearer ${DEV_REPORTS_TOKEN}` } });
  expect(summary.status()).toBe(200);
  const body = (await summary.json()) as {
    guides: { guide: string; variants: { variant: string; steps: { step: string; current: { same: number } }[] }[] }[];
  };
  const step = body.guides
    .find((g) => g.guide === 'first-real-name')
    ?.variants.find((v) => v.variant === 'v8')
    ?.steps.find((s) => s.step === 'open-me');
  expect(step?.current.same).toBe(1);
  expect((await request.get('/api/reports/summary', { headers: { Authorization: 'Bearer wrong' } })).status()).toBe(401);

  await page.goto('/editors/', { timeout: 120_000 });
  await signIn(page, 'wrong');
  await expectRefused(page);
  await signIn(page, DEV_REPORTS_TOKEN);
  await expectConfirmationShown(page, 'first-real-name', 'v8', 'open-me');
});
