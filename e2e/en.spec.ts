import { allPaths } from '../lib/flow/walk';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { OS_VALUES } from '../lib/shared/constants';
import { expectNoAxeViolations } from './support/axe';
import { ready, status, target } from './support/player';
import { expect, test } from './support/test';
import { recordedUa } from './support/user-agents';

/**
 * The English edition (/en/) as a visitor meets it: a phone at 360×640 inside WeChat in English
 * (recorded user agents with Language/en). From /en/ to the visitor guide, played through by
 * tapping the drawn targets on iPhone and Android; Back; a step page; its sources; no Chinese in
 * the English chrome outside lang="zh-CN"; axe; and, without JavaScript, the whole guide.
 */
const content = loadContent();
const guide = content.en.guides.find((g) => g.slug === 'wechat-pay-for-visitors')!;
const UA = {
  ios: recordedUa('WeChat 7.0.4 iOS 12.1.2 Language/en'),
  android: recordedUa('WeChat 8.0.15 Android 9 XWEB/2889 MMWEBSDK Language/en'),
};

test.use({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });

/** Han characters outside any element marked lang="zh-CN" (the page's own chrome and text must be English). */
async function unmarkedChinese(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, template')) continue;
      if (/\p{Script=Han}/u.test(n.textContent ?? '') && el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN')
        found.push(n.textContent!.trim().slice(0, 60));
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [placeholder], [title]'))
      for (const a of ['aria-label', 'placeholder', 'title'])
        if (/\p{Script=Han}/u.test(el.getAttribute(a) ?? '') && el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN')
          found.push(`${a}: ${el.getAttribute(a)}`);
    return found;
  });
}

for (const os of OS_VALUES) {
  test.describe(`on ${os}`, () => {
    test.use({ userAgent: UA[os] });

    test(`from /en/ to the visitor guide, played to the end by tapping the drawn targets (${os})`, async ({ page }) => {
      await page.goto('/en/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('link', { name: new RegExp(guide.frontmatter.title) }).click();
      await expect(page).toHaveURL(/\/en\/guides\/wechat-pay-for-visitors\//);
      await ready(page);
      await expect(page.locator('#player .tg-phone')).toHaveAttribute('data-skin', os);
      const steps = allPaths(guide.flow, { variant: guide.frontmatter.variants[0]!.id, os })[0]!.steps;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        await expect(status(page)).toContainText(`Step ${i + 1} of ${steps.length}`);
        await expect(status(page)).toContainText(step.title);
        const next = steps[i + 1];
        if (!next) break;
        const id = step.options?.find((o) => o.to === next.id)?.target ?? step.target!;
        const button = target(page, step.id, id);
        await expect(button).toHaveAccessibleName(/^Tap “/);
        await button.click();
        await expect(page).toHaveURL(new RegExp(`#${next.id}$`));
      }
      await expect(status(page)).toContainText('(done)');
      await expect(page.getByRole('button', { name: 'Next step ›' })).toBeDisabled();
      // The browser's Back returns one step.
      await page.goBack();
      await expect(status(page)).toContainText(steps[steps.length - 2]!.title);
      expect(await unmarkedChinese(page)).toEqual([]);
    });
  });
}

test.describe('inside WeChat in English', () => {
  test.use({ userAgent: UA.android });

  test('a step page opens that step, names it in <title>, shows its sources, has no unmarked Chinese and passes axe', async ({ page }) => {
    const at = pagesOf(guide).find((p) => p.os === 'android' && p.index === 3)!;
    await page.goto(at.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(new RegExp(`^Step 3: ${at.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · ${guide.frontmatter.title}`));
    // A step page has no article: the live player is what is waited for.
    await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
    await expect(status(page)).toContainText(at.title);
    await expect(page.locator('#provenance')).toContainText('Where this guide comes from');
    await expect(page.locator('#provenance [data-sources] li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Is this step the same on your phone?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the link to this step' }).first()).toBeVisible();
    expect(await unmarkedChinese(page)).toEqual([]);
    await expectNoAxeViolations(page, at.path);
  });

  test('“Is this step the same on your phone?” goes to the report service, which takes the English guide’s step', async ({ page }) => {
    const at = pagesOf(guide).find((p) => p.os === 'android' && p.index === 2)!;
    await page.goto(at.path);
    await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/reports') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    expect((await sent).postDataJSON()).toMatchObject({
      guide: guide.slug,
      variant: at.variant,
      os: 'android',
      step: at.step,
      answer: 'same',
    });
    await expect(page.locator('[data-thanks]')).toHaveText(/^Thank you!/);
  });

  for (const path of ['/en/', '/en/guides/', '/en/guides/wechat-pay-for-visitors/', '/en/paying-without-wechat-pay/', '/en/steps/']) {
    test(`${path} is English (html lang, chrome) and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('main')).toBeVisible();
      await expect(page.locator('footer [data-edition-switch="zh"]')).toHaveText('中文');
      expect(await unmarkedChinese(page)).toEqual([]);
      await expectNoAxeViolations(page, path);
    });
  }

  test('the guide page: each step’s Sources, in English, and the link to the Chinese guide', async ({ page }) => {
    await page.goto('/en/guides/wechat-pay-for-visitors/');
    await ready(page);
    const first = page.locator('section.tg-step [data-step-sources]').first();
    await expect(first).toContainText(/^Sources: \d+ \(the most reliable: /);
    await expect(page.locator('[data-counterpart="zh"] a:visible')).toHaveAttribute('href', '/guides/overseas-users/');
    await page.goto('/guides/overseas-users/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('[data-counterpart="en"] a:visible')).toHaveAttribute('href', '/en/guides/wechat-pay-for-visitors/');
  });

  test('the short page has its text and its sources, and no phone', async ({ page }) => {
    await page.goto('/en/paying-without-wechat-pay/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#sources [data-sources] li').first()).toBeVisible();
    await expect(page.locator('#player')).toHaveCount(0);
  });
});

test('hreflang pairs resolve both ways: each page of a pair names itself and the other, and the other names it back', async ({ page }) => {
  const pairs = [
    ['/', '/en/'],
    ['/steps/', '/en/steps/'],
    ...content.en.guides.flatMap((g) => {
      const zh = content.guides.find((c) => c.slug === g.frontmatter.counterpart && c.frontmatter.counterpart === g.slug);
      return zh ? [[`/guides/${zh.slug}/`, `/en/guides/${g.slug}/`]] : [];
    }),
  ];
  expect(pairs.length).toBeGreaterThanOrEqual(4);
  const alternates = async (path: string) => {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const links = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((ls) =>
        Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!, location.href).pathname])),
      );
    return links;
  };
  for (const [zh, en] of pairs) {
    expect(await alternates(zh!), zh).toEqual({ 'zh-CN': zh, en });
    expect(await alternates(en!), en).toEqual({ 'zh-CN': zh, en });
  }
  // The sitemap says the same.
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  for (const [zh, en] of pairs)
    for (const loc of [zh, en]) {
      const entry = sitemap.split('<url>').find((u) => new RegExp(`<loc>(https?://[^/<]+)?${loc}</loc>`).test(u)) ?? '';
      expect(entry, `sitemap entry of ${loc}`).toMatch(new RegExp(`hreflang="zh-CN" href="(https?://[^/"]+)?${zh}"`));
      expect(entry, `sitemap entry of ${loc}`).toMatch(new RegExp(`hreflang="en" href="(https?://[^/"]+)?${en}"`));
    }
});

test('a Chinese guide offers its English counterpart to a reader whose WeChat is in English: a notice, never a redirect', async ({
  browser,
}) => {
  for (const [ua, offered] of [
    [UA.android, true],
    [recordedUa('WeChat 7.0.5 iOS 12.1.2 zh_CN'), false],
  ] as const) {
    const context = await browser.newContext({ userAgent: ua, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto('/guides/overseas-users/');
    await ready(page);
    // The page may write the reader's version into the query (?v=…&os=…); it never leaves the Chinese guide.
    expect(new URL(page.url()).pathname).toBe('/guides/overseas-users/');
    const offer = page.locator('[data-english-offer]');
    if (offered) {
      await expect(offer).toHaveAttribute('lang', 'en');
      await expect(offer.getByRole('link')).toHaveAttribute('href', '/en/guides/wechat-pay-for-visitors/');
    } else await expect(offer).toHaveCount(0);
    await context.close();
  }
});

test('English search finds English words and lists English guides only', async ({ page }) => {
  await page.goto('/en/');
  const box = page.getByRole('searchbox', { name: 'Search the guides' });
  const results = page.locator('[data-search] [id$="-results"]').first();
  for (const [query, slug] of [
    ['passport', 'verify-your-passport'],
    ['add a card', 'wechat-pay-for-visitors'],
    ['limit', 'verify-your-passport'],
  ] as const) {
    await box.fill('');
    await box.fill(query);
    await expect(results.locator(`a[href="/en/guides/${slug}/"]`), `“${query}”`).toHaveCount(1);
    await expect(results.getByRole('status')).toHaveText(/^\d+ guide\(s\) found$/);
    await expect(results.locator('a[href^="/guides/"]')).toHaveCount(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the English guide page is complete: every step of its first version, with its drawing and sources', async ({ page }) => {
    await page.goto('/en/guides/wechat-pay-for-visitors/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.frontmatter.title);
    const first = guide.frontmatter.variants[0]!.id;
    for (const step of guide.flow.steps.filter((s) => !s.variants || s.variants.includes(first))) {
      const section = page.locator(`section#${step.id}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.title);
      await expect(section.getByRole('group', { name: `Drawn screen: ${step.title}` })).toBeVisible();
      await expect(section.locator('[data-step-sources]')).toContainText('Sources');
    }
  });
});
