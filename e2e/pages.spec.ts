import { expect, test } from './support/test';
import { loadContent } from '../lib/server/content/load/content';
import { CONFIDENCE_LABEL } from '../lib/shared/constants';

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
  // Every version of this guide is as sure as the guide, so the line names one level.
  const fm = loadContent().guides.find((g) => g.slug === 'view-real-name')!.frontmatter;
  expect(new Set(fm.variants.map((v) => v.confidence ?? fm.confidence))).toEqual(new Set([fm.confidence]));
  await expect(page.getByText(`把握程度：${CONFIDENCE_LABEL[fm.confidence]}`).first()).toBeVisible();
});

test('pages load without errors in the console (no hydration mismatch, no missing files)', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  for (const path of [
    '/',
    '/guides/view-real-name/',
    '/guides/view-real-name/?v=v7&os=android#choose-path',
    '/guides/view-real-name/v7/',
    '/guides/view-real-name/v7/android/choose-path/',
    '/steps/',
  ]) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});

test('the chooser asks which app and what to do, then links to the guide', async ({ page }) => {
  await page.goto('/');
  const chooser = page.getByRole('region', { name: '不确定该看哪篇？' });
  await chooser.getByRole('radio', { name: 'QQ' }).check();
  await chooser.getByRole('radio', { name: '第一次实名 / 开通支付' }).check();
  await expect(chooser.getByRole('link')).toHaveCount(1);
  await chooser.getByRole('radio', { name: '微信' }).check();
  await expect(chooser.getByRole('radio', { name: '申领网号、网证' })).toHaveCount(0); // only this app's tasks
  await chooser.getByRole('radio', { name: '换成别人的实名' }).check();
  await chooser.getByRole('link', { name: /去看：更换微信实名/ }).click();
  // Once the guide wakes up it writes its version, OS and step into the address.
  await expect(page).toHaveURL(/\/guides\/change-real-name\/(\?v=v8&os=ios#check-first)?$/);
});

test('every guide is listed on the home page under its app', async ({ page }) => {
  await page.goto('/');
  for (const [app, slugs] of Object.entries({
    微信: ['view-real-name', 'first-real-name', 'update-id-info', 'change-real-name', 'accounts-under-my-id', 'overseas-users', 'minors'],
    QQ: ['qq-wallet-real-name'],
    '国家网络身份认证 App（网证）': ['national-cyber-id'],
  })) {
    const section = page.getByRole('region', { name: app, exact: true });
    for (const slug of slugs) await expect(section.locator(`a[href="/guides/${slug}/"]`)).toHaveCount(1);
  }
});

test('each guide says when it was last updated', async ({ page }) => {
  await page.goto('/guides/view-real-name/');
  await expect(page.locator('#provenance time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/最后更新：\d{4}-\d{2}-\d{2}/).first()).toBeVisible();
});

test('nothing made for development reaches the exported site', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const files = (fs.readdirSync('out', { recursive: true }) as string[]).filter((f) => /\.(html|js|txt)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) {
    const text = fs.readFileSync(path.join('out', f), 'utf8');
    expect(text.includes('data-content-reload') || text.includes('EventSource') || text.includes('data-content-error'), f).toBe(false);
  }
});
