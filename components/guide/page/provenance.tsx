import { CONFIDENCE_LABEL, OS_LABEL, SOURCE_KIND_LABEL } from '@/lib/shared/constants';
import type { Provenance as ProvenanceData } from '@/lib/server/views/provenance';
import { SourceLink } from './source-link';

/** “8.0 及以上 中 · 7.x 低”, or one word when every version is as sure. */
function confidenceText(p: ProvenanceData): string {
  const levels = new Set(p.variants.map((v) => v.confidence));
  if (levels.size <= 1) return CONFIDENCE_LABEL[p.variants[0]?.confidence ?? p.confidence];
  return p.variants.map((v) => `${v.label} ${CONFIDENCE_LABEL[v.confidence]}`).join(' · ');
}

/** One line under the title: how sure we are, whether anyone checked on a real phone, the sources. */
export function ProvenanceSummary({ provenance, updated }: { provenance: ProvenanceData; updated: string }) {
  const checked = provenance.variants.filter((v) => v.checks.length);
  return (
    <p className="flex flex-wrap gap-2 text-sm">
      <span className="rounded-md bg-stone-100 px-2 py-0.5 text-stone-800">把握程度：{confidenceText(provenance)}</span>
      <span className={`rounded-md px-2 py-0.5 ${checked.length ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'}`}>
        {checked.length === provenance.variants.length
          ? '已在真机核对'
          : checked.length
            ? `${checked.map((v) => v.label).join('、')}已在真机核对`
            : '未在真机核对'}
      </span>
      <a href="#provenance" className="rounded-md px-2 py-0.5 text-emerald-800 underline underline-offset-2">
        {provenance.sources.length} 个来源
      </a>
      <span className="px-1 py-0.5 text-stone-600">
        最后更新：<time dateTime={updated}>{updated}</time>
      </span>
    </p>
  );
}

/** Where the steps come from, shown plainly: how sure each version is, real-phone checks, every source. */
export function Provenance({ provenance, appName, updated }: { provenance: ProvenanceData; appName: string; updated: string }) {
  return (
    <section id="provenance" aria-labelledby="provenance-title" className="rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="provenance-title" className="text-lg font-semibold text-stone-900">
        这篇教程的依据
      </h2>
      <dl className="mt-2 space-y-2 text-[15px] text-stone-800">
        <div>
          <dt className="inline font-medium">把握程度：</dt>
          <dd className="inline">
            {confidenceText(provenance)}
            {provenance.confidenceNote ? `。${provenance.confidenceNote}` : ''}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">最后更新：</dt>
          <dd className="inline">
            <time dateTime={updated}>{updated}</time>
          </dd>
        </div>
        <div>
          <dt className="font-medium">真机核对：</dt>
          <dd>
            <ul className="list-disc space-y-1 pl-5">
              {provenance.variants.map((v) => (
                <li key={v.id}>
                  {v.label}：
                  {v.checks.length
                    ? v.checks
                        .map((c) => `${c.date} 由${c.by}在${OS_LABEL[c.os]}的${appName} ${c.appVersion} 上核对（${c.checked}）`)
                        .join('；')
                    : '未在真机核对。我们还没有在真实手机上逐步点过这条路径；如果你看到的和这里不同，以你的手机为准。'}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <h3 className="mt-4 text-base font-semibold text-stone-900">来源（{provenance.sources.length} 个）</h3>
      <ul className="mt-1 space-y-2 text-[15px]" data-sources="">
        {provenance.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceLink source={s} />
            <span className="text-stone-600">
              （{SOURCE_KIND_LABEL[s.kind]}
              {s.date ? `，${s.date}` : ''}）
            </span>
            <p className="text-sm text-stone-700">{s.supports}</p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-stone-600">
        “腾讯官方”指腾讯自己的新闻稿、声明和开发文档；我们没有找到腾讯给用户看的帮助页。每一步下面的“依据”写着这一步靠哪些来源。手机画面是按这些来源画的示意图，灰条表示来源没有写到的菜单项。
      </p>
    </section>
  );
}
