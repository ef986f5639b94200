import type { Summary } from '../service/src/summary';
import { check, test } from './support/harness';
import { live, LIVE, next, openGuide, previous, STATUS, target } from './support/player';

/** As e2e/readers.spec.ts and e2e/reports.spec.ts, in WebKit: Back, 字号, a step page, the step question. */

test('each step is a history entry: Back walks back through the steps, Forward again, and from the first step Back leaves', async ({
  tab,
}) => {
  await tab.goto('/');
  await openGuide(tab, 'view-real-name', '?v=v8&os=android');
  await tab.tap(target('open-me', 'tab-me'));
  await tab.expectText(STATUS, '第 2 / ');
  await next(tab);
  await tab.expectText(STATUS, '第 3 / ');
  await tab.expectUrl(/#tap-wallet$/);
  await tab.back();
  await tab.expectText(STATUS, '第 2 / ');
  await tab.expectUrl(/#tap-services$/);
  await tab.back();
  await tab.expectText(STATUS, '第 1 / ');
  await tab.forward();
  await tab.expectText(STATUS, '第 2 / ');
  // The site's own 上一步 is the same move as the phone's Back: one entry, not a new one.
  await previous(tab);
  await tab.expectText(STATUS, '第 1 / ');
  await tab.back();
  await tab.expectUrl(/:\d+\/$/);
});

test('a step page: its own address, 看下一步 goes to the next step’s page, Back comes back to it', async ({ tab }) => {
  await tab.goto('/guides/view-real-name/v8/ios/tap-services/');
  await tab.expectText(STATUS, '第 2 / ');
  await tab.expectText(STATUS, '点击“服务”');
  await next(tab);
  await tab.expectUrl(/\/guides\/view-real-name\/v8\/ios\/tap-wallet\/$/);
  await tab.expectText(STATUS, '第 3 / ');
  await tab.back();
  await tab.expectUrl(/\/guides\/view-real-name\/v8\/ios\/tap-services\/$/);
  await tab.expectText(STATUS, '点击“服务”');
});

const labelSize = (tab: import('./support/tab').Tab) =>
  tab.evaluate<number>(() => {
    const spans = document.querySelectorAll('#player [data-live] [data-target="tab-me"] span');
    return parseFloat(getComputedStyle(spans[spans.length - 1]!).fontSize);
  });

test('字号: 特大 makes the drawn phone’s text larger, is remembered on the next guide, and the page still fits', async ({ tab }) => {
  await openGuide(tab, 'view-real-name');
  const before = await labelSize(tab);
  await tab.tap('button', { name: '字号' });
  await tab.tap('[data-text-size-panel] label', { name: '特大' });
  await tab.waitFor(`the drawn label to grow from ${before}px`, async () => (await labelSize(tab)) > before * 1.2);
  await openGuide(tab, 'minors');
  await tab.expectAttribute('html', 'data-text-size', 'xlarge');
  const [scrollWidth, innerWidth] = await tab.evaluate<[number, number]>(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scrollWidth <= innerWidth, `the page scrolls sideways at 特大: ${scrollWidth} px wide in ${innerWidth}`);
  check(!!(await tab.find(STATUS)), 'the status line is not shown at 特大');
  check(!!(await tab.find('button', { name: '看下一步 ›', within: LIVE })), '看下一步 is not shown at 特大');
  await tab.tap('button', { name: '字号' });
  await tab.tap('[data-text-size-panel] label', { name: '标准' });
  await tab.expectAttribute('html', 'data-text-size', null);
});

test('the step question inside WeChat on iPhone: 一样 in one tap and 不一样 in three, both stored by the service', async ({
  tab,
  reportsURL,
  reportsToken,
}) => {
  await openGuide(tab, 'view-real-name', '?v=v8&os=ios', '#tap-services');
  const q = '#player [data-question]';
  await tab.expectText(q, '这一步和你手机上一样吗？');
  await tab.expectText(q, '不发任何能认出你的信息');
  await tab.tap('button', { name: '一样', within: q });
  await tab.waitFor('the thanks', () => tab.find(`${q} [data-thanks]`));

  await next(tab);
  await tab.expectText(STATUS, '第 3 / ');
  await tab.tap('button', { name: '不一样', within: q });
  await tab.tap('label', { name: '字不一样', within: q });
  const field = await tab.waitFor('the text field', () => tab.find(`${q} input[type="text"]`));
  await field.sendKeys('钱包与卡包');
  await tab.tap('button', { name: '发送', within: q });
  await tab.waitFor('the thanks', () => tab.find(`${q} [data-thanks]`));

  // What the service stored: read back as the editors do, with their token.
  const summary = await tab.waitFor('the reports in the service', async () => {
    const res = await fetch(`${reportsURL}/api/reports/summary`, { headers: { authorization: `Bearer ${reportsToken}` } });
    const s = (await res.json()) as Summary;
    const steps = s.guides.find((g) => g.guide === 'view-real-name')?.variants.find((v) => v.variant === 'v8')?.steps ?? [];
    const services = steps.find((x) => x.step === 'tap-services');
    const wallet = steps.find((x) => x.step === 'tap-wallet');
    return !!services?.current.same && !!wallet?.current.different && { services, wallet };
  });
  const ios = summary.services.current.byApp.find((a) => a.os === 'ios');
  check(
    ios?.app === '8.0',
    `the 一样 was stored without the app version from the WeChat user agent: ${JSON.stringify(summary.services.current.byApp)}`,
  );
  check(
    summary.wallet.current.reasons['different-text'] === 1,
    `the 不一样 was stored with ${JSON.stringify(summary.wallet.current.reasons)}`,
  );
  check(
    summary.wallet.texts.some((t) => t.text === '钱包与卡包'),
    `the typed words were not stored as typed in WebKit: ${JSON.stringify(summary.wallet.texts)}`,
  );
});

test('a step page opened from a link loads its own step with the question, and Back from the first step leaves', async ({ tab }) => {
  await tab.goto('/');
  await tab.goto('/guides/first-real-name/v8/ios/choose-way/');
  await live(tab);
  await tab.expectText(STATUS, '第 ');
  await tab.waitFor('the step question', () => tab.find('#player [data-question]'));
  await tab.back();
  await tab.expectUrl(/:\d+\/$/);
});
