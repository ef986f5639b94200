import { ERROR_CODES, type ErrorCode } from './report-contract';
import type { DeviceCheckBody, ReportBody } from './report-contract.schemas';
import type { SendFailure } from './report-messages';

/**
 * Where readers' answers go: the site's own origin (`/api/`, the report service behind nginx) unless
 * NEXT_PUBLIC_REPORTS_API names another path or says `off` (a host that runs no service: then the
 * question is not shown at all, never a dead form). Read at build time.
 */
export function reportsApi(): string | undefined {
  const setting = process.env.NEXT_PUBLIC_REPORTS_API ?? '/api/';
  return setting === 'off' ? undefined : setting.endsWith('/') ? setting : `${setting}/`;
}

/** What went wrong when sending: the service's code (lib/shared/report-contract.ts), or `offline`. */
export type SendResult = { ok: true } | { ok: false; why: SendFailure };

/** POSTs a body of the contract's (ReportBody, DeviceCheckBody) and reads the error's code, never its English words. */
export async function postJson(path: 'reports' | 'device-checks', body: ReportBody | DeviceCheckBody): Promise<SendResult> {
  const api = reportsApi();
  if (!api) return { ok: false, why: 'offline' };
  try {
    const res = await fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) return { ok: true };
    const code = await res.json().then(
      (b: { code?: unknown }) => b.code,
      () => undefined,
    );
    // A proxy's own error page has no code: then the status says enough.
    if (typeof code === 'string' && Object.hasOwn(ERROR_CODES, code)) return { ok: false, why: code as ErrorCode };
    return { ok: false, why: res.status === 429 ? 'rate_limited' : res.status >= 500 ? 'offline' : 'invalid' };
  } catch {
    return { ok: false, why: 'offline' };
  }
}

/** major.minor of an app version (“8.0”), as confirmations are counted. */
export const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');
