import { decodeQrPng } from '../e2e/support/qr';
import { check, test } from './support/harness';
import { openGuide, STATUS, target } from './support/player';

/** As e2e/readers.spec.ts and e2e/support-tools.spec.ts, in WebKit: the picker, and the toolbar's link and QR code. */

test('switching the OS in the folded picker keeps the step; a version without it starts over, and says so', async ({ tab }) => {
  await openGuide(tab, 'view-real-name', '?v=v8&os=ios', '#tap-wallet');
  await tab.expectText(STATUS, '第 3 / ');
  await tab.tap('[data-picker-summary] button[aria-expanded]');
  await tab.tap('label', { name: '安卓' });
  await tab.expectText(STATUS, '第 3 / ');
  await tab.expectUrl(/os=android#tap-wallet$/);
  await tab.expectAttribute('#player .tg-phone', 'data-skin', 'android');
  await tab.tap('label', { name: '7.x' });
  await tab.expectText('[data-notice]', '7.x');
  await tab.expectText(STATUS, '第 1 / ');
});

test('the phone’s toolbar: 复制链接 says 已复制, and 二维码 shows a code that scans to the step’s own page', async ({ tab, baseURL }) => {
  await openGuide(tab, 'view-real-name', '?v=v7&os=android');
  await tab.tap(target('open-me', 'tab-me'));
  await tab.expectText(STATUS, '点击“支付”');
  await tab.tap('[data-player-toolbar] button', { name: '复制这一步的链接' });
  await tab.expectText('[data-player-toolbar] [role="status"]', '已复制');
  await tab.tap('[data-player-toolbar] button', { name: '二维码' });
  await tab.expectText('dialog[data-qr]', '第 2 步：点击“支付”');
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const scanned = decodeQrPng(Buffer.from(await tab.driver.takeScreenshot(), 'base64'));
  check(scanned === `${baseURL}/guides/view-real-name/v7/android/tap-pay/`, `the QR code scans to ${scanned}`);
  await tab.tap('dialog[data-qr] button', { name: '关闭' });
  await tab.waitFor('the dialog to close', async () => !(await tab.find('dialog[data-qr]')));
});
