import type { Overlay } from '@/lib/shared/types';
import { Icon, Placeholder } from './icon';
import { gridCols } from './grid-cols';
import { Tappable, cx, type TapApi } from './tap';

const tone = { primary: 'text-(--tg-brand) font-semibold', default: 'text-[#111]', danger: 'text-[#c62828]' } as const;

/** Bottom action sheet; its cancel row has the id `cancel`. */
export function ActionSheet({ overlay, tap }: { overlay: Extract<Overlay, { type: 'sheet' }>; tap?: TapApi }) {
  return (
    <div className="absolute inset-x-0 bottom-0 overflow-hidden rounded-t-[0.9em] bg-[#f2f2f2]" data-overlay="sheet">
      {overlay.title && <div className="bg-white px-[1em] py-[0.9em] text-center text-[0.85em] text-[#5f5f5f]">{overlay.title}</div>}
      {overlay.items.map((it, i) =>
        'placeholder' in it ? (
          <div
            key={i}
            className="grid h-[3.4em] place-items-center border-t border-[#ececec] bg-white first:border-t-0"
            data-placeholder=""
          >
            <Placeholder className="w-[5em]" />
          </div>
        ) : (
          <Tappable
            key={i}
            id={it.id}
            tap={tap}
            className={cx(
              'grid h-[3.4em] w-full place-items-center border-t border-[#ececec] bg-white first:border-t-0',
              tone[it.tone ?? 'default'],
            )}
          >
            {it.label}
          </Tappable>
        ),
      )}
      <div className="mt-[0.5em] bg-white pb-[0.4em]">
        <Tappable id="cancel" tap={tap} className="grid h-[3.4em] w-full place-items-center text-[#111]">
          {overlay.cancel}
        </Tappable>
      </div>
    </div>
  );
}

/** A panel sliding in from the left over the page (QQ's side menu). */
export function Drawer({ overlay, tap }: { overlay: Extract<Overlay, { type: 'drawer' }>; tap?: TapApi }) {
  return (
    <div className="absolute inset-y-0 left-0 flex w-[80%] flex-col bg-white pt-[3em]" data-overlay="drawer">
      {overlay.header && (
        <div className="flex items-center gap-[0.8em] px-[1.1em] pb-[1.2em]">
          <span aria-hidden="true" className="size-[3em] rounded-full bg-[#c9d6e3]" />
          <span className="flex flex-col gap-[0.2em]">
            <span className="text-[1.1em] font-semibold text-[#111]">{overlay.header.name}</span>
            {overlay.header.detail && <span className="text-[0.85em] text-[#5f5f5f]">{overlay.header.detail}</span>}
          </span>
        </div>
      )}
      {overlay.items.map((it, i) =>
        'placeholder' in it ? (
          <div key={i} className="flex h-[3.2em] items-center gap-[0.8em] px-[1.1em]" data-placeholder="">
            {it.icon && <Icon color={it.icon} className="opacity-40" />}
            <Placeholder className="w-[5em]" />
          </div>
        ) : (
          <Tappable
            key={i}
            id={it.id}
            tap={tap}
            className="flex h-[3.2em] w-full items-center gap-[0.8em] px-[1.1em] text-left text-[#111]"
          >
            {it.icon && <Icon color={it.icon} />}
            <span>{it.label}</span>
          </Tappable>
        ),
      )}
    </div>
  );
}

export function Dialog({ overlay, tap }: { overlay: Extract<Overlay, { type: 'dialog' }>; tap?: TapApi }) {
  return (
    <div className="absolute inset-0 grid place-items-center px-[2.2em]" data-overlay="dialog">
      <div role="presentation" className="w-full overflow-hidden rounded-[0.8em] bg-white text-center">
        <div className="px-[1.3em] pb-[1.2em] pt-[1.5em]">
          {overlay.title && <div className="mb-[0.5em] text-[1.05em] font-semibold text-[#111]">{overlay.title}</div>}
          <div className="text-[0.95em] leading-[1.5] text-[#333]">{overlay.text}</div>
        </div>
        <div className={cx('grid border-t border-[#e5e5e5]', gridCols(overlay.actions.length))}>
          {overlay.actions.map((a, i) => (
            <Tappable
              key={i}
              id={a.id}
              tap={tap}
              className={cx('grid h-[3.2em] w-full place-items-center border-l border-[#e5e5e5] first:border-l-0', tone[a.tone])}
            >
              {a.label}
            </Tappable>
          ))}
        </div>
      </div>
    </div>
  );
}

export function Toast({ overlay }: { overlay: Extract<Overlay, { type: 'toast' }> }) {
  return (
    <div className="absolute inset-0 grid place-items-center" data-overlay="toast">
      <div className="flex min-w-[8em] flex-col items-center gap-[0.6em] rounded-[0.7em] bg-[#333]/90 px-[1.2em] py-[1em] text-white">
        {overlay.icon === 'success' && (
          <span aria-hidden="true" className="text-[2em] leading-none">
            ✓
          </span>
        )}
        {overlay.icon === 'loading' && (
          <span aria-hidden="true" className="size-[1.8em] rounded-full border-[0.2em] border-white/30 border-t-white" />
        )}
        <span className="text-[0.95em]">{overlay.text}</span>
      </div>
    </div>
  );
}
