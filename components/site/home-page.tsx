import Link from 'next/link';
import { CONFIDENCE_LABEL, TASKS } from '@/lib/shared/constants';
import type { HomeView } from '@/lib/server/source';
import { GuideChooser } from './guide-chooser.client';
import { SafetyLine } from './safety-line';
import { SearchBox } from './search-box.client';
import { dictFor } from '@/lib/shared/i18n';

/** The home page: what the site is, search, the chooser, and every guide grouped by app. */
export function HomePage({ view }: { view: HomeView }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">微信和 QQ 的实名、身份信息，点给你看</h1>
      <p className="mt-3 text-stone-700">
        每篇教程旁边有一部模拟手机：点高亮的地方，它就像真手机一样翻到下一页。可以按你的 App 版本和 iPhone / 安卓切换路径。
      </p>
      <div className="only-js mt-4">
        <SearchBox big />
      </div>
      <SafetyLine t={dictFor('zh')} className="mt-4" />

      <GuideChooser {...view.chooser} />

      {view.apps.map((app) => {
        return (
          <section key={app.id} aria-labelledby={`app-${app.id}`} className="mt-8">
            <h2 id={`app-${app.id}`} className="text-xl font-semibold text-stone-900">
              {app.name}
            </h2>
            <ul className="mt-3 grid gap-3">
              {app.guides.map((g) => (
                <li key={g.slug}>
                  <Link
                    href={`/guides/${g.slug}/`}
                    className="block rounded-2xl border border-stone-200 bg-white p-4 hover:border-emerald-600"
                  >
                    <span className="block text-sm font-medium text-stone-600">{TASKS[g.frontmatter.task]}</span>
                    <span className="text-lg font-semibold text-emerald-900">{g.frontmatter.title}</span>
                    <span className="mt-1 block text-stone-700">{g.frontmatter.summary}</span>
                    <span className="mt-2 block text-sm text-stone-600">
                      {g.frontmatter.variants.map((v) => v.label).join(' / ')} · iPhone / 安卓 · 把握程度：
                      {CONFIDENCE_LABEL[g.frontmatter.confidence]}
                      {g.frontmatter.checkedOnDevice.length ? '' : ' · 未在真机核对'}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
