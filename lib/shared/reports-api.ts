/**
 * Where readers' answers go: the site's own origin (`/api/`, the report service behind nginx) unless
 * NEXT_PUBLIC_REPORTS_API names another path or says `off` (a host that runs no service: then the
 * question is not shown at all, never a dead form). Read at build time.
 */
export function reportsApi(): string | undefined {
  const setting = process.env.NEXT_PUBLIC_REPORTS_API ?? '/api/';
  return setting === 'off' ? undefined : setting.endsWith('/') ? setting : `${setting}/`;
}

export const REASONS = {
  'missing-button': '找不到这个按钮',
  'different-text': '字不一样',
  'different-screen': '画面不一样',
  other: '其他',
} as const;
export type Reason = keyof typeof REASONS;
export const REPORT_TEXT_MAX = 60;

export interface ReaderReport {
  guide: string;
  variant: string;
  os: 'ios' | 'android';
  step: string;
  rev: string;
  answer: 'same' | 'different';
  reason?: Reason;
  text?: string;
  appVersion?: string;
  source: 'reader';
}

/** What the reader sees when sending failed, by what went wrong. */
export type SendResult = { ok: true } | { ok: false; why: 'offline' | 'busy' | 'refused' | 'personal' };

export async function postJson(path: string, body: unknown): Promise<SendResult> {
  const api = reportsApi();
  if (!api) return { ok: false, why: 'offline' };
  try {
    const res = await fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) return { ok: true };
    if (res.status === 429) return { ok: false, why: 'busy' };
    if (res.status === 422) {
      const error = await res.json().then(
        (b: { error?: string }) => b.error ?? '',
        () => '',
      );
      return { ok: false, why: /personal|ID number|phone|card|address/i.test(error) ? 'personal' : 'refused' };
    }
    return { ok: false, why: res.status >= 500 ? 'offline' : 'refused' };
  } catch {
    return { ok: false, why: 'offline' };
  }
}

/** major.minor of an app version (“8.0”), as confirmations are counted. */
export const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');
