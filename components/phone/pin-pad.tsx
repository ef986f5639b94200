import type { Block } from '@/lib/shared/types';
import { Tappable, type TapApi } from './tap';

type PinPad = Extract<Block, { type: 'pinpad' }>;

/** Password boxes and a number pad. One tap on the pad stands for the whole password: nothing is typed. */
export function PinPadView({ block, tap }: { block: PinPad; tap?: TapApi }) {
  const filled = !!block.id && !!tap?.filled?.has(block.id);
  return (
    <div className="flex flex-col items-center gap-[1em] pt-[1em]">
      <div className="text-[1.05em] font-semibold text-[#111]">{block.title}</div>
      <div aria-hidden="true" className="flex overflow-hidden rounded-[0.4em] border border-[#cfcfcf] bg-white">
        {Array.from({ length: block.length }, (_, i) => (
          <span key={i} className="grid size-[2.4em] place-items-center border-l border-[#e2e2e2] first:border-l-0">
            {filled && <span className="size-[0.6em] rounded-full bg-[#111]" />}
          </span>
        ))}
      </div>
      <Tappable id={block.id} tap={tap} className="mt-auto grid w-full grid-cols-3 gap-px bg-[#d5d5d5] p-px">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', '⌫'].map((k, i) => (
          <span
            key={i}
            aria-hidden="true"
            className={`grid h-[2.7em] place-items-center text-[1.2em] text-[#111] ${k && k !== '⌫' ? 'bg-white' : 'bg-[#ececec]'}`}
          >
            {k}
          </span>
        ))}
      </Tappable>
    </div>
  );
}
