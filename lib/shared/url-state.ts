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
  { kind: 'unknown-variant'; value: string } | { kind: 'unknown-os'; value: string } | { kind: 'unknown-step'; value: string };

export interface KnownIds {
  variants: readonly string[];
  steps: readonly string[];
  /** Old step ids kept so published links still work: old id → the step that replaced it. */
  aliases?: Readonly<Record<string, string>>;
}

/** Long or odd values are cut before they reach a notice; React renders them as text, never HTML. */
export function shorten(value: string, max = 24): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
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

  const v = params.get('v');
  if (v !== null) {
    if (known.variants.includes(v)) state.variant = v;
    else notices.push({ kind: 'unknown-variant', value: shorten(v) });
  }
  const os = params.get('os');
  if (os !== null) {
    const lower = os.toLowerCase();
    if (isOs(lower)) state.os = lower;
    else notices.push({ kind: 'unknown-os', value: shorten(os) });
  }
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

/** `check`: the editors' 核对模式 (?check=1) stays in the address while they walk the guide. */
export function writeGuideUrl(state: GuideUrlState, { check = false }: { check?: boolean } = {}): string {
  const params = new URLSearchParams({ v: state.variant, os: state.os, ...(check ? { check: '1' } : {}) });
  return `?${params.toString()}${state.step ? `#${state.step}` : ''}`;
}
