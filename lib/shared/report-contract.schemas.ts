import { z } from 'zod';
import { ID_PATTERN, OS_VALUES } from './constants';
import {
  ANSWERS,
  APP_VERSION_MAX,
  APP_VERSION_PATTERN,
  ERROR_CODE_VALUES,
  MAX_STEPS,
  REASON_VALUES,
  REV_PATTERN,
  ROLE_VALUES,
  TEXT_MAX,
  TEXTS_PAGE_DEFAULT,
  TEXTS_PAGE_MAX,
} from './report-contract';

/**
 * The report loop's shapes as zod schemas, built from the contract's values (./report-contract.ts):
 * a reader's answer and an editor's device check (what the service accepts), the site's report
 * index (written by the build, read by the service), the confirmations file (written by
 * `npm run reports:export`, read by the build) and the error body. For the service, its CLI, the
 * build and the tests; the browser imports types from here only (zod stays out of its bundles).
 * The shape is checked here (400); what needs the index or the personal-data rule afterwards
 * (422, service/src/validate.ts).
 */

const required = (field: string, what: string) => (i: { input: unknown }) =>
  i.input === undefined ? `${field} is required` : `${field} must be ${what}`;

const id = (field: string) =>
  z
    .string({ error: required(field, 'a string') })
    .max(64, { error: `${field} must be at most 64 characters` })
    .regex(ID_PATTERN, { error: `${field} must be an id: lower-case letters, digits and single hyphens` });

const os = z.enum(OS_VALUES, { error: required('os', `one of: ${OS_VALUES.join(', ')}`) });

// Lower-cased so that a hash written in capitals still groups with the index's.
const rev = z
  .string({ error: required('rev', 'a string') })
  .regex(REV_PATTERN, { error: 'rev must be 8 to 16 hexadecimal characters' })
  .transform((s) => s.toLowerCase());

const appVersion = (field: string) =>
  z
    .string({ error: required(field, 'a string') })
    .max(APP_VERSION_MAX, { error: `${field} must be at most ${APP_VERSION_MAX} characters` })
    .regex(APP_VERSION_PATTERN, { error: `${field} must look like 8.0.50` });

// Line and paragraph separators and invisible format characters (bidi overrides, zero-width
// spaces) can hide or reorder text in an editor's terminal, or split a number so the
// personal-data patterns miss it; the zero-width joiner stays, emoji need it.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag, only unpaired halves match
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]|(?!\u200d)\p{Cf}/u;

/** A short label someone typed: trimmed, at most `max` characters (code points), one line, no control characters. */
export function freeText(field: string, max: number) {
  return z
    .string({ error: required(field, 'a string') })
    .refine((s) => !LONE_SURROGATE.test(s), { error: `${field} contains broken unicode` })
    .refine((s) => !CONTROL.test(s), { error: `${field} must not contain control characters or line breaks` })
    .transform((s) => s.trim())
    .refine((s) => [...s].length <= max, { error: `${field} must be at most ${max} characters` });
}

/** An empty label after trimming is no label. */
const optionalText = (field: string, max: number) =>
  freeText(field, max)
    .transform((s) => (s === '' ? undefined : s))
    .optional();

function bodyError(i: { code: string; input?: unknown }): string | undefined {
  return i.code === 'invalid_type' ? 'the body must be a JSON object' : undefined;
}

export const reportSchema = z
  .strictObject(
    {
      guide: id('guide'),
      variant: id('variant'),
      os,
      step: id('step'),
      rev,
      answer: z.enum(ANSWERS, { error: required('answer', `one of: ${ANSWERS.join(', ')}`) }),
      reason: z.enum(REASON_VALUES, { error: required('reason', `one of: ${REASON_VALUES.join(', ')}`) }).optional(),
      text: optionalText('text', TEXT_MAX),
      appVersion: appVersion('appVersion').optional(),
      source: z.literal('reader', { error: required('source', '"reader"') }),
    },
    { error: bodyError },
  )
  .superRefine((r, ctx) => {
    if (r.answer === 'same') {
      for (const field of ['reason', 'text'] as const) {
        if (r[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: `${field} is only sent when answer is "different"` });
      }
    } else if (r.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason is required when answer is "different"' });
    }
  });
/** What the page sends (POST /api/reports). */
export type ReportBody = z.input<typeof reportSchema>;
export type Report = z.output<typeof reportSchema>;

export const deviceCheckStepSchema = z.strictObject(
  {
    step: id('step'),
    rev,
    matches: z.boolean({ error: required('matches', 'true or false') }),
    says: optionalText('says', TEXT_MAX),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : 'each of steps must be an object') },
);

export const deviceCheckSchema = z
  .strictObject(
    {
      guide: id('guide'),
      variant: id('variant'),
      os,
      appVersion: appVersion('appVersion'),
      role: z.enum(ROLE_VALUES, { error: required('role', `a role, never a name: one of ${ROLE_VALUES.join(', ')}`) }),
      steps: z
        .array(deviceCheckStepSchema, { error: required('steps', 'a list') })
        .min(1, { error: 'steps must list at least one step' })
        .max(MAX_STEPS, { error: `steps must list at most ${MAX_STEPS} steps` }),
    },
    { error: bodyError },
  )
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.steps.forEach((s, i) => {
      if (seen.has(s.step)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'step'], message: `"${s.step}" is listed twice` });
      seen.add(s.step);
    });
  });
/** What 核对模式 sends (POST /api/device-checks). */
export type DeviceCheckBody = z.input<typeof deviceCheckSchema>;
export type DeviceCheck = z.output<typeof deviceCheckSchema>;

/** GET /api/reports/texts?guide=…&variant=…&step=…[&limit=50][&cursor=…]: one step's texts, a page at a time. */
export const textsQuerySchema = z.strictObject({
  guide: id('guide'),
  variant: id('variant'),
  step: id('step'),
  limit: z.coerce
    .number({ error: `limit must be a number from 1 to ${TEXTS_PAGE_MAX}` })
    .int({ error: `limit must be a number from 1 to ${TEXTS_PAGE_MAX}` })
    .min(1, { error: `limit must be a number from 1 to ${TEXTS_PAGE_MAX}` })
    .max(TEXTS_PAGE_MAX, { error: `limit must be a number from 1 to ${TEXTS_PAGE_MAX}` })
    .default(TEXTS_PAGE_DEFAULT),
  /** The `next` of the page before, as it came. */
  cursor: z.string().max(1000, { error: 'cursor is not one this service gave' }).optional(),
});

/** The answer of GET /api/reports/texts. `next`: the cursor of the page after, or null on the last page. */
export interface TextsPage {
  ok: true;
  guide: string;
  variant: string;
  step: string;
  /** The step's current rev (texts with `current` false were said about an earlier one). */
  rev: string;
  /** Distinct texts the step has in all. */
  total: number;
  texts: { text: string; count: number; current: boolean; last: string }[];
  next: string | null;
}

export const errorBodySchema = z.strictObject({
  ok: z.literal(false),
  code: z.enum(ERROR_CODE_VALUES),
  error: z.string().min(1),
  field: z.string().optional(),
});

/**
 * out/report-index.json (scripts/report-index.ts writes it, the service reads it): which guides,
 * versions and steps exist, each step's current rev, and every `variant/os/step` page published.
 */
export const reportIndexSchema = z.object({
  generated: z.string(),
  guides: z.record(
    z.string(),
    z.object({
      title: z.string(),
      app: z.string(),
      /** The guide's edition (absent in indexes written before the English edition: Chinese). */
      lang: z.enum(['zh', 'en']).optional(),
      variants: z.record(z.string(), z.object({ label: z.string() })),
      steps: z.record(z.string(), z.object({ title: z.string(), rev: z.string().transform((s) => s.toLowerCase()) })),
      pages: z.array(z.string()),
    }),
  ),
});
export type ReportIndexData = z.output<typeof reportIndexSchema>;

/**
 * content/confirmations.json: readers' confirmations per step, aggregated by `npm run reports:export`
 * (the service's GET /api/reports/export). Counts only: no free text, nothing about anyone.
 */
export const confirmationSchema = z.strictObject({
  rev: z.string().regex(/^[0-9a-f]{8,16}$/),
  same: z.number().int().min(0),
  different: z.number().int().min(0),
  /** Confirmations by app version (major.minor). */
  apps: z.record(z.string(), z.number().int().min(0)).default({}),
  lastSame: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  lastDifferent: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});

export const confirmationsSchema = z.strictObject({
  about: z.string().optional(),
  generated: z.string().optional(),
  /** guide → `variant/step` → counts. */
  guides: z.record(z.string(), z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), confirmationSchema)).default({}),
});
export type Confirmations = z.output<typeof confirmationsSchema>;

/** The first problem, in plain English, naming the field (`steps.2.says: …` style paths become `steps[2].says`). */
export function describeIssues(error: z.ZodError): { error: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { error: 'invalid body' };
  const field = fieldName(issue.path) || undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return { error: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${field ? ` in ${field}` : ''}`, field };
  }
  const leaf = issue.path.findLast((p) => typeof p === 'string');
  // Our messages start with their field's own name (“says must be …”): put the full path there.
  if (field && typeof leaf === 'string' && issue.message.startsWith(`${leaf} `))
    return { error: `${field}${issue.message.slice(leaf.length)}`, field };
  return { error: field ? `${field}: ${issue.message}` : issue.message, field };
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}
