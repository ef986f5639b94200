import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/server/content/load/content';
import { galleryView } from '@/lib/server/views/gallery-view';

/** The screen gallery (/screens/) counts the steps of both editions that draw each screen. */
const content = loadContent();
const gallery = galleryView(content);

describe('screen gallery', () => {
  it('lists English guides’ steps under the English screens, linked to /en/ pages', () => {
    const english = gallery.filter((s) => s.screen.lang === 'en');
    expect(english.length).toBeGreaterThan(0);
    const drawn = new Set(content.en.guides.flatMap((g) => g.flow.steps.map((s) => s.screen)));
    for (const s of english.filter((e) => drawn.has(e.name))) {
      expect(s.usedBy.length, `${s.name} is drawn by an English step`).toBeGreaterThan(0);
      for (const u of s.usedBy.filter((x) => x.lang === 'en')) for (const step of u.steps) expect(step.href).toMatch(/^\/en\/guides\//);
    }
    const cards = gallery.find((s) => s.name === 'wechat/wallet-cards-en')!;
    expect(cards.usedBy.map((u) => [u.lang, u.guide])).toContainEqual(['en', 'wechat-pay-for-visitors']);
  });

  it('still lists the Chinese guides under Chinese screens, linked without /en/', () => {
    const used = gallery.filter((s) => s.screen.lang !== 'en').flatMap((s) => s.usedBy);
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) {
      expect(u.lang).toBe('zh');
      for (const step of u.steps) expect(step.href).toMatch(/^\/guides\//);
    }
  });
});
