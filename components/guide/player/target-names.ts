import type { ScreenData } from '@/lib/shared/types';
import { targetLabel } from '@/lib/shared/screen-elements';
import type { FlowStep } from '@/lib/flow/types';
import { format } from '@/lib/shared/i18n/format';
import type { Dict } from '@/lib/shared/i18n/zh';

type Words = Pick<Dict, 'targetOr' | 'tapTarget' | 'tapOption'>;

/** The ids to highlight on a step's screen: its target, or every option's target on a choice. */
export function targetsOf(step: FlowStep): string[] {
  return step.options?.length ? step.options.map((o) => o.target) : step.target ? [step.target] : [];
}

/** “服务”, or “···”或“钱包” on a choice: what the hint tells readers to tap. */
export function targetWords(step: FlowStep, screen: ScreenData | undefined, t: Words): string {
  return targetsOf(step)
    .map((t) => `“${(screen && targetLabel(screen, t)) ?? t}”`)
    .join(t.targetOr);
}

/** Accessible name of a target button: 点击“服务”, with the option’s label on a choice. */
export function targetName(step: FlowStep, screen: ScreenData | undefined, id: string, t: Words): string {
  const label = (screen && targetLabel(screen, id)) ?? id;
  const option = step.options?.find((o) => o.target === id);
  return option ? format(t.tapOption, { label, option: option.label }) : format(t.tapTarget, { label });
}

/**
 * The words drawn beside each target of a choice: the option's label up to its first explanation
 * (“绑定银行卡（点“银行卡”）” → 绑定银行卡; “钱包 → 身份信息” → 钱包), short enough to sit on the phone.
 */
export function targetTags(step: FlowStep): Record<string, string> | undefined {
  if (!step.options?.length) return undefined;
  return Object.fromEntries(step.options.map((o) => [o.target, o.label.split(/[（(：:，,]|\s*→/)[0]!.trim() || o.label]));
}
