import { APPS, OS_LABEL, type App, type Os } from '@/lib/shared/constants';
import { REASONS, type Reason } from '@/lib/shared/report-contract';
import { ShareBar } from './charts';
import type { Summary, StepView } from './editors-api';
import { StepTexts } from './step-texts.client';

/** Per guide → version → step: what readers said since the step last changed, and the device checks. */

type GuideSummary = Summary['guides'][number];
type VariantSummary = GuideSummary['variants'][number];

export const appName = (app: string) => APPS[app as App]?.short ?? app;
const osName = (os: string) => OS_LABEL[os as Os] ?? os;
const reasonName = (r: string) => REASONS[r as Reason] ?? r;

const answersOf = (g: GuideSummary) =>
  g.variants.reduce((n, v) => n + v.steps.reduce((m, s) => m + s.current.same + s.current.different, 0), 0);

export function GuideTables({ guides }: { guides: GuideSummary[] }) {
  return (
    <div className="space-y-3">
      {guides.map((g) => {
        const answers = answersOf(g);
        return (
          <details key={g.guide} open={answers > 0} className="rounded-xl border border-stone-200 bg-white" data-guide={g.guide}>
            <summary className="cursor-pointer px-4 py-3 font-semibold text-stone-900">
              {g.title}
              <span className="ml-2 text-sm font-normal text-stone-700">
                {appName(g.app)} · {answers ? `改动后 ${answers} 个回答` : '改动后还没有回答'}
              </span>
            </summary>
            <div className="space-y-5 border-t border-stone-200 px-3 py-4 sm:px-4">
              {g.variants.map((v) => (
                <VariantTable key={v.variant} guide={g} variant={v} />
              ))}
            </div>
          </details>
        );
      })}
    </div>
  );
}

function VariantTable({ guide, variant }: { guide: GuideSummary; variant: VariantSummary }) {
  return (
    <section aria-label={`${guide.title} · ${appName(guide.app)} ${variant.label}`} data-variant={variant.variant}>
      <h4 className="font-semibold text-stone-900">
        {appName(guide.app)} {variant.label}
      </h4>
      <table className="mt-2 w-full border-collapse text-sm">
        <caption className="sr-only">
          {guide.title} · {variant.label}：每一步改动后的回答
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-left text-stone-700">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              步骤
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-medium whitespace-nowrap">
              一样
            </th>
            <th scope="col" className="px-1 py-1.5 text-right font-medium whitespace-nowrap">
              不一样
            </th>
            <th scope="col" className="py-1.5 pl-2 font-medium">
              不一样的比例
            </th>
          </tr>
        </thead>
        {variant.steps.map((s) => (
          <StepRows key={s.step} step={s} guide={guide.guide} variant={variant.variant} />
        ))}
      </table>
      <DeviceChecks checks={variant.deviceChecks} app={guide.app} />
    </section>
  );
}

function StepRows({ step, guide, variant }: { step: StepView; guide: string; variant: string }) {
  const c = step.current;
  const before = step.before.same + step.before.different;
  const reasons = Object.entries(c.reasons).sort((a, b) => b[1] - a[1]);
  const current = step.texts.filter((t) => t.current);
  return (
    <tbody className="border-b border-stone-200 align-top" data-step={step.step}>
      <tr>
        <th scope="row" className="py-2 pr-2 text-left font-normal text-stone-900">
          {step.title}
          <span className="block text-xs text-stone-600">
            {step.step}
            {before > 0 && ` · 改动前 ${before} 个回答`}
            {step.unconfirmed.length > 0 && ` · ${step.unconfirmed.map(osName).join('、')} 90 天内没人确认`}
          </span>
        </th>
        <td className="px-1 py-2 text-right tabular-nums" data-same={c.same}>
          {c.same}
        </td>
        <td className="px-1 py-2 text-right tabular-nums" data-different={c.different}>
          {c.different}
        </td>
        <td className="py-2 pl-2">
          <ShareBar same={c.same} different={c.different} />
        </td>
      </tr>
      {(reasons.length > 0 || current.length > 0 || step.textsMore > 0) && (
        <tr>
          <td colSpan={4} className="pb-2 text-stone-800">
            {reasons.length > 0 && <p>原因：{reasons.map(([r, n]) => `${reasonName(r)} ${n}`).join('，')}</p>}
            {(current.length > 0 || step.textsMore > 0) && (
              <StepTexts at={{ guide, variant, step: step.step }} first={current} more={step.textsMore} />
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}

function DeviceChecks({ checks, app }: { checks: VariantSummary['deviceChecks']; app: string }) {
  if (!checks.length) return <p className="mt-2 text-sm text-stone-700">真机核对：还没有。</p>;
  return (
    <div className="mt-2 text-sm text-stone-800">
      <p className="font-medium">真机核对</p>
      <ul className="mt-1 space-y-1">
        {checks.map((c) => (
          <li key={c.id} data-device-check={c.id}>
            {c.on} · {osName(c.os)} · {appName(app)} {c.appVersion} · <bdi>{c.role}</bdi>：{c.matched}/{c.total} 步一样
            {c.differs.length > 0 && (
              <>
                ；不一样：
                {c.differs.map((d, i) => (
                  <span key={d.step}>
                    {i > 0 && '、'}
                    {d.step}
                    {d.says && (
                      <>
                        （“<bdi>{d.says}</bdi>”）
                      </>
                    )}
                  </span>
                ))}
              </>
            )}
            {c.outdated > 0 && <span className="text-stone-600">（其中 {c.outdated} 步后来改过）</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
