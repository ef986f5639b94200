import { gridCols } from './grid-cols';
import { TabIcon } from './tab-icon';
import { Tappable, cx, type TapApi } from './tap';

/** The bottom tab bar; the active tab is drawn in the brand colour. Icons are neutral outlines. */
export function TabBar({ items, active, tap }: { items: { id: string; label: string }[]; active: string; tap?: TapApi }) {
  return (
    <div className={cx('grid shrink-0 border-t border-[#e2e2e2] bg-[#f7f7f7]', gridCols(items.length))}>
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
          <span>{t.label}</span>
        </Tappable>
      ))}
    </div>
  );
}
