'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { stepsFor } from '@/lib/flow/walk';
import { APPS, OS_LABEL } from '@/lib/shared/constants';
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

  const link = `${siteOrigin()}${guideStatePath({ slug: meta.slug, variant: state.variant, os: state.os, firstVariant: meta.variants[0]!.id })}`;
  const picture = `${siteOrigin()}${pathImagePath({ slug: meta.slug, variant: state.variant, os: state.os })}`;
  const q = qrLib();
  const code = q && qrCode(q, link);
  const steps = stepsFor(flow, state).filter((s) => route.numberOf(s.id) !== undefined);
  return createPortal(
    <div className="tg-handout" data-handout="">
      <section className="tg-handout-page">
        <h1 className="text-[2rem] font-bold leading-snug">{meta.title}</h1>
        <p className="mt-3 text-[1.4rem]">
          {APPS[meta.app].short} {variantLabel(meta.variants, state.variant)} · {OS_LABEL[state.os]}
        </p>
        <p className="mt-6 text-[1.3rem] leading-relaxed">一共 {steps.length} 步，每页一步。照着手机画面上框出来的地方点。</p>
        <p className="mt-3 text-[1.3rem] leading-relaxed">证件号、验证码和支付密码只在微信或 QQ 自己的页面里填写，不要告诉任何人。</p>
        {code && (
          <svg
            viewBox={`0 0 ${code.size} ${code.size}`}
            className="mt-8 block w-[6cm]"
            shapeRendering="crispEdges"
            role="img"
            aria-label={`二维码：${link}`}
            data-handout-qr={link}
          >
            <rect width={code.size} height={code.size} fill="#fff" />
            <path d={code.d} fill="#000" />
          </svg>
        )}
        <p className="mt-2 text-[1.1rem]">用手机扫码，打开这份教程：</p>
        <p className="break-all font-mono text-[1rem]">{link}</p>
        <p className="mt-4 text-[1.1rem]">
          所有步骤的一张长图（可以存在手机里，或发给家里人）：
          <a href={picture} className="break-all font-mono text-[1rem]" data-handout-picture="">
            {picture}
          </a>
        </p>
      </section>
      {steps.map((s) => {
        const via = route.branchOf(s.id);
        return (
          <section key={s.id} className="tg-handout-page">
            {via && <p className="text-[1.2rem] font-semibold">选“{via.label}”之后：</p>}
            <h2 className="text-[1.8rem] font-bold leading-snug">
              第 {route.numberOf(s.id)} 步：{s.title}
            </h2>
            <div className="tg-prose mt-3 text-[1.3rem]">{bodies[s.id]}</div>
            <StepDrawing
              step={s}
              screen={screens[s.screen]!}
              skin={state.os}
              label={`示意画面：${s.title}`}
              className="tg-handout-phone mt-4"
            />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
