import Link from 'next/link';
import { SafetyLine } from '@/components/site/safety-line';
import { dictFor } from '@/lib/shared/i18n';
import { osName } from '@/lib/shared/i18n/format';
import type { StepView } from '@/lib/server/source';
import { guidePath } from '@/lib/shared/links';
import { renderGuide } from '../article/render-guide';
import { PlayerSlot } from '../player/player-slot.client';
import { GuideProvider } from '../state/guide-state.client';
import { PathPictureLink } from './path-picture-link.client';
import { PrintButton } from './print-button.client';
import { Provenance, ProvenanceSummary } from './provenance';

/**
 * One step of one variant on one OS, as support staff send it: the phone opens on the step.
 * Without JavaScript the drawn phone and its controls are links to the neighbouring step pages;
 * with it the live player takes over and the address follows the reader from step to step.
 */
export async function StepPage({ view }: { view: StepView }) {
  const { guide, meta, app, page, screens, updated } = view;
  const fm = guide.frontmatter;
  const t = dictFor(guide.lang);
  const { bodies: all } = await renderGuide(guide, view.provenance, page.variant);
  // Only this variant's steps travel to the browser; another variant is the guide page's job.
  const bodies = Object.fromEntries(view.steps.map((id) => [id, all[id]!]));

  return (
    <GuideProvider meta={meta} flow={guide.flow} screens={screens} bodies={bodies}>
      <div
        className="mx-auto grid max-w-md gap-y-4 pt-4 lg:max-w-none lg:grid-cols-[minmax(0,1fr)_360px] lg:grid-rows-[auto_1fr] lg:gap-x-10 lg:pt-8"
        data-step-page=""
      >
        <header className="space-y-2 lg:col-start-1">
          <nav aria-label={t.breadcrumb} className="text-sm text-stone-600">
            <Link href={guide.lang === 'en' ? '/en/guides/' : '/'} className="underline underline-offset-2">
              {t.allGuides}
            </Link>{' '}
            ›{' '}
            <Link href={guidePath(guide.slug, guide.lang)} className="underline underline-offset-2">
              {fm.title}
            </Link>
          </nav>
          <h1 className="text-xl font-bold leading-snug text-stone-900 sm:text-2xl">{fm.title}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[15px] text-stone-800">
            <span className="rounded-md bg-stone-100 px-2 py-0.5">
              {app.short} {view.variantLabel} · {osName(t, page.os)}
            </span>
            <a href={view.changeVersion} className="text-emerald-800 underline underline-offset-2">
              {t.changeVersion}
            </a>
          </p>
        </header>
        <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <PlayerSlot always links={view.links} />
          </div>
        </div>
        <div className="space-y-4 lg:col-start-1">
          <p className="text-[15px]">
            <a href={view.inGuide} className="font-medium text-emerald-800 underline underline-offset-2">
              {t.seeInGuide}
            </a>
            <span className="text-stone-700">{t.seeInGuideRest}</span>
          </p>
          <SafetyLine t={t} />
          <PrintButton />
          <PathPictureLink />
          <ProvenanceSummary provenance={view.provenance} updated={updated} t={t} />
          <Provenance provenance={view.provenance} app={fm.app} updated={updated} t={t} />
        </div>
      </div>
    </GuideProvider>
  );
}
