import { expect, test } from './support/test';
import { openGuide, status, target } from './support/player';

/**
 * The visitor guide teaches the one step without which a visitor cannot pay: linking an
 * international card first, then verifying only for a higher limit (Tencent 2024-04-15). Played
 * through on the Chinese and the English app interface, tapping what a reader taps, and the
 * step's 依据 name the original report and say the link is a copy.
 */
test.use({ reducedMotion: 'reduce' });

const interfaces = [
  {
    variant: 'zh',
    path: [
      { step: 'tap-wallet', tap: 'wallet' },
      { step: 'tap-bank-cards', tap: 'bank-cards', label: '银行卡' },
      { step: 'tap-add-card', tap: 'add-card', label: '添加银行卡' },
      { step: 'enter-card', tap: 'next', label: '卡号' },
    ],
    choice: 'tap-id-info',
    end: 'pay-within-limit',
    other: '“Bank Cards”', // not on the Chinese page
  },
  {
    variant: 'en',
    path: [
      { step: 'tap-wallet-en', tap: 'wallet' },
      { step: 'tap-cards-en', tap: 'cards', label: 'Cards' },
      { step: 'tap-add-card-en', tap: 'add-card', label: 'Add a Card' },
    ],
    choice: 'tap-id-info-en',
    end: 'pay-within-limit-en',
    other: '“Bank Cards”',
  },
] as const;

for (const ui of interfaces) {
  for (const branch of ['pay', 'verify'] as const) {
    test(`overseas-users · ${ui.variant}: link a card, then ${branch === 'pay' ? 'pay within the limit' : 'verify for a higher limit'}`, async ({
      page,
    }) => {
      await openGuide(page, 'overseas-users', `?v=${ui.variant}&os=ios`, `#${ui.path[0].step}`);
      for (const [i, s] of ui.path.entries()) {
        await expect(page.locator(`section#${s.step}`)).toHaveAttribute('aria-current', 'step');
        const button = target(page, s.step, s.tap);
        if ('label' in s) await expect(page.locator(`#player [data-step="${s.step}"]`)).toContainText(s.label);
        await button.click();
        const next = ui.path[i + 1]?.step ?? ui.choice;
        await expect(page).toHaveURL(new RegExp(`#${next}$`));
      }
      // Linked: the guide says a card alone pays up to a limit, and verification is for more.
      await expect(status(page)).toContainText('绑好卡了');
      const choice = page.locator(`section#${ui.choice}`);
      await expect(choice).toContainText('一定额度内付款');
      const pick = branch === 'pay' ? 'back' : 'id-info';
      await target(page, ui.choice, pick).click();
      const after = branch === 'pay' ? ui.end : ui.variant === 'zh' ? 'verify-id' : 'verify-id-en';
      await expect(page).toHaveURL(new RegExp(`#${after}$`));
      await expect(page.locator(`#player [data-step="${after}"] [data-target]`)).toHaveCount(0);
      if (branch === 'pay') await expect(page.locator(`section#${ui.end}`)).toContainText('以付款页面的提示为准');
    });
  }

  test(`overseas-users · ${ui.variant}: the card step's 依据 name the original and mark the copy`, async ({ page }) => {
    // Opened at the first step: on a phone the current step's text (and its 依据) moves under the
    // phone, so the card steps are read where they stand in the article.
    await openGuide(page, 'overseas-users', `?v=${ui.variant}&os=android`, `#${ui.variant === 'zh' ? 'open-me' : 'open-me-en'}`);
    const sources = page.locator(`section#${ui.choice} [data-step-sources]`);
    await sources.locator('summary').click();
    const tencent = sources.getByRole('link', { name: /^腾讯（PR Newswire 发布）：Tencent Further Enhances Digital Payment Services/ });
    await expect(tencent).toHaveAttribute('href', /kalkinemedia\.com/);
    await expect(sources).toContainText('（链接是转载：kalkinemedia.com）');
    if (ui.variant === 'en') await expect(page.locator('section#tap-cards-en')).toContainText(ui.other);
  });
}
