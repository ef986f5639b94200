import type { Block } from '@/lib/shared/types';
import { Placeholder } from './icon';
import { Tappable, cx, type TapApi } from './tap';

/** The profile header at the top of the “我” page. The avatar is a neutral circle. */
export function ProfileHeader({ block, tap }: { block: Extract<Block, { type: 'profile' }>; tap?: TapApi }) {
  return (
    <Tappable id={block.id} tap={tap} className="mb-[0.7em] flex w-full items-center gap-[1em] bg-white px-[1.2em] py-[1.6em] text-left">
      <span
        aria-hidden="true"
        className="grid size-[3.6em] place-items-center rounded-[0.6em] bg-[#c9d6e3] text-[1.2em] font-semibold text-[#3d4f63]"
      >
        {block.name.slice(0, 1)}
      </span>
      <span className="flex flex-col gap-[0.3em]">
        <span className="text-[1.2em] font-semibold text-[#111]">{block.name}</span>
        {block.detail && <span className="text-[0.85em] text-[#5f5f5f]">{block.detail}</span>}
      </span>
    </Tappable>
  );
}

const tone = {
  // tg-filled: keeps its colour when it is the highlighted target (the highlight tints others).
  primary: 'tg-filled bg-(--tg-brand) text-white',
  default: 'bg-[#f2f2f2] text-(--tg-brand)',
  danger: 'bg-[#f2f2f2] text-[#c62828]',
} as const;

export function PhoneButton({ block, tap }: { block: Extract<Block, { type: 'button' }>; tap?: TapApi }) {
  return (
    <div className="px-[1.6em] py-[0.8em]">
      <Tappable
        id={block.id}
        tap={tap}
        className={cx('grid h-[3em] w-full place-items-center rounded-[0.5em] font-semibold', tone[block.tone])}
      >
        {block.label}
      </Tappable>
    </div>
  );
}

export function TextBlock({ block }: { block: Extract<Block, { type: 'text' }> }) {
  const color = block.tone === 'warning' ? 'text-[#a0440a]' : block.tone === 'normal' ? 'text-[#111]' : 'text-[#5f5f5f]';
  return <p className={`px-[1.2em] py-[0.6em] text-[0.85em] leading-[1.5] ${color}`}>{block.text}</p>;
}

/** Grey bars standing for content we do not draw (chat lists, other services). */
export function Skeleton({ lines }: { lines: number }) {
  return (
    <div aria-hidden="true" className="flex flex-col bg-white" data-placeholder="">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="flex items-center gap-[0.8em] border-b border-[#f0f0f0] px-[1.1em] py-[0.7em]">
          <span className="size-[2.6em] shrink-0 rounded-[0.4em] bg-[#e4e4e4]" />
          <span className="flex flex-1 flex-col gap-[0.45em]">
            <Placeholder className="w-[45%]" />
            <Placeholder className="w-[70%] bg-[#ececec]" />
          </span>
        </div>
      ))}
    </div>
  );
}
