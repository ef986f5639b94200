import type { Os } from '@/lib/shared/constants';
import { Tappable, type TapApi } from './tap';

/** Title bar with optional back (id `back`) and ··· (id `more`). The back glyph is the skin's own. */
export function NavBar({
  title,
  back,
  more,
  avatar,
  action,
  tone = 'plain',
  skin,
  tap,
}: {
  title?: string;
  back?: boolean;
  more?: boolean;
  avatar?: boolean;
  action?: { id: string; label: string; icon?: 'gear' | 'square' };
  tone?: 'plain' | 'brand';
  skin: Os;
  tap?: TapApi;
}) {
  const btn = 'grid h-[2.4em] min-w-[2.4em] place-items-center rounded-[0.5em] px-[0.3em] text-[1.15em] leading-none';
  return (
    <div
      className={`tg-nav grid h-[3.2em] shrink-0 grid-cols-[3.4em_1fr_3.4em] items-center px-[0.4em] ${tone === 'brand' ? 'text-white' : 'text-[#111]'}`}
    >
      <div>
        {avatar && (
          <Tappable id="avatar" tap={tap} className="grid size-[2.6em] place-items-center rounded-full">
            <span aria-hidden="true" className="size-[2.1em] rounded-full bg-[#c9d6e3]" />
          </Tappable>
        )}
        {back && (
          <Tappable id="back" tap={tap} className={btn}>
            <span aria-hidden="true">{skin === 'ios' ? '‹' : '←'}</span>
          </Tappable>
        )}
      </div>
      <div className="truncate text-center text-[1.05em] font-semibold">{title}</div>
      <div className="flex justify-self-end">
        {action && (
          <Tappable id={action.id} tap={tap} className={btn}>
            {action.icon ? <ActionIcon icon={action.icon} /> : <span className="text-[0.85em] font-medium">{action.label}</span>}
          </Tappable>
        )}
        {more && (
          <Tappable id="more" tap={tap} className={btn}>
            <span aria-hidden="true" className="tracking-[-0.1em]">
              ···
            </span>
          </Tappable>
        )}
      </div>
    </div>
  );
}

/** Neutral outline glyphs for icon buttons; the element's label names them for screen readers. */
function ActionIcon({ icon }: { icon: 'gear' | 'square' }) {
  if (icon === 'square') return <span aria-hidden="true" className="size-[1.1em] rounded-[0.25em] border-[0.14em] border-current" />;
  return (
    <span aria-hidden="true" className="grid size-[1.2em] place-items-center rounded-full border-[0.16em] border-dotted border-current">
      <span className="size-[0.35em] rounded-full border-[0.12em] border-current" />
    </span>
  );
}
