import { expect, test } from './support/test';
import { loadContent } from '../lib/server/content/load/content';
import { provenanceOf } from '../lib/server/views/provenance';

test.use({ javaScriptEnabled: false });

const content = loadContent();
const guide = content.guides.find((g) => g.slug === 'view-real-name')!;

test('without JavaScript every step of every variant is readable, with its screen drawn: the first version in the page, the others one link away', async ({
  page,
}) => {
  const [first, ...others] = guide.frontmatter.variants;
  for (const v of [first!, ...others]) {
    await page.goto('/guides/view-real-name/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息');
    if (v !== first) {
      await page.locator('[data-versions]').getByRole('link', { name: v.label, exact: true }).click();
      await expect(page).toHaveURL(`/guides/view-real-name/${v.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('查看微信实名信息');
    }
    await expect(page.locator('[data-versions]')).toContainText(`“${v.label}”的步骤`);
    const mine = guide.flow.steps.filter((s) => !s.variants || s.variants.includes(v.id));
    for (const step of mine) {
      const section = page.locator(`section#${step.id}`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(step.title);
      await expect(section.getByRole('group', { name: `示意画面：${step.title}` })).toBeVisible();
    }
    // The other versions' steps are on their own pages, not in this one.
    for (const step of guide.flow.steps.filter((s) => !mine.includes(s))) await expect(page.locator(`section#${step.id}`)).toHaveCount(0);
  }
  await page.goto('/guides/view-real-name/v7/');
  // Steps for one version say so; the interactive player and picker are not shown. (The badge is
  // in a <noscript>, whose text Playwright's text matchers skip, so it is read from the element.)
  const badge = page.locator('section#tap-pay noscript span').first();
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((el) => el.textContent)).toBe('仅适用于：7.x');
  await expect(page.locator('#player')).toBeHidden();
  await expect(page.getByRole('radio')).toHaveCount(0);
  // Nothing waits on an animation: no element is left invisible by an initial style.
  expect(await page.locator('[style*="opacity:0"], [style*="opacity: 0"]').count()).toBe(0);
  // Provenance is visible.
  await expect(page.getByText('未在真机核对').first()).toBeVisible();
  // Every source the guide or one of its steps cites, each once, linked.
  // (the register lists the steps' sources too, so it is longer than the frontmatter's list)
  const listed = provenanceOf(guide, content.register).sources;
  expect(listed.length).toBeGreaterThan(guide.frontmatter.sources.length);
  const linked = listed.filter((s) => s.url?.startsWith('https://'));
  await expect(page.locator('#provenance a[href^="https://"]')).toHaveCount(linked.length);
});

test('choice options are plain links to their steps without JavaScript', async ({ page }) => {
  // A 7.x choice: on that version's own page.
  await page.goto('/guides/view-real-name/v7/');
  await page
    .getByRole('link', { name: /钱包 → 身份信息/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#tap-id-info-v7$/);
});
