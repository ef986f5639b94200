import { expect, test } from '@playwright/test';

test('the home page lists guides by app', async ({ page }) => {
  await page.goto('/');
  const wechat = page.getByRole('region', { name: '微信' });
  await expect(wechat.getByRole('link', { name: /查看微信实名信息/ })).toHaveAttribute('href', '/guides/view-real-name/');
  await expect(page.getByText('不要把身份证号、短信验证码或支付密码发给别人')).toBeVisible();
});

test('an unknown page gets the site’s 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the guide page tells readers it is unofficial and how sure it is', async ({ page }) => {
  await page.goto('/guides/view-real-name/');
  await expect(page.locator('[data-callout="safety"]').first()).toContainText('不要把身份证号、验证码或支付密码发给任何人');
  await expect(page.getByText('未在真机核对').first()).toBeVisible();
  await expect(page.getByText('把握程度：中').first()).toBeVisible();
});

test('pages load without errors in the console (no hydration mismatch, no missing files)', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  for (const path of ['/', '/guides/view-real-name/', '/guides/view-real-name/?v=v7&os=android#choose-path']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});
