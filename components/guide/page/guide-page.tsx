import Link from 'next/link';
import type { GuideView } from '@/lib/server/source';
import { dictFor } from '@/lib/shared/i18n';
import { format } from '@/lib/shared/i18n/format';
import { CounterpartLink } from './counterpart-link';
import { EnglishOffer } from './english-offer.client';
import { renderGuide } from '../article/render-guide';
import { PlayerSlot } from '../player/player-slot.client';
import { GuideProvider } from '../state/guide-state.client';
import { Provenance, ProvenanceSummary } from './provenance';
import { PathPictureLink } from './path-picture-link.client';
import { PrintButton } from './print-button.client';
import { VariantPicker } from './variant-picker.client';

/** A guide: title and picker, the phone (sticky beside the article on wide screens), the steps, the sources. */
export async function GuidePage({ view }: { view: GuideView }) {
  const { guide, meta, app, screens, updated } = view;
  const fm = guide.frontmatter;
  const t = dictFor(guide.lang);
  const { article, bodies } = await renderGuide(guide, view.provenance, view.variant);
  const shown = view.versions.find((v) => v.id === view.variant)!;
  const others = view.versions.filter((v) => v.id !== view.variant);
  // For each version, the step whose screen tells it apart, drawn small for “看图认版本”.
  const pictures = Object.fromEntries(view.telltale.map(({ variant, step }) => [variant, step.id]));
  return (
    <GuideProvider meta={meta} flow={guide.flow} screens={screens} bodies={bodies}>
      <div className="grid gap-x-10 gap-y-4 pt-4 lg:grid-cols-[minmax(0,1fr)_360px] lg:pt-8">
        <header className="space-y-3 lg:col-start-1">
          <nav aria-label={t.breadcrumb} className="hidden text-sm text-stone-600 sm:block">
            <Link href={guide.lang === 'en' ? '/en/guides/' : '/'} className="underline underline-offset-2">
              {t.allGuides}
            </Link>{' '}
            › {app.name}
          </nav>
          {/* Search (Pagefind) indexes the title, the summary and the article's text: nothing else on the page. */}
          <h1 className="text-xl font-bold leading-snug text-stone-900 sm:text-2xl lg:text-3xl" data-pagefind-body="">
            {fm.title}
          </h1>
          <p className="hidden text-stone-700 sm:block" data-pagefind-body="">
            {fm.summary}
          </p>
          {/* On a phone the instruction, the drawn phone and 看下一步 share the first screen: the link waits under the phone. */}
          {view.counterpart && <CounterpartLink {...view.counterpart} className="hidden sm:block" />}
          {view.counterpart?.lang === 'en' && <EnglishOffer href={view.counterpart.href} title={view.counterpart.title} />}
          <VariantPicker appName={app.short} pictures={view.telltale.length ? pictures : undefined} />
          {/* Without JavaScript the page is one version's; each other version has its own page. */}
          <p className="only-nojs rounded-xl bg-stone-100 px-4 py-3 text-sm text-stone-800" data-versions="">
            {format(t.stepsOf, { app: app.short, variant: shown.label })}
            {others.length > 0 && (
              <>
                {' '}
                {t.otherVersions}
                {others.map((v, i) => (
                  <span key={v.id}>
                    {i > 0 && t.listSep}
                    <a href={v.href} className="font-medium text-emerald-800 underline underline-offset-2">
                      {v.label}
                    </a>
                  </span>
                ))}
              </>
            )}
          </p>
        </header>

        <div className="lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <PlayerSlot />
          </div>
        </div>

        <div className="space-y-4 lg:col-start-1">
          <div className="space-y-2 sm:hidden">
            <p className="text-stone-700">{fm.summary}</p>
            {view.counterpart && <CounterpartLink {...view.counterpart} />}
          </div>
          <ProvenanceSummary provenance={view.provenance} updated={updated} t={t} />
          <article className="tg-prose space-y-4" aria-label={t.allSteps} data-pagefind-body="">
            {article}
          </article>
          <PrintButton />
          <PathPictureLink />
          <Provenance provenance={view.provenance} app={fm.app} updated={updated} t={t} />
        </div>
      </div>
    </GuideProvider>
  );
}
