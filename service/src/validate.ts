import type { z } from 'zod';
import { checkPage, type LoadedIndex } from './index-file';
import { personalDataIn } from './personal-data';
import { describeIssues, deviceCheckSchema, reportSchema, type DeviceCheck, type Report } from './schema';

/**
 * A body's way from JSON to a row: its shape (400), the built site's index (503 while there is
 * none, 422 for an id the site does not have), then the free text (422 for personal data).
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; status: 400 | 422 | 503; error: string };

const INDEX_MISSING = {
  ok: false,
  status: 503,
  error: 'index not loaded: the site’s report-index.json is missing, so reports cannot be checked yet',
} as const;

function parse<S extends z.ZodType>(schema: S, body: unknown): Checked<z.output<S>> {
  const r = schema.safeParse(body);
  return r.success ? { ok: true, value: r.data } : { ok: false, status: 400, error: describeIssues(r.error) };
}

function noPersonalData(field: string, text: string | undefined): Checked<never> | null {
  const what = text === undefined ? null : personalDataIn(text);
  return what ? { ok: false, status: 422, error: `${field} looks like it contains ${what}: please leave out personal data` } : null;
}

export function checkReport(body: unknown, index: LoadedIndex | null): Checked<Report> {
  const parsed = parse(reportSchema, body);
  if (!parsed.ok) return parsed;
  if (!index) return INDEX_MISSING;
  const r = parsed.value;
  const page = checkPage(index, r.guide, r.variant, r.os, r.step);
  if (!page.ok) return { ok: false, status: 422, error: `${page.field}: ${page.message}` };
  return noPersonalData('text', r.text) ?? parsed;
}

export function checkDeviceCheck(body: unknown, index: LoadedIndex | null): Checked<DeviceCheck> {
  const parsed = parse(deviceCheckSchema, body);
  if (!parsed.ok) return parsed;
  if (!index) return INDEX_MISSING;
  const c = parsed.value;
  for (const [i, s] of c.steps.entries()) {
    const page = checkPage(index, c.guide, c.variant, c.os, s.step);
    if (!page.ok) return { ok: false, status: 422, error: `${page.field === 'step' ? `steps[${i}].step` : page.field}: ${page.message}` };
  }
  for (const [i, s] of c.steps.entries()) {
    const found = noPersonalData(`steps[${i}].says`, s.says);
    if (found) return found;
  }
  return noPersonalData('role', c.role) ?? parsed;
}
