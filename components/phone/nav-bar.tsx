import type { Os } from '@/lib/content/guide-schema';
import { Tappable, type TapApi } from './tap';

/** Title bar with optional back (id `back`) and ··· (id `more`). The back glyph is the skin's own. */
export function NavBar({
  title,
  back,
  more,
  tone = 'plain',
  skin,
  tap,
}: {
  title?: string;
  back?: boolean;
  more?: boolean;
  tone?: 'plain' | 'brand';
  skin: Os;
  tap?: TapApi;
}) {
  const btn = 'grid h-[2.4em] min-w-[2.4em] place-items-center rounded-[0.5em] px-[0.3em] text-[1.15em] leading-none';
  return (
    <div className={`grid h-[3.2em] shrink-0 grid-cols-[3.4em_1fr_3.4em] items-center px-[0.4em] ${tone === 'brand' ? 'text-white' : 'text-[#111]'}`}>
      <div>
        {back && (
          <Tappable id="back" tap={tap} className={btn}>
            <span aria-hidden="true">{skin === 'ios' ? '‹' : '←'}</span>
          </Tappable>
        )}
      </div>
      <div className="truncate text-center text-[1.05em] font-semibold">{title}</div>
      <div className="justify-self-end">
        {more && (
          <Tappable id="more" tap={tap} className={btn}>
            <span aria-hidden="true" className="tracking-[-0.1em]">···</span>
          </Tappable>
        )}
      </div>
    </div>
  );
}
