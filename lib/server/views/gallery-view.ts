import 'server-only';
import { guideStatePath } from '../../shared/links';
import type { Lang } from '../../shared/constants';
import type { ScreenData } from '../../shared/types';
import { variantLabel } from '../../shared/variants';
import type { Content } from '../content/types';

/** One screen in the gallery, with every step that draws it, so an editor changing it knows what it touches. */
export interface GalleryScreen {
  name: string;
  screen: ScreenData;
  /** Guides of both editions (`lang`): an English-only screen is used by English guides. */
  usedBy: { guide: string; lang: Lang; title: string; steps: { id: string; title: string; versions: string; href: string }[] }[];
  /** Lower-cased words the filter matches: the name, labels, description, and the guides and steps using it. */
  words: string;
}

export function galleryView(content: Content): GalleryScreen[] {
  return Object.keys(content.screens)
    .sort()
    .map((name) => {
      const screen = content.screens[name]!;
      const usedBy = [...content.guides, ...content.en.guides].flatMap((g) => {
        const steps = g.flow.steps
          .filter((s) => s.screen === name)
          .map((s) => {
            const variants = s.variants ?? g.frontmatter.variants.map((v) => v.id);
            return {
              id: s.id,
              title: s.title,
              versions: variants.map((v) => variantLabel(g.frontmatter.variants, v)).join('、'),
              href: guideStatePath({
                slug: g.slug,
                variant: variants[0]!,
                os: s.os ?? 'ios',
                step: s.id,
                firstVariant: g.frontmatter.variants[0]!.id,
                lang: g.lang,
              }),
            };
          });
        return steps.length ? [{ guide: g.slug, lang: g.lang, title: g.frontmatter.title, steps }] : [];
      });
      const labels = JSON.stringify(screen).match(/"(?:label|title|text|name)":"([^"]*)"/g) ?? [];
      const words = [
        name,
        screen.description ?? '',
        ...labels,
        ...usedBy.flatMap((u) => [u.title, ...u.steps.map((s) => `${s.id} ${s.title}`)]),
      ]
        .join(' ')
        .toLowerCase();
      return { name, screen, usedBy, words };
    });
}
