import type { Block } from '@/lib/shared/types';
import { Tappable, type TapApi } from './tap';

type FaceScan = Extract<Block, { type: 'facescan' }>;

/** A face-scan (or card-reading) frame. Never uses the camera or NFC: it is a drawing. */
export function FaceScanView({ block, tap }: { block: FaceScan; tap?: TapApi }) {
  return (
    <div className="flex flex-col items-center gap-[1em] bg-white px-[1.2em] py-[1.6em]">
      <div className="text-center text-[1.05em] font-semibold text-[#111]">{block.title}</div>
      <Tappable
        id={block.id}
        tap={tap}
        className="grid size-[11em] place-items-center rounded-full border-[0.25em] border-dashed border-(--tg-brand)"
      >
        <span aria-hidden="true" className="grid size-[8em] place-items-center rounded-full bg-[#eef2f5]">
          {block.shape === 'card' ? (
            <span className="h-[3.6em] w-[5.6em] rounded-[0.5em] border-[0.2em] border-[#8fa3b8]" />
          ) : (
            <span className="h-[4.6em] w-[3.6em] rounded-[50%] border-[0.2em] border-[#8fa3b8]" />
          )}
        </span>
      </Tappable>
      {block.hint && <div className="text-center text-[0.9em] text-[#5f5f5f]">{block.hint}</div>}
    </div>
  );
}
