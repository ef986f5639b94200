import type { EditorsView } from './editors-api';
import { appName } from './guide-tables';

/** The two lists editors act on: versions gone stale, and app versions to re-check a version on. */
export function ActLists({ view }: { view: EditorsView }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="recheck-heading" className="rounded-xl border border-stone-200 bg-white p-4" data-list="recheck">
        <h3 id="recheck-heading" className="font-semibold text-stone-900">
          要重新核对：读者用上了没人确认过的新版本
        </h3>
        {view.recheck.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">没有：读者用的版本都不比已确认的新。</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {view.recheck.map((r) => (
              <li key={`${r.guide}/${r.variant}/${r.version}`} data-recheck={`${r.guide}/${r.variant}/${r.version}`}>
                <strong className="font-semibold">
                  {appName(r.app)} {r.version}：{r.answers} 个回答，
                  {r.newestConfirmed ? `比已确认的 ${r.newestConfirmed} 新` : '从未确认'}
                </strong>
                <span className="block text-stone-700">
                  {r.title} · {r.label}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="stale-heading" className="rounded-xl border border-stone-200 bg-white p-4" data-list="stale">
        <h3 id="stale-heading" className="font-semibold text-stone-900">
          过期：{view.staleDays} 天内没人确认的版本
        </h3>
        {view.stale.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">没有：每个版本 {view.staleDays} 天内都有人确认过。</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {view.stale.map((s) => (
              <li key={`${s.guide}/${s.variant}`} data-stale={`${s.guide}/${s.variant}`}>
                <strong className="font-semibold">
                  {s.title} · {appName(s.app)} {s.label}
                </strong>
                <span className="block text-stone-700">{s.lastConfirmed ? `最后确认：${s.lastConfirmed}` : '从未确认'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
