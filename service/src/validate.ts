import type { z } from 'zod';
import type { ErrorCode } from '../../lib/shared/report-contract';
import { describeIssues, deviceCheckSchema, reportSchema, type DeviceCheck, type Report } from '../../lib/shared/report-contract.schemas';
import { checkPage, type LoadedIndex } from './index-file';
import { personalDataIn, unreadableText } from './personal-data';

/**
 * A body's way from JSON to a row: its shape (400 invalid), the built site's index (503
 * unavailable while there is none, 422 unknown_step for an id the site does not have), then the
 * free text (422 personal_data, 422 unreadable). Codes: lib/shared/report-contract.ts.
 */

export interface Refusal {
  ok: false;
  status: 400 | 422 | 503;
  code: ErrorCode;
  error: string;
  field?: string;
}
export type Checked<T> = { ok: true; value: T } | Refusal;

const INDEX_MISSING: Refusal = {
  ok: false,
  status: 503,
  code: 'unavailable',
  error: 'index not loaded: the site’s report-index.json is missing, so reports cannot be checked yet',
};

function parse<S extends z.ZodType>(schema: S, body: unknown): Checked<z.output<S>> {
  const r = schema.safeParse(body);
  return r.success ? { ok: true, value: r.data } : { ok: false, status: 400, code: 'invalid', ...describeIssues(r.error) };
}

/** The free-text rules, as the page applies them before sending. */
export function checkText(field: string, text: string | undefined): Refusal | null {
  if (text === undefined) return null;
  const what = personalDataIn(text);
  if (what)
    return {
      ok: false,
      status: 422,
      code: 'personal_data',
      field,
      error: `${field} looks like it contains ${what}: please leave out personal data`,
    };
  const unreadable = unreadableText(text);
  if (unreadable)
    return { ok: false, status: 422, code: 'unreadable', field, error: `${field} ${unreadable}: write what the screen shows` };
  return null;
}

export function checkReport(body: unknown, index: LoadedIndex | null): Checked<Report> {
  const parsed = parse(reportSchema, body);
  if (!parsed.ok) return parsed;
  if (!index) return INDEX_MISSING;
  const r = parsed.value;
  const page = checkPage(index, r.guide, r.variant, r.os, r.step);
  if (!page.ok) return { ok: false, status: 422, code: 'unknown_step', field: page.field, error: `${page.field}: ${page.message}` };
  return checkText('text', r.text) ?? parsed;
}

export function checkDeviceCheck(body: unknown, index: LoadedIndex | null): Checked<DeviceCheck> {
  // A role is one of a closed list (the schema); one that holds someone's data is named as such.
  const role = (body as { role?: unknown } | null)?.role;
  if (typeof role === 'string') {
    const personal = checkText('role', role);
    if (personal?.code === 'personal_data') return personal;
  }
  const parsed = parse(deviceCheckSchema, body);
  if (!parsed.ok) return parsed;
  if (!index) return INDEX_MISSING;
  const c = parsed.value;
  for (const [i, s] of c.steps.entries()) {
    const page = checkPage(index, c.guide, c.variant, c.os, s.step);
    if (!page.ok) {
      const field = page.field === 'step' ? `steps[${i}].step` : page.field;
      return { ok: false, status: 422, code: 'unknown_step', field, error: `${field}: ${page.message}` };
    }
  }
  for (const [i, s] of c.steps.entries()) {
    const found = checkText(`steps[${i}].says`, s.says);
    if (found) return found;
  }
  return parsed;
}
