import type { Block, ScreenData } from '@/lib/shared/types';
import { Tappable, cx, type TapApi } from './tap';

type Fields = Extract<Block, { type: 'fields' }>;

/**
 * What an empty field shows when the screen gives no `placeholder`. Chinese screens show WeChat's
 * usual 请输入…; for English no source quotes the app's hint, so the field stays empty rather than
 * showing words the app may not use.
 */
export function emptyFieldText(label: string, lang: ScreenData['lang']): string {
  return lang === 'en' ? '' : `请输入${label}`;
}

/**
 * Form rows. They are not inputs: nothing a reader types can be kept or sent.
 * Tapping a field shows its fake sample value; the step's target field also advances.
 */
export function FormFields({ block, lang, tap }: { block: Fields; lang: ScreenData['lang']; tap?: TapApi }) {
  return (
    <div className="mb-[0.7em]">
      {block.title && <div className="px-[1.1em] pb-[0.4em] text-[0.85em] text-[#5f5f5f]">{block.title}</div>}
      <div className="bg-white">
        {block.fields.map((f, i) => {
          const filled = !!f.id && !!tap?.filled?.has(f.id);
          return (
            <Tappable
              key={i}
              id={f.id}
              tap={tap}
              fillLabel={lang === 'en' ? `${f.label}: tap to fill in a sample` : `${f.label}：点一下填入示例`}
              className={cx('flex h-[3.4em] w-full items-center gap-[0.8em] px-[1.1em] text-left', i > 0 && 'border-t border-[#ececec]')}
            >
              <span className="w-[5.5em] shrink-0 text-[#111]">{f.label}</span>
              <span className={cx('flex-1 truncate', filled ? 'text-[#111]' : 'text-[#6b6b6b]')}>
                {filled ? f.sample : (f.placeholder ?? emptyFieldText(f.label, lang))}
              </span>
            </Tappable>
          );
        })}
      </div>
    </div>
  );
}
