/**
 * The report loop's contract, declared once: what a reader's answer and an editor's device check
 * may hold, the reasons, the limits, and the machine codes the service answers errors with. The
 * browser (the question under each step, 核对模式), the service, its CLI and the build all import
 * it. Plain values and one small function, no zod: the reader pages import it, and their first-load
 * JS has no room for a validator. The zod schemas built from these values are in
 * ./report-contract.schemas.ts (service, CLI and build only; the browser imports its types only).
 */

import { findPersonalDataInTyping } from './personal-data';

export const ANSWERS = ['same', 'different'] as const;
export type Answer = (typeof ANSWERS)[number];

/** What differs, with the words the reader picks from. */
export const REASONS = {
  'missing-button': '找不到这个按钮',
  'different-text': '字不一样',
  'different-screen': '画面不一样',
  other: '其他',
} as const;
export type Reason = keyof typeof REASONS;
export const REASON_VALUES = Object.keys(REASONS) as [Reason, ...Reason[]];

/** A reader's words, and a device check's “真机上写的是”: characters (code points), after trimming. */
export const TEXT_MAX = 60;
/** Steps in one device check. */
export const MAX_STEPS = 100;
export const APP_VERSION_PATTERN = /^\d+(\.\d+){1,3}$/;
export const APP_VERSION_MAX = 20;
export const REV_PATTERN = /^[0-9a-fA-F]{8,16}$/;

/**
 * Who made a device check: a role, never a name. A closed list, because no pattern can tell a
 * name from a word (张伟, Zhang Wei, li.ming@…): the page offers these, the service takes only these.
 */
export const ROLES = {
  编辑: 'editor',
  审校: 'reviewer',
  志愿者: 'volunteer',
  开发者: 'developer',
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_VALUES = Object.keys(ROLES) as [Role, ...Role[]];

/**
 * Every error the service answers with: `{ ok: false, code, error }`, where `code` is one of
 * these (stable, for machines: the page maps it to its own words) and `error` says it in English
 * for people (it may change). `field` names the field at fault when there is one.
 */
export const ERROR_CODES = {
  /** 400: the body's shape, a field's type or pattern, a bad query or cursor. */
  invalid: 400,
  /** 422: the text looks like personal data (see ./personal-data.ts). */
  personal_data: 422,
  /** 422: the text has no visible letter, invisible filler characters, or a long run of combining marks. */
  unreadable: 422,
  /** 422 (404 for the editors' texts): the guide, version or step is not on the site. */
  unknown_step: 422,
  /** 413 */
  too_large: 413,
  /** 415: not sent as application/json. */
  unsupported_type: 415,
  /** 429: too many reports from one address, or too many wrong tokens. */
  rate_limited: 429,
  /** 401: the editors' token is missing or wrong. */
  unauthorized: 401,
  /** 403: a cross-origin request from elsewhere, a test hook from afar. */
  forbidden: 403,
  /** 404 */
  not_found: 404,
  /** 405 */
  method_not_allowed: 405,
  /** 503: the database or the site's index is not there yet, or no editors' token is configured. */
  unavailable: 503,
  /** 500 */
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;
export const ERROR_CODE_VALUES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export interface ErrorBody {
  ok: false;
  code: ErrorCode;
  error: string;
  field?: string;
}

// Characters that draw nothing, yet count as letters (Hangul fillers are category Lo) or symbols
// (the braille blank): text made of them looks empty, and they can pad a number past a pattern.
const INVISIBLE = /[\u115F\u1160\u3164\uFFA0\u2800\u180E\u17B4\u17B5]/u;
const VISIBLE = /[\p{L}\p{N}]/u;
/** More combining marks in a row than any script needs (Thai and Vietnamese stack 2–3): “Zalgo” text. */
export const MAX_COMBINING_RUN = 4;
const COMBINING_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_RUN + 1},}`, 'u');

/**
 * Why typed text cannot be read as it would be shown, or undefined when it can: a filler
 * character, no visible letter or digit at all, or a long run of combining marks. The page warns
 * with it and the service refuses with it (code `unreadable`).
 */
export function unreadableText(text: string): string | undefined {
  if (INVISIBLE.test(text)) return 'contains invisible filler characters (such as U+3164 or U+2800)';
  const s = text.normalize('NFC');
  if (COMBINING_RUN.test(s)) return `has more than ${MAX_COMBINING_RUN} combining marks in a row`;
  if (s.trim() !== '' && !VISIBLE.test(s)) return 'has no visible letter or digit';
  return undefined;
}

/** The editors' summary lists this many distinct texts per step (the most said first) and counts the rest. */
export const SUMMARY_TEXTS_PER_STEP = 20;
/** GET /api/reports/texts: texts per page, by default and at most. */
export const TEXTS_PAGE_DEFAULT = 50;
export const TEXTS_PAGE_MAX = 200;

/**
 * The one check of typed text (a reader's words, a device check's “真机上写的是”), which the page
 * runs before sending and the service again before storing: the code the service would refuse it
 * with, or undefined.
 */
export function typedTextRefusal(text: string): 'personal_data' | 'unreadable' | undefined {
  if (findPersonalDataInTyping(text)) return 'personal_data';
  if (unreadableText(text)) return 'unreadable';
  return undefined;
}
