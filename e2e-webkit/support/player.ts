import type { Lang } from '../../lib/shared/constants';
import { guidePath } from '../../lib/shared/links';
import type { Tab } from './tab';

/** The player as e2e/support/player.ts finds it (the same data attributes and names), for the WebKit run. */
export const STATUS = '#player [data-live] [data-step-status]';
export const LIVE = '#player [data-live]';
export const target = (stepId: string, id: string) => `#player [data-step="${stepId}"] [data-target="${id}"]`;

/** Waits until the live player has loaded (on a step page, that is all there is). */
export async function live(tab: Tab): Promise<void> {
  await tab.waitFor('the live player', () => tab.find(STATUS));
}

/** Waits until a guide's page has read the URL and preferences and the live player has loaded. */
export async function ready(tab: Tab): Promise<void> {
  await live(tab);
  await tab.waitFor('the steps in the article', () =>
    tab.evaluate<boolean>(() => !!document.querySelector('section.tg-step button.tg-step-num')),
  );
}

export async function openGuide(tab: Tab, slug: string, query = '', hash = '', lang: Lang = 'zh'): Promise<void> {
  await tab.goto(`${guidePath(slug, lang)}${query}${hash}`);
  await ready(tab);
}

/** 看下一步 › and ‹ 上一步 under the live phone. */
/** On a step page they are links to the neighbouring steps' pages. */
export const next = (tab: Tab) => tab.tap('button, a', { name: '看下一步 ›', within: LIVE });
export const previous = (tab: Tab) => tab.tap('button, a', { name: '‹ 上一步', within: LIVE });
