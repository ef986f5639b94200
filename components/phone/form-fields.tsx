import type { Block } from '@/lib/content/screen-schema';
import { IdTag, cx, type TapApi } from './tap';

type Fields = Extract<Block, { type: 'fields' }>;

/**
 * Form rows. They are not inputs: nothing a reader types can be kept or sent.
 * Tapping a field shows its fake sample value; the step's target field also advances.
 */
export function FormFields({ block, tap }: { block: Fields; tap?: TapApi }) {
  return (
    <div className="mb-[0.7em]">
      {block.title && <div className="px-[1.1em] pb-[0.4em] text-[0.85em] text-[#5f5f5f]">{block.title}</div>}
      <div className="bg-white">
        {block.fields.map((f, i) => {
          const isTarget = !!f.id && !!tap?.targets.includes(f.id);
          const filled = !!f.id && !!tap?.filled?.has(f.id);
          const row = cx('flex h-[3.4em] w-full items-center gap-[0.8em] px-[1.1em] text-left', i > 0 && 'border-t border-[#ececec]');
          const content = (
            <>
              <span className="w-[5.5em] shrink-0 text-[#111]">{f.label}</span>
              <span className={cx('flex-1 truncate', filled ? 'text-[#111]' : 'text-[#6b6b6b]')}>{filled ? f.sample : (f.placeholder ?? `请输入${f.label}`)}</span>
            </>
          );
          const live = f.id && (isTarget ? tap?.onTap : tap?.onFill);
          if (!live) {
            return (
              <div key={i} className={cx(row, isTarget && 'tg-target tg-target-static', tap?.showIds && 'relative')} data-el={f.id}>
                {content}
                {tap?.showIds && f.id && <IdTag id={f.id} />}
              </div>
            );
          }
          return (
            <button
              key={i}
              type="button"
              className={cx(row, isTarget && 'tg-target')}
              data-target={isTarget ? f.id : undefined}
              data-field={f.id}
              aria-label={isTarget ? tap!.name(f.id!) : `${f.label}：点一下填入示例`}
              onClick={(e) => {
                e.stopPropagation();
                if (isTarget) tap!.onTap!(f.id!);
                else tap!.onFill?.(f.id!);
              }}
            >
              {content}
            </button>
          );
        })}
      </div>
    </div>
  );
}
