import fs from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { expectConfirmationShown, expectRefused, readerConfirms, signIn } from './support/editors';
import { E2E_REPORTS_TOKEN } from './support/reports';
import { expect, test } from './support/test';
import { recordedUa } from './support/user-agents';

/**
 * /editors/ on the exported site behind nginx, with the report service as in production: a
 * reader answers inside WeChat, an editor signs in (a wrong token first) and finds the answer in
 * the table and the weekly chart, the re-check list names a newer app version readers are on, the
 * stale list the versions no one confirmed. update-id-info is this spec's own guide: no other
 * spec sends answers about it, so what the lists say is what this test sent.
 */
// Long flows on a shared machine: two contexts, every guide's tables, axe over the whole dashboard.
test.describe.configure({ timeout: 120_000 });

const wechat = recordedUa('WeChat 8.0.49 iOS 17.3');
const index = JSON.parse(fs.readFileSync('out/report-index.json', 'utf8')) as {
  guides: Record<string, { steps: Record<string, { rev: string }> }>;
};

test('a reader answers; an editor signs in on /editors/ and sees it in the table, the chart and the lists @once', async ({
  browser,
  request,
}) => {
  const reader = await browser.newContext({ userAgent: wechat, viewport: { width: 390, height: 740 }, hasTouch: true });
  await readerConfirms(await reader.newPage(), 'update-id-info', '?v=v8&os=ios', 'tap-services');
  await reader.close();
  // A reader on a newer WeChat than any that confirmed v8 (sent as the page would).
  const newer = await request.post('/api/reports', {
    data: {
      guide: 'update-id-info',
      variant: 'v8',
      os: 'android',
      step: 'tap-services',
      rev: index.guides['update-id-info']!.steps['tap-services']!.rev,
      answer: 'different',
      reason: 'different-text',
      text: '是“支付与服务”',
      appVersion: '8.0.62',
      source: 'reader',
    },
  });
  expect(newer.status()).toBe(201);

  const editor = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await editor.newPage();
  const res = await page.goto('/editors/');
  expect(res?.headers()['cache-control']).toBe('no-store');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('[data-dashboard]')).toHaveCount(0);

  await signIn(page, 'not-the-editors-token');
  await expectRefused(page);

  await signIn(page, E2E_REPORTS_TOKEN);
  await expectConfirmationShown(page, 'update-id-info', 'v8', 'tap-services');
  const step = page.locator('[data-guide="update-id-info"] [data-variant="v8"] [data-step="tap-services"]');
  await expect(step).toContainText('字不一样 1');
  await expect(step).toContainText('“是“支付与服务”” × 1');
  await expect(step.locator('[data-share]')).toHaveAttribute('data-share', '50');
  await expect(page.locator('[data-recheck="update-id-info/v8/8.0.6x"]')).toContainText('微信 8.0.6x：1 个回答，比已确认的 8.0.49 新');
  await expect(page.locator('[data-stale="update-id-info/v6"]')).toContainText('从未确认');
  await expect(page.locator('[data-stale="update-id-info/v8"]')).toHaveCount(0);
  await expect(page.locator('[data-versions="update-id-info"] svg')).toHaveAttribute(
    'aria-label',
    /微信 8\.0\.6x 1 个回答，微信 8\.0\.4x 1 个回答/,
  );

  // The token is kept for this tab only: a reload stays signed in, another tab asks again, nothing in localStorage.
  await page.reload();
  await expect(page.locator('[data-dashboard]')).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(E2E_REPORTS_TOKEN);
  const other = await editor.newPage();
  await other.goto('/editors/');
  await expect(other.locator('[data-sign-in]')).toBeVisible();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.locator('[data-sign-in]')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await editor.close();
});

test('/editors/ passes axe signed out, refused and signed in', async ({ page }) => {
  await page.goto('/editors/');
  await expect(page.locator('[data-sign-in]')).toBeVisible();
  await expectNoAxeViolations(page, '/editors/ signed out');
  await signIn(page, 'wrong');
  await expectRefused(page);
  await expectNoAxeViolations(page, '/editors/ with a wrong token');
  await signIn(page, E2E_REPORTS_TOKEN);
  await expect(page.locator('[data-dashboard]')).toBeVisible();
  await expectNoAxeViolations(page, '/editors/ signed in');
  // No sideways scroll at either size.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a step with more texts than the summary lists: 显示更多 reads the rest page by page @once', async ({ browser, request }) => {
  // The last step v8 shows on iPhone (not tap-services, which the test above counts).
  const pages = (index.guides['update-id-info'] as unknown as { pages: string[] }).pages.filter((p) => p.startsWith('v8/ios/'));
  const step = pages[pages.length - 1]!.split('/')[2]!;
  const rev = index.guides['update-id-info']!.steps[step]!.rev;
  const texts = Array.from({ length: 26 }, (_, i) => `按钮的位置不一样，第 ${i + 1} 种说法`);
  for (const text of texts) {
    const res = await request.post('/api/reports', {
      data: { guide: 'update-id-info', variant: 'v8', os: 'ios', step, rev, answer: 'different', reason: 'other', text, source: 'reader' },
    });
    expect(res.status()).toBe(201);
  }
  const editor = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await editor.newPage();
  await page.goto('/editors/');
  await signIn(page, E2E_REPORTS_TOKEN);
  const row = page.locator(`[data-guide="update-id-info"] [data-variant="v8"] [data-step="${step}"]`);
  const listed = row.getByRole('list', { name: '读者写的' }).getByRole('listitem');
  await expect(listed).toHaveCount(20); // the summary's cap per step
  await row.locator('[data-more-texts]').click();
  await expect(listed).toHaveCount(26);
  for (const text of texts) await expect(row).toContainText(text);
  await expect(row.locator('[data-more-texts]')).toHaveCount(0);
  await editor.close();
});
