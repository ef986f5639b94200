import type { EditorsView } from '../../service/src/editors-view';
import type { StepView, Summary } from '../../service/src/summary';
import type { TextsPage } from '@/lib/shared/report-contract.schemas';
import { reportsApi } from '@/lib/shared/reports-api';

/**
 * Everything the editors' page (/editors/) asks the report service, in one place: the summary
 * (per guide → version → step counts, texts and device checks: GET /api/reports/summary) and the
 * editors' view (weekly counts, app versions, the stale and re-check lists: GET /api/editors/view),
 * both with the editors' token. The token is kept in sessionStorage: for this tab only, gone when
 * it closes, never in localStorage or a cookie.
 */

export type { EditorsView, StepView, Summary };
export interface EditorsData {
  summary: Summary;
  view: EditorsView;
}

export type LoadResult = { ok: true; data: EditorsData } | { ok: false; why: 'token' | 'closed' | 'offline' | 'off' };

const TOKEN_KEY = 'tapguide.editors-token';

export const savedToken = (): string | null => {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage refused (a private window's settings): the editor signs in each time
  }
};
export const saveToken = (token: string | null) => {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // as above
  }
};

async function get<T>(api: string, path: string, token: string): Promise<{ status: number; body?: T }> {
  const res = await fetch(`${api}${path}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  return { status: res.status, body: res.ok ? ((await res.json()) as T) : undefined };
}

/** Both answers, or why not: a wrong token (401), no token configured on the server (503 from the token check), or no service. */
export async function loadEditorsData(token: string): Promise<LoadResult> {
  const api = reportsApi();
  if (!api) return { ok: false, why: 'off' };
  try {
    const [summary, view] = await Promise.all([get<Summary>(api, 'reports/summary', token), get<EditorsView>(api, 'editors/view', token)]);
    if (summary.status === 401 || view.status === 401) return { ok: false, why: 'token' };
    if (summary.body && view.body) return { ok: true, data: { summary: summary.body, view: view.body } };
    return { ok: false, why: summary.status === 503 && view.status === 503 ? 'closed' : 'offline' };
  } catch {
    return { ok: false, why: 'offline' };
  }
}

/** Where a step is, for the paged texts endpoint. */
export interface StepRef {
  guide: string;
  variant: string;
  step: string;
}

/**
 * One page of a step's readers' texts, grouped and most frequent first (GET /api/reports/texts,
 * with the editors' token): the summary lists only the first SUMMARY_TEXTS_PER_STEP of each step
 * and counts the rest (`textsMore`), so the table's “显示更多” follows these pages by their cursor.
 */
export async function loadTextsPage(ref: StepRef, cursor: string | null): Promise<TextsPage | null> {
  const api = reportsApi();
  const token = savedToken();
  if (!api || !token) return null;
  const q = new URLSearchParams({ guide: ref.guide, variant: ref.variant, step: ref.step, limit: '50' });
  if (cursor) q.set('cursor', cursor);
  try {
    return (await get<TextsPage>(api, `reports/texts?${q}`, token)).body ?? null;
  } catch {
    return null;
  }
}
