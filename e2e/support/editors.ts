import { expect, type Page } from '@playwright/test';
import { openGuide } from './player';

/** The report loop as people use it, for the exported site (e2e/editors.spec.ts) and `npm run dev` (e2e-dev/). */

/** A reader presses 一样 under a step, and is thanked. */
export async function readerConfirms(page: Page, guide: string, query: string, step: string): Promise<void> {
  await openGuide(page, guide, query, `#${step}`);
  const question = page.locator('#player [data-question]');
  await question.getByRole('button', { name: '一样', exact: true }).click();
  await expect(question.locator('[data-thanks]')).toBeVisible();
}

/** Signs in on /editors/ (already open) with a token; resolves once the page answered. */
export async function signIn(page: Page, token: string): Promise<void> {
  const form = page.locator('[data-sign-in]');
  await form.getByLabel('编辑令牌').fill(token);
  await form.getByRole('button', { name: '登录' }).click();
}

/** A wrong token is refused in words, and nothing of the data is shown. */
export async function expectRefused(page: Page): Promise<void> {
  await expect(page.locator('[data-sign-in]').getByRole('alert')).toHaveText('令牌不对：报告服务没有接受它。');
  await expect(page.locator('[data-dashboard]')).toHaveCount(0);
  await expect(page.getByLabel('编辑令牌')).toHaveAttribute('aria-invalid', 'true');
}

/** The step's row counts at least `same` confirmations, and the guide's weekly chart has them. */
export async function expectConfirmationShown(page: Page, guide: string, variant: string, step: string, same = 1): Promise<void> {
  await expect(page.locator('[data-dashboard]')).toBeVisible({ timeout: 30_000 });
  const row = page.locator(`[data-guide="${guide}"] [data-variant="${variant}"] [data-step="${step}"]`);
  await expect.poll(async () => Number(await row.locator('[data-same]').getAttribute('data-same'))).toBeGreaterThanOrEqual(same);
  const chart = page.locator(`[data-weekly="${guide}"] svg[role="img"]`);
  await expect(chart).toHaveAttribute('aria-label', /共 \d+ 个回答，一样 [1-9]/);
  // The bar of this week is drawn: the last week's 一样 rectangle.
  await expect(chart.locator('g').last().locator('rect').first()).toHaveAttribute('fill', '#047857');
}
