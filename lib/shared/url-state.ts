import { isOs, PAGE_ANCHORS, type Os } from './constants';

/**
 * `?v=<variant>&os=<ios|android>#<step-id>` ⇄ player state. Values are only ever compared
 * against the guide's known ids; unknown ones fall back to defaults and yield a notice.
 */
export interface GuideUrlState {
  variant: string;
  os: Os;
  step?: string;
}

export type UrlNotice =
  | { kind: 'unknown-variant'; value: string }
  | { kind: 'unknown-os'; value: string }
  | { kind: 'unknown-step'; value: string }
  | { kind: 'unknown-param'; value: string };

/** The parameters a guide's address may carry (`check`: the editors' 核对模式). */
export const GUIDE_PARAMS = ['v', 'os', 'check'] as const;

/**
 * What WeChat and QQ append to a link shared from their chats (`?from=singlemessage&isappinstalled=0`,
 * …): the reader did not write them and cannot act on them, so they are tidied away without a notice.
 */
export const SHARE_PARAMS: readonly string[] = ['from', 'isappinstalled', 'scene', 'clicktime', 'enterid', 'subscene', 'sessionid'];

export interface KnownIds {
  variants: readonly string[];
  steps: readonly string[];
  /** Old step ids kept so published links still work: old id → the step that replaced it. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * Characters that change how the text around them is ordered or shown without being seen: bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F,
 * U+061C), zero-width joiners and spaces, the BOM, and C0/C1 controls. A value with U+202E could
 * otherwise read backwards, naturally, inside the site's own sentence.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Long or odd values are cut before they reach a notice, with every direction and formatting
 * control removed; React renders them as text, never HTML, and the notice isolates them in a
 * `<bdi>`, so what is left cannot reorder the sentence around it.
 */
export function shorten(value: string, max = 24): string {
  const flat = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat); // never cut a surrogate pair in half
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

export function readGuideUrl(
  search: string,
  hash: string,
  known: KnownIds,
  fallback: GuideUrlState,
): { state: GuideUrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: GuideUrlState = { ...fallback };

  // A parameter given twice (`?v=a&v=b`) names no one value: it is treated as unknown, never resolved silently.
  const one = (name: string): { value: string; known: boolean } | undefined => {
    const all = params.getAll(name);
    if (!all.length) return undefined;
    return all.length === 1 ? { value: all[0]!, known: true } : { value: all.join(' / '), known: false };
  };
  const v = one('v');
  if (v) {
    if (v.known && known.variants.includes(v.value)) state.variant = v.value;
    else notices.push({ kind: 'unknown-variant', value: shorten(v.value) });
  }
  const os = one('os');
  if (os) {
    const lower = os.value.toLowerCase();
    if (os.known && isOs(lower)) state.os = lower;
    else notices.push({ kind: 'unknown-os', value: shorten(os.value) });
  }
  // Anything else in the query is not ours: said once, by name, like an unknown value.
  const junk = [...new Set(params.keys())].filter((k) => !(GUIDE_PARAMS as readonly string[]).includes(k) && !SHARE_PARAMS.includes(k));
  if (junk.length) notices.push({ kind: 'unknown-param', value: shorten(junk.join(' / ')) });
  const written = hashStep(hash);
  const step = known.aliases?.[written] ?? written;
  // A page anchor (#main, #provenance) is where the reader scrolled, not a step: no notice.
  if (step && !(PAGE_ANCHORS as readonly string[]).includes(step)) {
    if (known.steps.includes(step)) state.step = step;
    else notices.push({ kind: 'unknown-step', value: shorten(step) });
  }
  return { state, notices };
}

/** The step id a hash names, or '' (never throws on malformed percent-encoding). */
export function hashStep(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `check`: the editors' 核对模式 (?check=1) stays in the address while they walk the guide.
 * `inline`: on a version's own page (/guides/<slug>/<variant>/) the path names that version, so
 * ?v= is written only when the reader has switched to another.
 */
export function writeGuideUrl(state: GuideUrlState, { check = false, inline }: { check?: boolean; inline?: string } = {}): string {
  const params = new URLSearchParams({
    ...(state.variant === inline ? {} : { v: state.variant }),
    os: state.os,
    ...(check ? { check: '1' } : {}),
  });
  return `?${params.toString()}${state.step ? `#${state.step}` : ''}`;
}
