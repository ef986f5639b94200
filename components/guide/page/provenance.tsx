import { CONFIDENCE_LABEL, OS_LABEL } from '@/lib/shared/constants';
import type { GuideFrontmatter } from '@/lib/shared/types';


/** One line under the title: how sure we are and whether anyone checked on a real phone. */
export function ProvenanceSummary({ fm, updated }: { fm: GuideFrontmatter; updated: string }) {
  const checked = fm.checkedOnDevice.length > 0;
  return (
    <p className="flex flex-wrap gap-2 text-sm">
      <span className="rounded-md bg-stone-100 px-2 py-0.5 text-stone-800">把握程度：{CONFIDENCE_LABEL[fm.confidence]}</span>
      <span className={`rounded-md px-2 py-0.5 ${checked ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'}`}>{checked ? '已在真机核对' : '未在真机核对'}</span>
      <a href="#provenance" className="rounded-md px-2 py-0.5 text-emerald-800 underline underline-offset-2">
        {fm.sources.length} 个来源
      </a>
      <span className="px-1 py-0.5 text-stone-600">
        最后更新：<time dateTime={updated}>{updated}</time>
      </span>
    </p>
  );
}

/** Where the steps come from, shown plainly: sources, confidence, and real-phone checks. */
export function Provenance({ fm, appName, updated }: { fm: GuideFrontmatter; appName: string; updated: string }) {
  return (
    <section id="provenance" aria-labelledby="provenance-title" className="rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="provenance-title" className="text-lg font-semibold text-stone-900">
        这篇教程的依据
      </h2>
      <dl className="mt-2 space-y-2 text-[15px] text-stone-800">
        <div>
          <dt className="inline font-medium">把握程度：</dt>
          <dd className="inline">
            {CONFIDENCE_LABEL[fm.confidence]}
            {fm.confidenceNote ? `。${fm.confidenceNote}` : ''}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">最后更新：</dt>
          <dd className="inline">
            <time dateTime={updated}>{updated}</time>
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">真机核对：</dt>
          <dd className="inline">
            {fm.checkedOnDevice.length
              ? fm.checkedOnDevice.map((c) => `${c.date} 在 ${OS_LABEL[c.os]} ${appName} ${c.appVersion} 上核对`).join('；')
              : '未在真机核对。我们还没有在真实手机上逐步点过这条路径；如果你看到的和这里不同，以你的手机为准。'}
          </dd>
        </div>
      </dl>
      <h3 className="mt-4 text-base font-semibold text-stone-900">来源</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-[15px]">
        {fm.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="nofollow noopener noreferrer" className="text-emerald-800 underline underline-offset-2">
              {s.title}
            </a>
            {s.note && <span className="text-stone-700">：{s.note}</span>}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-stone-600">以上都是第三方网页，不是腾讯官方说明。手机画面是按这些来源画的示意图，灰条表示我们没有把握的菜单项。</p>
    </section>
  );
}
