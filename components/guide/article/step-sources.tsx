import { SOURCE_KIND_LABEL } from '@/lib/shared/constants';
import type { Source } from '@/lib/shared/types';
import { SourceLink } from '../page/source-link';

/**
 * “依据”: under each step, the sources it rests on, named with their kind and date, folded so the
 * step's instruction stays short. A step without a source says so (its text has an unverified box too).
 */
export function StepSources({ sources }: { sources: Source[] }) {
  if (!sources.length) {
    return (
      <p className="mt-2 text-sm text-amber-950" data-step-sources="none" data-pagefind-ignore="">
        依据：这一步没有找到可靠的来源。
      </p>
    );
  }
  const best = sources[0]!;
  return (
    <details className="mt-2 text-sm text-stone-700" data-step-sources="" data-pagefind-ignore="">
      <summary className="flex min-h-11 cursor-pointer items-center">
        依据：{sources.length} 个来源（最可靠的：{SOURCE_KIND_LABEL[best.kind]}
        {best.date ? `，${best.date.slice(0, 4)} 年` : ''}）
      </summary>
      <ul className="mb-1 list-disc space-y-1 pl-5">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
            <span className="text-stone-600">
              （{SOURCE_KIND_LABEL[s.kind]}
              {s.date ? `，${s.date}` : ''}）
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
