import { expect, type Locator, type Page } from '@playwright/test';

/** The phone's live status line: 第 n / N 步 and the step title. */
export const status = (page: Page): Locator => page.locator('#player [data-step-status]');

/** The highlighted target on the current step's screen (not on a screen sliding out). */
export const target = (page: Page, stepId: string, id: string): Locator =>
  page.locator(`#player [data-step="${stepId}"] [data-target="${id}"]`);

/** Waits until the page has read the URL and preferences and the live player has loaded. */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator('#player [data-live] [data-step-status]')).toBeVisible();
  await expect(page.locator('section.tg-step button.tg-step-num').first()).toBeAttached();
}

export async function openGuide(page: Page, slug: string, query = '', hash = ''): Promise<void> {
  await page.goto(`/guides/${slug}/${query}${hash}`);
  await ready(page);
}

/**
 * A radio of the version/OS picker. On a phone the picker is folded into one line: it is opened
 * first, as a reader would, with its “换版本或系统” button.
 */
export async function pickerRadio(page: Page, name: string): Promise<Locator> {
  await openPicker(page);
  return page.getByRole('radio', { name, exact: true });
}

/** Unfolds the version/OS picker where it is folded (on a phone); a no-op where it is always open. */
export async function openPicker(page: Page): Promise<void> {
  const fold = page.locator('[data-picker-summary] button[aria-expanded]');
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
}
