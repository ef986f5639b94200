import { expect, test } from './support/test';
import { openGuide, status, target, pickerRadio } from './support/player';

// Requests the tests cut off (page.route) must come from the page itself: a service worker's own
// fetches bypass page.route, so it is blocked here (e2e/offline.spec.ts tests it).
test.use({ serviceWorkers: 'block' });

// Tests tagged @once do not depend on the viewport: they run in the phone project only (playwright.config.ts).
const SLUG = 'view-real-name';

test('a deep link opens that variant, OS and step, and Back retraces the path to it', async ({ page }) => {
  await openGuide(page, SLUG, '?v=v7&os=android', '#tap-real-name');
  await expect(status(page)).toContainText('第 5 / 6 步');
  await expect(status(page)).toContainText('点击“实名认证”');
  await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
  await expect(page.locator('section#tap-real-name')).toHaveAttribute('aria-current', 'step');
  await expect(target(page, 'tap-real-name', 'real-name')).toBeVisible();
  if (page.viewportSize()!.width < 1024) await expect(page.locator('#player')).toBeInViewport();

  await page.getByRole('button', { name: '‹ 上一步' }).click();
  await expect(status(page)).toContainText('点击“支付管理”');
  await expect(page).toHaveURL(/\?v=v7&os=android#tap-pay-manage$/);
});

test('a tap anywhere but the highlighted element shows a hint and does not advance', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await page.locator('#player [data-screen]').click({ position: { x: 40, y: 120 } });
  await expect(page.locator('#player').getByText('点击高亮的“我”')).toBeVisible();
  await expect(status(page)).toContainText('第 1 / 5 步');
  await expect(page).toHaveURL(/#open-me$/);
});

test('the whole guide can be done with the keyboard alone', async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  // Tab to the highlighted element.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-target') === 'tab-me')) break;
  }
  await expect(target(page, 'open-me', 'tab-me')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('点击“服务”');
  // Focus follows to the next target rather than falling back to the top of the page.
  await expect(target(page, 'tap-services', 'services')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(status(page)).toContainText('点击“钱包”');
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('点击“身份信息”');
  await expect(target(page, 'tap-id-info', 'id-info')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toContainText('第 5 / 5 步');
  // The last step has nothing to tap: focus stays in the phone rather than falling to <body>.
  await expect(page.getByRole('group', { name: '模拟手机画面：查看身份信息' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toContainText('第 4 / 5 步');
  await expect(target(page, 'tap-id-info', 'id-info')).toBeFocused();
  // Next keeps focus on the last step even though it has nothing left to do.
  await page.getByRole('button', { name: '看下一步 ›' }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('第 5 / 5 步');
  await expect(page.getByRole('button', { name: '看下一步 ›' })).toBeFocused();
  await expect(page.getByRole('button', { name: '看下一步 ›' })).toBeDisabled();
});

test('arrow keys in the article do not move the phone', async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await page.locator('#provenance a').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toContainText('第 1 / 5 步');
});

test('following a page anchor (skip link, sources) keeps the step in the address bar', async ({ page }) => {
  await openGuide(page, SLUG, '?v=v7&os=ios', '#tap-pay');
  await page.getByRole('link', { name: /个来源/ }).click();
  await expect(page.locator('#provenance')).toBeInViewport();
  await expect(page).toHaveURL(/\?v=v7&os=ios#tap-pay$/);
  await page.reload();
  await expect(status(page)).toContainText('点击“支付”');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('if the player cannot load, the drawn phone and the steps stay, with a note', { tag: '@once' }, async ({ page }) => {
  // Let through only the scripts the page's HTML names: the player's lazily loaded chunk fails.
  const html = await (await page.request.get('/guides/view-real-name/')).text();
  const named = new Set([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!.split('?')[0]));
  await page.route('**/_next/static/chunks/*.js', (route) =>
    named.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort(),
  );
  await page.goto('/guides/view-real-name/');
  await expect(page.getByRole('alert').filter({ hasText: '模拟手机没能加载' })).toBeVisible();
  await expect(page.locator('#player .tg-phone')).toBeVisible();
  await expect(page.locator('section#tap-services')).toBeVisible();
});

test('the step is announced in a status region whose text changes on each step', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  const region = page.getByRole('status').filter({ hasText: '第 1 / 5 步' });
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: '看下一步 ›' }).click();
  await expect(status(page)).toHaveText(/第 2 \/ 5 步\s*点击“服务”/);
});

test('the article and the phone stay in step both ways', async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await page.getByRole('button', { name: '在手机上显示第 3 步：点击“钱包”' }).click();
  await expect(status(page)).toContainText('第 3 / 5 步');
  await expect(page.locator('section#tap-wallet')).toHaveAttribute('aria-current', 'step');
  await target(page, 'tap-wallet', 'wallet').click();
  await expect(page.locator('section#tap-id-info')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('section#tap-wallet')).not.toHaveAttribute('aria-current', 'step');
});

test('switching the version in the picker changes the steps and the screens', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await expect(page.locator('section#tap-pay')).toBeHidden();
  await (await pickerRadio(page, '7.x')).check();
  await expect(page).toHaveURL(/\?v=v7&os=ios#open-me$/);
  await expect(page.locator('section#tap-pay')).toBeVisible();
  await expect(page.locator('section#tap-services')).toBeHidden();
  await target(page, 'open-me', 'tab-me').click();
  await expect(status(page)).toContainText('点击“支付”');
  await (await pickerRadio(page, '安卓')).check();
  await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
  await expect(status(page)).toContainText('点击“支付”');
});

test(
  'only the reader’s own steps add history entries: a deep link settling and an OS switch replace the entry they are on',
  { tag: '@once' },
  async ({ page }) => {
    await page.goto('/');
    await openGuide(page, SLUG, '?v=v8&os=ios', '#tap-wallet');
    const settled = await page.evaluate(() => history.length);
    await (await pickerRadio(page, '安卓')).check();
    await expect(page).toHaveURL(/os=android#tap-wallet$/);
    expect(await page.evaluate(() => history.length)).toBe(settled);
    await target(page, 'tap-wallet', 'wallet').click();
    await expect(page).toHaveURL(/os=android#tap-id-info$/);
    expect(await page.evaluate(() => history.length)).toBe(settled + 1);
    // Two steps back: the step the link opened on (as switched), then the page before the guide.
    await page.goBack();
    await expect(page).toHaveURL(/os=android#tap-wallet$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  },
);

test('unknown link values fall back to the defaults with a visible notice, as plain text', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, `?v=${encodeURIComponent('<b>v9</b>')}&os=nokia`, '#no-such-step');
  const notice = page.locator('[data-notice]');
  await expect(notice).toContainText('链接里的版本“<b>v9</b>”不在这篇教程里，已改为显示“8.0 及以上”');
  await expect(notice).toContainText('链接里的系统“nokia”无法识别');
  await expect(notice).toContainText('链接里的步骤“no-such-step”不存在');
  await expect(notice.locator('b')).toHaveCount(0);
  await expect(status(page)).toContainText('第 1 / 5 步');
  await expect(page).toHaveURL(/\?v=v8&os=ios#open-me$/);
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
});

test('a step that is not in the linked variant falls back with a notice', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios', '#tap-pay');
  await expect(page.locator('[data-notice]')).toContainText('不属于所选版本');
  await expect(status(page)).toContainText('第 1 / 5 步');
});

test(
  'every request is a same-origin read with no body, and storage holds only display preferences',
  { tag: '@once' },
  async ({ page, baseURL }) => {
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await openGuide(page, SLUG);
    await (await pickerRadio(page, '7.x')).check();
    await (await pickerRadio(page, '安卓')).check();
    await target(page, 'open-me', 'tab-me').click();
    await target(page, 'tap-pay', 'pay').click();
    await target(page, 'choose-path', 'wallet').click();
    await expect(page).not.toHaveURL(/#choose-path$/);
    const reached = new URL(page.url()).hash.slice(1);
    await page.goto('/');
    await page.getByRole('link', { name: /查看微信实名信息/ }).click();
    await expect(status(page)).toContainText('第 1 / ');

    expect(requests.length).toBeGreaterThan(3);
    for (const r of requests) {
      expect(r.url.startsWith(`${baseURL}/`), r.url).toBe(true);
      // Next's static-export prefetch sends a bodiless HEAD for a link's page (to detect redirects)
      // before fetching its segment files; everything else is GET. Nothing is ever sent.
      expect(['GET', 'HEAD'], `${r.method} ${r.url}`).toContain(r.method);
      if (r.method === 'HEAD') expect(r.url.endsWith('/'), r.url).toBe(true);
      expect(r.body, r.url).toBeNull();
    }
    expect(requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(3);
    const stored = await page.evaluate(() => ({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.keys(sessionStorage).filter((k) => !k.startsWith('__next')),
      cookie: document.cookie,
    }));
    // The preferences, and the last step reached in this guide's version (to offer 继续): nothing else.
    expect(stored.local).toEqual({ 'tapguide.os': 'android', [`tapguide.variant.${SLUG}`]: 'v7', [`tapguide.step.${SLUG}.v7`]: reached });
    expect(stored.session).toEqual([]);
    expect(stored.cookie).toBe('');
    expect(await page.locator('form').count()).toBe(0);
  },
);

test('saved preferences apply when the link does not say otherwise, and the link wins when it does', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG);
  await (await pickerRadio(page, '7.x')).check();
  await openGuide(page, SLUG);
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
  await openGuide(page, SLUG, '?v=v8');
  await expect(await pickerRadio(page, '8.0 及以上')).toBeChecked();
});

test('phone-first layout: on a phone the instruction, the phone and Back/Next share the first screen; on a desktop the phone sits beside the article', async ({
  page,
}) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  const width = page.viewportSize()!.width;
  if (width < 1024) {
    await expect(status(page)).toBeInViewport({ ratio: 1 });
    // The phone shows the part of its screen around the target, large; the whole screen is one tap away.
    await expect(page.locator('#player .tg-window')).toBeInViewport({ ratio: 1 });
    await expect(target(page, 'open-me', 'tab-me')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: '看下一步 ›' })).toBeInViewport({ ratio: 1 });
  } else {
    const phone = (await page.locator('#player .tg-phone').boundingBox())!;
    const article = (await page.locator('article').boundingBox())!;
    expect(phone.x).toBeGreaterThan(article.x + article.width);
    await page.mouse.wheel(0, 900);
    await expect(page.locator('#player .tg-phone')).toBeInViewport({ ratio: 1 }); // sticky
  }
});

// The entering screen's position is sampled on every animation frame from just before the tap,
// so the check sees the whole transition whatever the machine's speed.
for (const reduced of [true, false]) {
  test(
    reduced
      ? 'with reduced motion the next screen appears in place instead of sliding in'
      : 'without reduced motion the next screen slides in from the right',
    { tag: '@once' },
    async ({ page }) => {
      if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
      await openGuide(page, SLUG, '?v=v8&os=ios');
      const screen = (await page.locator('#player [data-screen]').boundingBox())!;
      await page.evaluate(() => {
        const xs: number[] = [];
        (window as unknown as { __xs: number[] }).__xs = xs;
        const sample = () => {
          const el = document.querySelector('#player [data-step="tap-services"]');
          if (el) xs.push(el.getBoundingClientRect().x);
          if (xs.length < 40) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await target(page, 'open-me', 'tab-me').click();
      await page.waitForFunction(() => (window as unknown as { __xs: number[] }).__xs.length >= 40);
      const xs = await page.evaluate(() => (window as unknown as { __xs: number[] }).__xs);
      const furthest = Math.max(...xs.map((x) => x - screen.x));
      if (reduced) expect(furthest).toBeLessThan(1);
      else expect(furthest).toBeGreaterThan(screen.width * 0.3);
      expect(xs[xs.length - 1]! - screen.x).toBeCloseTo(0, 0);
    },
  );
}

test(
  'with JavaScript the no-JS copies (every step’s drawn screen, scope badges) are text in a <noscript>, not elements',
  { tag: '@once' },
  async ({ page }) => {
    await openGuide(page, SLUG, '?v=v8&os=ios');
    expect(await page.locator('section.tg-step noscript').count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.querySelectorAll('noscript *').length)).toBe(0);
    await expect(page.getByRole('group', { name: /^示意画面/ })).toHaveCount(0);
  },
);

// An animation of anything else (the tap ring was once a box-shadow) repaints on the main thread
// every frame, and a reader's tap waits behind those frames.
test(
  'the target pulses three times (under five seconds, WCAG 2.2.2), and what animates is only opacity or transform',
  { tag: '@once' },
  async ({ page }) => {
    await openGuide(page, SLUG, '?v=v8&os=ios');
    await target(page, 'open-me', 'tab-me').click();
    const ring = target(page, 'tap-services', 'services');
    await expect(ring).toBeVisible();
    expect(await ring.evaluate((el) => getComputedStyle(el, '::after').animationIterationCount)).toBe('3');
    // Right after the tap the new target's pulse and the screen's slide are running. (A CSS
    // transition, such as the article's current step changing colour, runs once, for 150 ms.)
    const animated = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => !(a instanceof CSSTransition))
        .map((a) => ({
          name: a instanceof CSSAnimation ? a.animationName : a.constructor.name,
          props: [...new Set((a.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k)))].filter(
            (p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p),
          ),
        })),
    );
    expect(animated.map((a) => a.name)).toContain('tg-pulse');
    for (const a of animated)
      expect(
        a.props.every((p) => p === 'opacity' || p === 'transform'),
        `${a.name} animates ${a.props.join(', ')}`,
      ).toBe(true);
  },
);

test('“我的界面不一样” offers the other versions and switches to the one picked', { tag: '@once' }, async ({ page }) => {
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await target(page, 'open-me', 'tab-me').click();
  await page.getByText('我的界面不一样').click();
  await page.getByRole('link', { name: /换成“7.x”（“我”页面里有“支付”）/ }).click();
  await expect(await pickerRadio(page, '7.x')).toBeChecked();
  await expect(status(page)).toContainText('第 1 / ');
  await target(page, 'open-me', 'tab-me').click();
  await expect(status(page)).toContainText('点击“支付”');
});

test(
  '“复制这一步的链接” copies the exact link, which opens the same step, variant and OS in a fresh browser',
  { tag: '@once' },
  async ({ page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openGuide(page, SLUG, '?v=v7&os=android');
    await target(page, 'open-me', 'tab-me').click();
    await expect(status(page)).toContainText('点击“支付”');
    // From the phone's toolbar …
    await page.locator('[data-player-toolbar]').getByRole('button', { name: '复制这一步的链接' }).click();
    await expect(page.locator('[data-player-toolbar]').getByRole('status')).toHaveText('已复制');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    // The step's own page: its title names the step when the link is pasted into a chat.
    expect(url).toBe(`${baseURL}/guides/${SLUG}/v7/android/tap-pay/`);
    // … and from a step in the article.
    await page.locator('section#tap-pay-manage').getByRole('button', { name: '复制这一步的链接' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/guides/${SLUG}/v7/android/tap-pay-manage/`);

    const fresh = await browser.newContext({ viewport: page.viewportSize()! });
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.locator('#player [data-live] [data-step-status]')).toContainText('第 2 / 6 步');
    await expect(other.locator('#player [data-live] [data-step-status]')).toContainText('点击“支付”');
    await expect(other.locator('[data-step-page] header')).toContainText('微信 7.x · 安卓');
    await expect(other.locator('#player .tg-phone')).toHaveAttribute('data-skin', 'android');
    await fresh.close();
  },
);

test('without the Clipboard API the link is still copied (select-and-copy)', { tag: '@once' }, async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openGuide(page, SLUG, '?v=v8&os=ios');
  await page.evaluate(() => {
    (window as unknown as { copied: string[] }).copied = [];
    document.addEventListener('copy', () => (window as unknown as { copied: string[] }).copied.push(String(document.getSelection())));
  });
  await page.locator('[data-player-toolbar]').getByRole('button', { name: '复制这一步的链接' }).click();
  await expect(page.locator('[data-player-toolbar]').getByRole('status')).toHaveText('已复制');
  expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
    expect.stringMatching(/\/guides\/view-real-name\/v8\/ios\/open-me\/$/),
  ]);
});
