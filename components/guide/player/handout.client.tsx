'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { stepsFor } from '@/lib/flow/walk';
import { useDict } from '@/lib/shared/i18n/context.client';
import { appName, format, osName } from '@/lib/shared/i18n/format';
import { guideStatePath, pathImagePath, siteOrigin } from '@/lib/shared/links';
import { loadQr, qrCode, qrLib } from '@/lib/shared/qr';
import { variantLabel } from '@/lib/shared/variants';
import { useGuide } from '../state/guide-state.client';
import { StepDrawing } from './step-drawing';

/**
 * The printed handout (打印 / 保存为 PDF, or the browser's own print): the reader's version and OS
 * only, each step on its own page in big type with its drawn screen and the target marked, and the
 * guide's link as a QR code on the first page; no site chrome. It is drawn only while printing
 * (the browser's beforeprint), into <body>, and the print stylesheet shows nothing else.
 */
export function Handout({ bodies }: { bodies: Record<string, ReactNode> }) {
  const { meta, flow, screens, state, route } = useGuide();
  const [printing, setPrinting] = useState(false);
  const t = useDict();
  useEffect(() => {
    void loadQr(); // the QR is drawn at once when the browser asks to print
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  if (!printing) return null;

  const link = `${siteOrigin()}${guideStatePath({ slug: meta.slug, variant: state.variant, os: state.os, firstVariant: meta.variants[0]!.id, lang: meta.lang })}`;
  const picture = `${siteOrigin()}${pathImagePath({ slug: meta.slug, variant: state.variant, os: state.os, lang: meta.lang })}`;
  const q = qrLib();
  const code = q && qrCode(q, link);
  const steps = stepsFor(flow, state).filter((s) => route.numberOf(s.id) !== undefined);
  return createPortal(
    <div className="tg-handout" data-handout="">
      <section className="tg-handout-page">
        <h1 className="text-[2rem] font-bold leading-snug">{meta.title}</h1>
        <p className="mt-3 text-[1.4rem]">
          {appName(t, meta.app)} {variantLabel(meta.variants, state.variant)} · {osName(t, state.os)}
        </p>
        <p className="mt-6 text-[1.3rem] leading-relaxed">{format(t.handoutCount, { n: steps.length })}</p>
        <p className="mt-3 text-[1.3rem] leading-relaxed">{t.handoutSafety}</p>
        {code && (
          <svg
            viewBox={`0 0 ${code.size} ${code.size}`}
            className="mt-8 block w-[6cm]"
            shapeRendering="crispEdges"
            role="img"
            aria-label={format(t.qrOf, { url: link })}
            data-handout-qr={link}
          >
            <rect width={code.size} height={code.size} fill="#fff" />
            <path d={code.d} fill="#000" />
          </svg>
        )}
        <p className="mt-2 text-[1.1rem]">{t.handoutScan}</p>
        <p className="break-all font-mono text-[1rem]">{link}</p>
        <p className="mt-4 text-[1.1rem]">
          {t.handoutPicture}
          <a href={picture} className="break-all font-mono text-[1rem]" data-handout-picture="">
            {picture}
          </a>
        </p>
      </section>
      {steps.map((s) => {
        const via = route.branchOf(s.id);
        return (
          <section key={s.id} className="tg-handout-page">
            {via && <p className="text-[1.2rem] font-semibold">{format(t.handoutAfter, { label: via.label })}</p>}
            <h2 className="text-[1.8rem] font-bold leading-snug">
              {format(t.handoutStep, { n: route.numberOf(s.id) ?? '', title: s.title })}
            </h2>
            <div className="tg-prose mt-3 text-[1.3rem]">{bodies[s.id]}</div>
            <StepDrawing
              step={s}
              screen={screens[s.screen]!}
              skin={state.os}
              label={format(t.drawnScreen, { title: s.title })}
              t={t}
              className="tg-handout-phone mt-4"
            />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
