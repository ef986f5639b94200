import { gridCols } from './grid-cols';
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
          <span aria-hidden="true" className="size-[1.5em] rounded-[0.45em] border-[0.14em] border-current" />
          <span>{t.label}</span>
        </Tappable>
      ))}
    </div>
  );
}
