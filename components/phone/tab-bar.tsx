import type { ScreenData } from '@/lib/shared/types';
import { unconfirmedTabName } from '@/lib/shared/screen-elements';
import { gridCols } from './grid-cols';
import { Placeholder } from './icon';
import { TabIcon } from './tab-icon';
import { Tappable, cx, type TapApi } from './tap';

type Tabs = NonNullable<ScreenData['tabs']>;

/**
 * The bottom tab bar; the active tab is drawn in the brand colour. Icons are neutral outlines. A
 * tab whose label no source quotes (`unconfirmed`) shows a grey bar instead of words, and says so
 * to screen readers: we draw that a tab is there, not what it is called.
 */
export function TabBar({ items, active, lang, tap }: { items: Tabs['items']; active: string; lang: ScreenData['lang']; tap?: TapApi }) {
  return (
    <div className={cx('tg-tabs grid shrink-0 border-t border-[#e2e2e2] bg-[#f7f7f7]', gridCols(items.length))}>
      {items.map((t) => (
        <Tappable
          key={t.id}
          id={t.id}
          tap={tap}
          className={cx(
            'flex h-[3.6em] flex-col items-center justify-center gap-[0.2em] text-[0.85em]',
            t.id === active ? 'font-semibold text-(--tg-brand)' : 'text-[#333]',
          )}
        >
          <TabIcon id={t.id} />
          {'label' in t ? (
            <span>{t.label}</span>
          ) : (
            <span className="flex h-[1.2em] items-center" data-unconfirmed="">
              <Placeholder className="w-[3.2em]" />
              <span className="sr-only">{unconfirmedTabName(lang)}</span>
            </span>
          )}
        </Tappable>
      ))}
    </div>
  );
}
