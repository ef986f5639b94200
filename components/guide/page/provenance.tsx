import { appName, confidenceName, format, kindName, osName } from '@/lib/shared/i18n/format';
import type { Dict } from '@/lib/shared/i18n/zh';
import { langOf } from '@/lib/shared/i18n/han';
import type { App } from '@/lib/shared/constants';
import type { Provenance as ProvenanceData } from '@/lib/server/views/provenance';
import { SourceLink } from './source-link';

/** “8.0 及以上 中 · 7.x 低”, or one word when every version is as sure. */
function confidenceText(p: ProvenanceData, t: Dict): string {
  const levels = new Set(p.variants.map((v) => v.confidence));
  if (levels.size <= 1) return confidenceName(t, p.variants[0]?.confidence ?? p.confidence);
  return p.variants.map((v) => `${v.label} ${confidenceName(t, v.confidence)}`).join(' · ');
}

/** One line under the title: how sure we are, whether anyone checked on a real phone, the sources. */
export function ProvenanceSummary({ provenance, updated, t }: { provenance: ProvenanceData; updated: string; t: Dict }) {
  const checked = provenance.variants.filter((v) => v.checks.length);
  return (
    <p className="flex flex-wrap gap-2 text-sm">
      <span className="rounded-md bg-stone-100 px-2 py-0.5 text-stone-800">
        {format(t.confidenceIs, { level: confidenceText(provenance, t) })}
      </span>
      <span className={`rounded-md px-2 py-0.5 ${checked.length ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'}`}>
        {checked.length === provenance.variants.length
          ? t.checkedAll
          : checked.length
            ? format(t.checkedSome, { versions: checked.map((v) => v.label).join(t.listSep) })
            : t.notChecked}
      </span>
      <a href="#provenance" className="rounded-md px-2 py-0.5 text-emerald-800 underline underline-offset-2">
        {format(t.sourceCount, { n: provenance.sources.length })}
      </a>
      <span className="px-1 py-0.5 text-stone-600">
        {t.updatedIs}
        <time dateTime={updated}>{updated}</time>
      </span>
    </p>
  );
}

/** Where the steps come from, shown plainly: how sure each version is, real-phone checks, every source. */
export function Provenance({ provenance, app, updated, t }: { provenance: ProvenanceData; app: App; updated: string; t: Dict }) {
  const zh = t.lang === 'zh';
  return (
    <section id="provenance" aria-labelledby="provenance-title" className="rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="provenance-title" className="text-lg font-semibold text-stone-900">
        {t.provenanceTitle}
      </h2>
      <dl className="mt-2 space-y-2 text-[15px] text-stone-800">
        <div>
          <dt className="inline font-medium">{t.confidenceLabel}</dt>
          <dd className="inline">
            {confidenceText(provenance, t)}
            {provenance.confidenceNote ? `${t.sentenceEnd}${provenance.confidenceNote}` : ''}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{t.updatedIs}</dt>
          <dd className="inline">
            <time dateTime={updated}>{updated}</time>
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t.deviceChecks}</dt>
          <dd>
            <ul className="list-disc space-y-1 pl-5">
              {provenance.variants.map((v) => (
                <li key={v.id}>
                  {v.label}
                  {zh ? '：' : ': '}
                  {v.checks.length
                    ? v.checks
                        .map((c) =>
                          format(t.deviceCheck, {
                            date: c.date,
                            by: c.by,
                            os: osName(t, c.os),
                            app: appName(t, app),
                            version: c.appVersion,
                            checked: c.checked,
                          }),
                        )
                        .join(t.deviceCheckSep)
                    : t.notCheckedLong}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <h3 className="mt-4 text-base font-semibold text-stone-900">{format(t.sourcesHeading, { n: provenance.sources.length })}</h3>
      <ul className="mt-1 space-y-2 text-[15px]" data-sources="">
        {provenance.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceLink source={s} t={t} />
            <span className="text-stone-600">
              {zh ? '（' : ' ('}
              {kindName(t, s.kind)}
              {s.date ? `${zh ? '，' : ', '}${s.date}` : ''}
              {zh ? '）' : ')'}
            </span>
            {/* What a source supports is written in the register's own words, which are Chinese. */}
            <p className="text-sm text-stone-700" lang={langOf(s.supports, zh ? 'zh' : 'en')}>
              {s.supports}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-stone-600">{t.sourcesNote}</p>
    </section>
  );
}
