import { format, kindName } from '@/lib/shared/i18n/format';
import type { Dict } from '@/lib/shared/i18n/zh';
import type { Source } from '@/lib/shared/types';
import { SourceLink } from '../page/source-link';

/**
 * “依据”: under each step, the sources it rests on, named with their kind and date, folded so the
 * step's instruction stays short. A step without a source says so (its text has an unverified box too).
 */
export function StepSources({ sources, t }: { sources: Source[]; t: Dict }) {
  if (!sources.length) {
    return (
      <p className="mt-2 text-sm text-amber-950" data-step-sources="none" data-pagefind-ignore="">
        {t.sourcesNone}
      </p>
    );
  }
  const best = sources[0]!;
  return (
    <details className="mt-2 text-sm text-stone-700" data-step-sources="" data-pagefind-ignore="">
      <summary className="flex min-h-11 cursor-pointer items-center">
        {format(t.sourcesSummary, {
          n: sources.length,
          kind: kindName(t, best.kind),
          year: best.date ? format(t.sourcesYear, { year: best.date.slice(0, 4) }) : '',
        })}
      </summary>
      <ul className="mb-1 list-disc space-y-1 pl-5">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} t={t} />
            <span className="text-stone-600">
              {t.lang === 'zh' ? '（' : ' ('}
              {kindName(t, s.kind)}
              {s.date ? `${t.lang === 'zh' ? '，' : ', '}${s.date}` : ''}
              {t.lang === 'zh' ? '）' : ')'}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
