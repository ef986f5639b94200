import type { Block } from '@/lib/shared/types';
import { Icon, Placeholder } from './icon';
import { gridCols } from './grid-cols';
import { Tappable, cx, type TapApi } from './tap';

type Tiles = Extract<Block, { type: 'tiles' }>;

/** A grid of tiles (icon above label); `brand` draws the coloured panel at the top of payment pages. */
export function GridTiles({ block, tap }: { block: Tiles; tap?: TapApi }) {
  const brand = block.tone === 'brand';
  return (
    <div
      className={cx(
        'm-[0.7em] grid gap-[0.4em] rounded-[0.7em] p-[0.6em]',
        gridCols(Math.min(block.tiles.length, 4)),
        brand ? 'bg-(--tg-brand) text-white' : 'bg-white text-[#111]',
      )}
    >
      {block.tiles.map((t, i) =>
        'placeholder' in t ? (
          <div key={i} className="flex h-[5em] flex-col items-center justify-center gap-[0.5em]" data-placeholder="">
            <span aria-hidden="true" className={cx('size-[2em] rounded-[0.5em]', brand ? 'bg-white/35' : 'bg-[#dcdcdc]')} />
            <Placeholder className={cx('w-[3em]', brand && 'bg-white/35')} />
          </div>
        ) : (
          <Tappable
            key={i}
            id={t.id}
            tap={tap}
            className={cx('flex h-[5em] w-full flex-col items-center justify-center gap-[0.4em] rounded-[0.5em]', brand && 'tg-on-brand')}
          >
            {brand ? (
              <span aria-hidden="true" className="size-[2em] rounded-[0.5em] border-[0.16em] border-current" />
            ) : (
              <Icon color={t.icon ?? 'gray'} className="size-[2em]" />
            )}
            <span className="text-[0.95em]">{t.label}</span>
          </Tappable>
        ),
      )}
    </div>
  );
}
