/**
 * The page at an old step id (kept as an alias): it sends the browser on to the step that
 * replaced it at once (a meta refresh, which needs no JavaScript) and shows a plain link meanwhile.
 */
import type { Lang } from '@/lib/shared/constants';
import { dictFor } from '@/lib/shared/i18n';

export function AliasRedirect({ to, title, lang = 'zh' }: { to: string; title: string; lang?: Lang }) {
  const t = dictFor(lang);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      {/* React puts <meta> in the document head wherever it is rendered. */}
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="text-2xl font-bold text-stone-900">{t.aliasTitle}</h1>
      <p className="mt-3 text-stone-700">
        {t.aliasText}
        <a href={to} className="font-medium text-emerald-800 underline underline-offset-2">
          {title}
        </a>
      </p>
    </div>
  );
}
