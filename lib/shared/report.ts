import { OS_LABEL, type Os } from './constants';
import { siteOrigin, stepLink } from './links';
import type { VariantMeta } from './types';
import { variantLabel } from './variants';

/**
 * “我的界面不一样”: a prefilled report for the editors. It carries what identifies the step and
 * the reader's version, never anything about the reader. The destination is one setting,
 * NEXT_PUBLIC_REPORT_TO: a mailto: address (the default) or an https:// form address, which gets
 * the same fields as query parameters.
 */
export const DEFAULT_REPORT_TO = 'mailto:feedback@tapguide.example';

export interface ReportFields {
  guide: string;
  guideTitle: string;
  step: string;
  stepTitle: string;
  variant: string;
  variantLabel: string;
  os: Os;
  /** The WeChat/QQ version read from the user agent, when the page was opened inside the app. */
  appVersion?: string;
  link: string;
}

export function reportText(f: ReportFields): string {
  return [
    '我手机上的界面和这一步不一样。',
    '',
    `教程：${f.guideTitle}（${f.guide}）`,
    `步骤：${f.stepTitle}（${f.step}）`,
    `版本：${f.variantLabel}（${f.variant}）`,
    `系统：${OS_LABEL[f.os]}`,
    `App 版本：${f.appVersion ?? '未知（知道的话请写在下面）'}`,
    `链接：${f.link}`,
    '',
    '我看到的是（请只写菜单上的字；不要附截图，不要写姓名、身份证号、手机号）：',
    '',
  ].join('\n');
}

export function reportHref(f: ReportFields, to: string = process.env.NEXT_PUBLIC_REPORT_TO || DEFAULT_REPORT_TO): string {
  if (/^mailto:/i.test(to)) {
    const q = `subject=${encodeURIComponent(`界面不一样：${f.guideTitle} · ${f.stepTitle}`)}&body=${encodeURIComponent(reportText(f))}`;
    return `${to}${to.includes('?') ? '&' : '?'}${q}`;
  }
  const url = new URL(to);
  const fields = { guide: f.guide, step: f.step, variant: f.variant, os: f.os, ...(f.appVersion ? { app: f.appVersion } : {}) };
  for (const [k, v] of Object.entries(fields)) url.searchParams.set(k, v);
  return url.toString();
}

/** The report link for one step as the reader sees it. */
export function stepReportHref(
  guide: { slug: string; title: string; variants: readonly Pick<VariantMeta, 'id' | 'label'>[] },
  step: { id: string; title: string },
  at: { variant: string; os: Os },
  appVersion?: string,
): string {
  return reportHref({
    guide: guide.slug,
    guideTitle: guide.title,
    step: step.id,
    stepTitle: step.title,
    variant: at.variant,
    variantLabel: variantLabel(guide.variants, at.variant),
    os: at.os,
    link: stepLink(siteOrigin(), { slug: guide.slug, ...at, step: step.id }),
    ...(appVersion ? { appVersion } : {}),
  });
}
