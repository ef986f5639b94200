import type { Block } from '@/lib/shared/types';
import { Icon, Placeholder } from './icon';
import { Tappable, type TapApi } from './tap';

type Cells = Extract<Block, { type: 'cells' }>;

/** A group of list rows: icon, label, detail and chevron, the way settings pages are drawn. */
export function ListCells({ block, tap }: { block: Cells; tap?: TapApi }) {
  return (
    <div className="mb-[0.7em]">
      {block.title && <div className="px-[1.1em] pb-[0.4em] pt-[0.2em] text-[0.85em] text-[#5f5f5f]">{block.title}</div>}
      <div className="bg-white">
        {block.cells.map((c, i) => (
          <div
            key={i}
            className={
              i
                ? 'relative before:absolute before:left-[1.1em] before:right-0 before:top-0 before:border-t before:border-[#ececec]'
                : undefined
            }
          >
            {'placeholder' in c ? (
              <div className="flex h-[3.4em] items-center gap-[0.8em] px-[1.1em]" data-placeholder="">
                {c.icon && <Icon color={c.icon} className="opacity-40" />}
                <Placeholder className="w-[5em]" />
              </div>
            ) : c.action ? (
              // A row with its own button (清除): the row itself is not a target, the button is.
              <div className="flex h-[3.4em] items-center gap-[0.8em] px-[1.1em]">
                {c.icon && <Icon color={c.icon} />}
                <span className="flex-1 truncate text-[#111]">{c.label}</span>
                {c.detail && <span className="truncate text-[0.9em] text-[#5f5f5f]">{c.detail}</span>}
                <Tappable
                  id={c.action.id}
                  tap={tap}
                  className="rounded-[0.4em] border border-[#cfcfcf] px-[0.8em] py-[0.35em] text-[0.85em] text-[#c62828]"
                >
                  {c.action.label}
                </Tappable>
              </div>
            ) : (
              <Tappable id={c.id} tap={tap} className="flex h-[3.4em] w-full items-center gap-[0.8em] px-[1.1em] text-left">
                {c.icon && <Icon color={c.icon} />}
                <span className="flex-1 truncate text-[#111]">{c.label}</span>
                {c.detail && <span className="truncate text-[0.9em] text-[#5f5f5f]">{c.detail}</span>}
                {c.chevron && (
                  <span aria-hidden="true" className="text-[1.1em] text-[#b0b0b0]">
                    ›
                  </span>
                )}
              </Tappable>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
