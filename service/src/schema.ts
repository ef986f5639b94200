import { z } from 'zod';
import { ID_PATTERN, OS_VALUES } from '../../lib/shared/constants';

/**
 * What readers and editors may send. One zod schema per body gives the TypeScript types and the
 * validation; everything about the shape is checked here (400), while what needs the built site's
 * index or the personal-data patterns is checked afterwards (422, see validate.ts).
 */

export const ANSWERS = ['same', 'different'] as const;
export const REASONS = ['missing-button', 'different-text', 'different-screen', 'other'] as const;
export const TEXT_MAX = 60;
export const ROLE_MAX = 20;
export const APP_VERSION_PATTERN = /^\d+(\.\d+){1,3}$/;
export const REV_PATTERN = /^[0-9a-fA-F]{8,16}$/;
export const MAX_STEPS = 100;

const id = (field: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `${field} is required` : `${field} must be a string`) })
    .max(64, { error: `${field} must be at most 64 characters` })
    .regex(ID_PATTERN, { error: `${field} must be an id: lower-case letters, digits and single hyphens` });

const required = (field: string, what: string) => (i: { input: unknown }) =>
  i.input === undefined ? `${field} is required` : `${field} must be ${what}`;

const os = z.enum(OS_VALUES, { error: required('os', `one of: ${OS_VALUES.join(', ')}`) });

// Lower-cased so that a hash written in capitals still groups with the index's.
const rev = z
  .string({ error: required('rev', 'a string') })
  .regex(REV_PATTERN, { error: 'rev must be 8 to 16 hexadecimal characters' })
  .transform((s) => s.toLowerCase());

const appVersion = (field: string) =>
  z
    .string({ error: required(field, 'a string') })
    .max(20, { error: `${field} must be at most 20 characters` })
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

export const reportSchema = z
  .strictObject(
    {
      guide: id('guide'),
      variant: id('variant'),
      os,
      step: id('step'),
      rev,
      answer: z.enum(ANSWERS, { error: required('answer', `one of: ${ANSWERS.join(', ')}`) }),
      reason: z.enum(REASONS, { error: required('reason', `one of: ${REASONS.join(', ')}`) }).optional(),
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
      role: freeText('role', ROLE_MAX).refine((s) => s !== '', { error: 'role must not be empty' }),
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
export type DeviceCheck = z.output<typeof deviceCheckSchema>;

function bodyError(i: { code: string; input?: unknown }): string | undefined {
  return i.code === 'invalid_type' ? 'the body must be a JSON object' : undefined;
}

/** The first problem, in plain English, naming the field (`steps.2.says: …` style paths become `steps[2].says`). */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  if (issue.code === 'unrecognized_keys') {
    const where = fieldName(issue.path);
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${where ? ` in ${where}` : ''}`;
  }
  const field = fieldName(issue.path);
  const leaf = issue.path.findLast((p) => typeof p === 'string');
  // Our messages start with their field's own name (“says must be …”): put the full path there.
  if (field && typeof leaf === 'string' && issue.message.startsWith(`${leaf} `)) return `${field}${issue.message.slice(leaf.length)}`;
  return field ? `${field}: ${issue.message}` : issue.message;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}
