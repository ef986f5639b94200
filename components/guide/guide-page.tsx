import Link from 'next/link';
import { APPS } from '@/lib/apps';
import type { Guide } from '@/lib/content/load-content';
import type { ScreenData } from '@/lib/content/screen-schema';
import { GuideProvider } from './guide-state.client';
import { PlayerSlot } from './player-slot.client';
import { Provenance, ProvenanceSummary } from './provenance';
import { renderGuide } from './render-guide';
import { StaticPlayer } from './static-player';
import { VariantPicker } from './variant-picker.client';
import { DrawnStep } from './drawn-step';
import { telltaleSteps } from '@/lib/flow/telltale';

/** A guide: title and picker, the phone (sticky beside the article on wide screens), the steps, the sources. */
export async function GuidePage({ guide, screens, updated }: { guide: Guide; screens: Record<string, ScreenData>; updated: string }) {
  const fm = guide.frontmatter;
  const app = APPS[fm.app];
  // Only the screens this guide uses travel to the browser.
  const used = Object.fromEntries([...new Set(guide.flow.steps.map((s) => s.screen))].map((n) => [n, screens[n]!]));
  const { article, bodies } = await renderGuide(guide);
  // For each version, the screen that tells it apart, drawn small for “看图认版本”.
  const telltale = fm.variants.length > 1 ? telltaleSteps(guide.flow, fm.variants.map((v) => v.id)) : {};
  const pictures = Object.fromEntries(
    Object.entries(telltale).flatMap(([v, step]) => (step ? [[v, <DrawnStep key={v} step={step} screen={screens[step.screen]!} label={step.title} />]] : [])),
  );
  const meta = { slug: guide.slug, title: fm.title, app: fm.app, variants: fm.variants.map(({ id, label, hint, match }) => ({ id, label, match, ...(hint ? { hint } : {}) })), ...(fm.aliases ? { aliases: fm.aliases } : {}) };

  return (
    <GuideProvider meta={meta} flow={guide.flow} screens={used}>
      <div className="grid gap-x-10 gap-y-4 pt-4 lg:grid-cols-[minmax(0,1fr)_360px] lg:pt-8">
        <header className="space-y-3 lg:col-start-1">
          <nav aria-label="位置" className="hidden text-sm text-stone-600 sm:block">
            <Link href="/" className="underline underline-offset-2">
              全部教程
            </Link>{' '}
            › {app.name}
          </nav>
          {/* Search (Pagefind) indexes the title, the summary and the article's text: nothing else on the page. */}
          <h1 className="text-2xl font-bold leading-tight text-stone-900 lg:text-3xl" data-pagefind-body="">
            {fm.title}
          </h1>
          <p className="hidden text-stone-700 sm:block" data-pagefind-body="">
            {fm.summary}
          </p>
          <VariantPicker appName={app.short} pictures={Object.keys(pictures).length ? pictures : undefined} />
          <p className="only-nojs rounded-xl bg-stone-100 px-4 py-3 text-sm text-stone-800">下面列出了所有版本的步骤，只适用于部分版本的步骤会标明“仅适用于”。</p>
        </header>

        <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <PlayerSlot
              bodies={bodies}
              fallback={<StaticPlayer slug={guide.slug} title={fm.title} flow={guide.flow} screens={screens} variants={meta.variants} bodies={bodies} />}
            />
          </div>
        </div>

        <div className="space-y-4 lg:col-start-1">
          <div className="space-y-2 sm:hidden">
            <p className="text-stone-700">{fm.summary}</p>
          </div>
          <ProvenanceSummary fm={fm} updated={updated} />
          <article className="tg-prose space-y-4" aria-label="全部步骤" data-pagefind-body="">
            {article}
          </article>
          <Provenance fm={fm} appName={app.short} updated={updated} />
        </div>
      </div>
    </GuideProvider>
  );
}
