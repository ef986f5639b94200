import Link from 'next/link';
import { SafetyLine } from '@/components/site/safety-line';
import { APPS } from '@/lib/apps';
import { OS_LABEL } from '@/lib/content/constants';
import type { Guide } from '@/lib/content/load-content';
import type { ScreenData } from '@/lib/content/screen-schema';
import type { StepPage as StepPageData } from '@/lib/content/step-pages';
import { initialState } from '@/lib/flow/player-state';
import { findStep, nextAfterTap, stepsFor } from '@/lib/flow/walk';
import { guideStatePath, stepPagePath } from '@/lib/step-link';
import { GuideProvider } from './guide-state.client';
import { PlayerSlot } from './player-slot.client';
import { Provenance, ProvenanceSummary } from './provenance';
import { renderGuide } from './render-guide';
import { StaticPlayer } from './static-player';

/**
 * One step of one variant on one OS, as support staff send it: the phone opens on the step.
 * Without JavaScript the drawn phone and its controls are links to the neighbouring step pages;
 * with it the live player takes over and the address follows the reader from step to step.
 */
export async function StepPage({ guide, page, screens, updated }: { guide: Guide; page: StepPageData; screens: Record<string, ScreenData>; updated: string }) {
  const fm = guide.frontmatter;
  const app = APPS[fm.app];
  const at = { variant: page.variant, os: page.os, step: page.step };
  // Only this variant's steps travel to the browser; another variant is the guide page's job.
  const steps = stepsFor(guide.flow, at);
  const used = Object.fromEntries([...new Set(steps.map((s) => s.screen))].map((n) => [n, screens[n]!]));
  const { bodies: all } = await renderGuide(guide);
  const bodies = Object.fromEntries(steps.map((s) => [s.id, all[s.id]]));
  const variants = fm.variants.map(({ id, label, hint, match }) => ({ id, label, match, ...(hint ? { hint } : {}) }));
  const meta = { slug: guide.slug, title: fm.title, app: fm.app, variants, page: at };
  const variant = variants.find((v) => v.id === page.variant)!;

  const route = initialState(guide.flow, page.variant, page.os, page.step).path;
  const step = findStep(guide.flow, page.step)!;
  const next = step.options ? undefined : nextAfterTap(guide.flow, step, at);
  const link = (id: string | undefined) => id && stepPagePath({ slug: guide.slug, variant: page.variant, os: page.os, step: id });
  const links = { back: link(route[route.length - 2]), restart: link(route[0]), next: link(next?.id) };
  const inGuide = guideStatePath({ slug: guide.slug, ...at });

  return (
    <GuideProvider meta={meta} flow={guide.flow} screens={used}>
      <div className="mx-auto grid max-w-md gap-y-4 pt-4 lg:max-w-none lg:grid-cols-[minmax(0,1fr)_360px] lg:grid-rows-[auto_1fr] lg:gap-x-10 lg:pt-8" data-step-page="">
        <header className="space-y-2 lg:col-start-1">
          <nav aria-label="位置" className="text-sm text-stone-600">
            <Link href="/" className="underline underline-offset-2">
              全部教程
            </Link>{' '}
            ›{' '}
            <Link href={`/guides/${guide.slug}/`} className="underline underline-offset-2">
              {fm.title}
            </Link>
          </nav>
          <h1 className="text-2xl font-bold leading-tight text-stone-900">{fm.title}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[15px] text-stone-800">
            <span className="rounded-md bg-stone-100 px-2 py-0.5">
              {app.short} {variant.label} · {OS_LABEL[page.os]}
            </span>
            <a href={guideStatePath({ slug: guide.slug, variant: page.variant, os: page.os })} className="text-emerald-800 underline underline-offset-2">
              换版本或手机系统
            </a>
          </p>
        </header>
        <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <PlayerSlot bodies={bodies} always fallback={<StaticPlayer slug={guide.slug} title={fm.title} flow={guide.flow} screens={screens} variants={variants} bodies={bodies} at={at} links={links} />} />
          </div>
        </div>
        <div className="space-y-4 lg:col-start-1">
          <p className="text-[15px]">
            <a href={inGuide} className="font-medium text-emerald-800 underline underline-offset-2">
              在完整教程里看这一步
            </a>
            <span className="text-stone-700">：全部步骤、说明和来源</span>
          </p>
          <SafetyLine />
          <ProvenanceSummary fm={fm} updated={updated} />
          <Provenance fm={fm} appName={app.short} updated={updated} />
        </div>
      </div>
    </GuideProvider>
  );
}
