import { expect, test } from './support/test';
import { UA } from '../tests/fixtures/user-agents';
import { openGuide, status } from './support/player';

test.describe('inside WeChat on an iPhone', () => {
  test.use({ userAgent: UA.wechatIos });

  test('the guide picks 8.0 and iPhone from the app, and says so', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(page.getByRole('radio', { name: '8.0 及以上' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'iPhone' })).toBeChecked();
    await expect(page.locator('[data-detected]')).toContainText(/已按你的微信 8\.0\.50 · iPhone 显示/);
  });

  test('picking the version from the app moves nothing on the page (layout shift under the 0.02 budget)', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(page.locator('[data-detected]')).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.02);
  });

  test('an explicit ?v= in the link wins over the app version', async ({ page }) => {
    await openGuide(page, 'view-real-name', '?v=v7');
    await expect(page.getByRole('radio', { name: '7.x' })).toBeChecked();
    await expect(page.locator('[data-detected]')).toHaveCount(0);
    await expect(status(page)).toContainText('第 1 / ');
  });
});

test.describe('inside WeChat 7 on Android', () => {
  test.use({ userAgent: UA.wechat7Android });

  test('the guide picks 7.x and Android', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(page.getByRole('radio', { name: '7.x' })).toBeChecked();
    await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  });
});

test.describe('inside QQ on Android', () => {
  test.use({ userAgent: UA.qqAndroid });

  test('the QQ guide picks 9.x and Android; a WeChat guide is not affected', async ({ page }) => {
    await openGuide(page, 'qq-wallet-real-name');
    await expect(page.getByRole('radio', { name: '9.x' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '安卓' })).toBeChecked();
    await expect(page.locator('[data-detected]')).toContainText(/已按你的QQ 9\.0\.50 · 安卓 显示/);
    await openGuide(page, 'view-real-name');
    await expect(page.getByRole('radio', { name: '8.0 及以上' })).toBeChecked();
    await expect(page.locator('[data-detected]')).toHaveCount(0);
  });
});
