import { expect, test } from './support/test';
import { openGuide, status, pickerRadio } from './support/player';
import { recordedUa as ua } from './support/user-agents';

test.describe('inside WeChat on an iPhone', () => {
  test.use({ userAgent: ua('WeChat 8.0.49 iOS 17.3') });

  test('the guide picks 8.0 and iPhone from the app, and says so', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(await pickerRadio(page, '8.0 及以上')).toBeChecked();
    await expect(await pickerRadio(page, 'iPhone')).toBeChecked();
    await expect(page.locator('[data-detected]')).toContainText(/已按你的微信 8\.0\.49 · iPhone 显示/);
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
    await expect(await pickerRadio(page, '7.x')).toBeChecked();
    await expect(page.locator('[data-detected]')).toHaveCount(0);
    await expect(status(page)).toContainText('第 1 / ');
  });
});

test.describe('inside WeChat 7 on Android', () => {
  test.use({ userAgent: ua('WeChat 7.0.10 Android 9 TBS/45016 ABI/arm64 (nubia)') });

  test('the guide picks 7.x and Android', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(await pickerRadio(page, '7.x')).toBeChecked();
    await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  });
});

test.describe('inside QQ on Android, behind the X5 engine (MQQBrowser/… TBS/… before QQ/)', () => {
  test.use({ userAgent: ua('QQ 8.9.15 Android 12 MQQBrowser/6.2 TBS/046213 with QQTheme etc.') });

  test('the QQ guide picks 8.x and Android and says so; a WeChat guide is not affected', async ({ page }) => {
    await openGuide(page, 'qq-wallet-real-name');
    await expect(await pickerRadio(page, '8.x')).toBeChecked();
    await expect(await pickerRadio(page, '安卓')).toBeChecked();
    await expect(page.locator('[data-detected]')).toContainText(/已按你的QQ 8\.9\.15 · 安卓 显示/);
    await openGuide(page, 'view-real-name');
    await expect(await pickerRadio(page, '8.0 及以上')).toBeChecked();
    await expect(page.locator('[data-detected]')).toHaveCount(0);
  });
});

// QQ's other apps carry a QQ/ number of their own (TIM 3.x on Android, QQ HD's, Tencent Docs' 7.2): never read as QQ's.
for (const { name, says } of [
  { name: "TIM 3.1.1 Android 7.1.1 (V1_AND_SQ_…_TIM_D, QQ/ is TIM's own number, no TIM/ token)", says: /^你在 TIM 里/ },
  { name: 'TIM 3.5.2 iOS 17.3', says: /^你在 TIM 里/ },
  { name: 'QQ HD 4.1.1 iPad iOS 7.1.2 (IPadQQ/)', says: /^你在 QQ HD（iPad 版）里/ },
  { name: 'Tencent Docs 3.1.7 iPad iOS 17.2 (QQ/7.2.0.0 TencentDocs/)', says: /^你在腾讯文档里/ },
]) {
  test.describe(`inside ${name}`, () => {
    test.use({ userAgent: ua(name) });

    test('the QQ guide picks no version from the app’s QQ/ number and says which app it is', async ({ page }) => {
      await openGuide(page, 'qq-wallet-real-name');
      await expect(page.locator('[data-detected="other-app"]')).toHaveText(says);
      await expect(page.locator('[data-detected]')).not.toContainText('已按你的');
    });
  });
}

test.describe('inside WeChat Work on an iPhone', () => {
  test.use({ userAgent: ua('WeChat Work 4.1.39 iOS 18.5, matomo fixture') });

  test('no version is picked from WeChat Work’s MicroMessenger/7.0.1, and the reader is told why', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(await pickerRadio(page, '8.0 及以上')).toBeChecked();
    await expect(await pickerRadio(page, 'iPhone')).toBeChecked();
    await expect(page.locator('[data-detected="other-app"]')).toHaveText(/^你在企业微信里/);
  });
});

test.describe('inside desktop WeChat on a Mac', () => {
  test.use({ userAgent: ua('Mac WeChat 3.8.10 XWEB/1227') });

  test('no phone is claimed, and the reader is told to follow the steps on their phone', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(page.locator('[data-detected="other-app"]')).toHaveText(/^你在电脑版微信里/);
    await expect(page.locator('[data-detected]')).not.toContainText('iPhone');
  });
});

test.describe('inside WeChat on HarmonyOS NEXT', () => {
  test.use({ userAgent: ua('WeChat 8.0.18 on HarmonyOS 6.1 (OpenHarmony 6.1, ArkWeb 6.0.0.46SP3)') });

  test('the newest version in the Android skin, and a line that says so', async ({ page }) => {
    await openGuide(page, 'view-real-name');
    await expect(await pickerRadio(page, '8.0 及以上')).toBeChecked();
    await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
    await expect(page.locator('[data-detected="harmony"]')).toContainText('鸿蒙');
  });
});
