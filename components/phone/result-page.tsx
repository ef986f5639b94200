import type { Block } from '@/lib/shared/types';

type Result = Extract<Block, { type: 'result' }>;

const look = {
  success: { bg: 'bg-(--tg-brand)', glyph: '✓' },
  info: { bg: 'bg-[#3b7be0]', glyph: 'i' },
  warning: { bg: 'bg-[#c2570c]', glyph: '!' },
} as const;

/** The big icon + title of a finished action (已认证, 注销成功 …). */
export function ResultPage({ block }: { block: Result }) {
  const l = look[block.status];
  return (
    <div className="flex flex-col items-center gap-[0.6em] bg-white px-[1.2em] pb-[1.4em] pt-[1.8em] text-center">
      <span aria-hidden="true" className={`grid size-[3.4em] place-items-center rounded-full text-[1.4em] font-bold text-white ${l.bg}`}>
        {l.glyph}
      </span>
      <div className="text-[1.15em] font-semibold text-[#111]">{block.title}</div>
      {block.detail && <div className="text-[0.9em] text-[#5f5f5f]">{block.detail}</div>}
    </div>
  );
}
