'use client';

import { useId, useState } from 'react';
import { stepsFor } from '@/lib/flow/walk';
import { OS_LABEL } from '@/lib/shared/constants';
import { findPersonalDataInTyping } from '@/lib/shared/personal-data';
import { APP_VERSION_PATTERN, ROLE_VALUES, TEXT_MAX, unreadableText, type Role } from '@/lib/shared/report-contract';
import { SEND_FAILED } from '@/lib/shared/report-messages';
import { postJson } from '@/lib/shared/reports-api';
import { CopyButton } from '@/components/site/copy-button.client';
import { useGuide } from '../state/guide-state.client';

/** An editor's mark for one step, beside the real app. */
export interface Mark {
  matches: boolean;
  says?: string;
}

/** 核对模式 (?check=1), under each step: does the real app match? */
export function StepCheck({ mark, onMark }: { mark?: Mark; onMark: (m: Mark) => void }) {
  const [says, setSays] = useState(mark?.says ?? '');
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-t`}
      className="mx-auto mt-3 max-w-md rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-[15px]"
      data-step-check=""
    >
      <h2 id={`${id}-t`} className="font-semibold text-sky-950">
        核对：真机上这一步一样吗？
      </h2>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <button type="button" className="tg-btn" aria-pressed={mark?.matches === true} onClick={() => onMark({ matches: true })}>
          一样
        </button>
        <button
          type="button"
          className="tg-btn"
          aria-pressed={mark?.matches === false}
          onClick={() => onMark({ matches: false, ...(says.trim() ? { says: says.trim() } : {}) })}
        >
          不一样
        </button>
      </div>
      {mark?.matches === false && (
        <label className="mt-2 block">
          <span>真机上写的是</span>
          <input
            type="text"
            value={says}
            maxLength={TEXT_MAX}
            onChange={(e) => {
              setSays(e.target.value);
              onMark({ matches: false, ...(e.target.value.trim() ? { says: e.target.value.trim() } : {}) });
            }}
            className="mt-1 block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base"
          />
        </label>
      )}
    </section>
  );
}

/**
 * 核对模式's record: the marks of one version on one OS, the app version on the phone, sent as one
 * device-check record to the editors, and the `checkedOnDevice` entry to paste into the guide.
 */
export function DeviceCheckPanel({ marks }: { marks: Record<string, Mark> }) {
  const { meta, flow, state, route } = useGuide();
  const [appVersion, setAppVersion] = useState('');
  const [role, setRole] = useState<Role>('编辑');
  const [sent, setSent] = useState<'ok' | keyof typeof SEND_FAILED>();
  const id = useId();
  const steps = stepsFor(flow, state).filter((s) => route.numberOf(s.id) !== undefined);
  const marked = steps.filter((s) => marks[s.id]);
  const versionOk = APP_VERSION_PATTERN.test(appVersion.trim());
  const personal = marked.some(
    (s) => marks[s.id]?.says && (findPersonalDataInTyping(marks[s.id]!.says!) || unreadableText(marks[s.id]!.says!)),
  );
  const same = marked.filter((s) => marks[s.id]!.matches).length;
  const numbers = marked.map((s) => route.numberOf(s.id)!).sort((a, b) => a - b);
  const yaml = `  - variant: ${state.variant}\n    os: ${state.os}\n    appVersion: ${appVersion.trim() || '8.0.0'}\n    date: ${new Date().toISOString().slice(0, 10)}\n    checked: 第 ${numbers[0] ?? 1}–${numbers[numbers.length - 1] ?? 1} 步的菜单文字和位置（${same} 步一样，${marked.length - same} 步不一样）\n    by: ${role}`;

  const submit = async () => {
    const result = await postJson('device-checks', {
      guide: meta.slug,
      variant: state.variant,
      os: state.os,
      appVersion: appVersion.trim(),
      role,
      steps: marked.map((s) => ({
        step: s.id,
        rev: meta.revs?.[s.id] ?? '',
        matches: marks[s.id]!.matches,
        ...(marks[s.id]!.says ? { says: marks[s.id]!.says } : {}),
      })),
    });
    setSent(result.ok ? 'ok' : result.why);
  };

  return (
    <section
      aria-labelledby={`${id}-t`}
      className="mx-auto mt-3 max-w-md rounded-xl border border-sky-300 bg-white px-4 py-3 text-[15px]"
      data-device-check=""
    >
      <h2 id={`${id}-t`} className="font-semibold text-sky-950">
        核对记录：{OS_LABEL[state.os]} · 已核对 {marked.length} / {steps.length} 步
      </h2>
      <label className="mt-2 block">
        <span>真机上的 App 版本（“关于”里写的，如 8.0.50）</span>
        <input
          type="text"
          inputMode="decimal"
          value={appVersion}
          onChange={(e) => setAppVersion(e.target.value)}
          className="mt-1 block w-full rounded-xl border border-stone-300 px-3 py-2.5 text-base"
        />
      </label>
      <label className="mt-2 block">
        <span>你的角色（只选角色，不写名字）</span>
        <select
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          className="mt-1 block w-full rounded-xl border border-stone-300 bg-white px-3 py-2.5 text-base"
        >
          {ROLE_VALUES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      {personal && (
        <p className="mt-2 text-red-800">
          “真机上写的是”里只写看得见的菜单文字，不要写证件号、手机号、银行卡号、地址、邮箱、QQ 号或微信号。
        </p>
      )}
      <button
        type="button"
        className="tg-btn tg-btn-primary mt-3 w-full"
        aria-disabled={!versionOk || !marked.length || personal}
        onClick={() => versionOk && marked.length && !personal && submit()}
      >
        提交核对记录
      </button>
      {sent && (
        <p role="status" className={`mt-2 ${sent === 'ok' ? 'text-emerald-900' : 'text-red-800'}`} data-check-sent={sent}>
          {sent === 'ok'
            ? '已提交。把下面这几行贴进教程的 checkedOnDevice：'
            : `没能提交核对记录。${SEND_FAILED[sent].zh} 下面这几行也可以直接贴进教程：`}
        </p>
      )}
      <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-100 p-2 text-sm" data-check-yaml="">
        {yaml}
      </pre>
      <CopyButton text={yaml} label="复制这几行" />
    </section>
  );
}
