import type { Confirmations } from '../../lib/shared/report-contract.schemas';
import type { LoadedIndex } from './index-file';
import type { CurrentRev, DeviceCheckRow, ReportCountRow, ReportTextRow } from './store';

/**
 * The editors' view (GET /api/reports/summary, printed by `npm run reports`) and the aggregated
 * counts the site shows readers (GET /api/reports/export → content/confirmations.json), both
 * computed from grouped rows and the current index. "Since the step last changed" means the
 * report's rev is the step's current rev; reports about an older rev are counted apart.
 */

export const STALE_DAYS = 90;

export interface Counts {
  same: number;
  different: number;
  /** Differences by reason. */
  reasons: Record<string, number>;
}

export interface AppCounts extends Counts {
  os: string;
  /** major.minor, or "unknown" when the page was not opened inside the app. */
  app: string;
}

export interface StepView {
  step: string;
  title: string;
  rev: string;
  current: Counts & { lastSame: string | null; lastDifferent: string | null; byApp: AppCounts[] };
  /** Reports about an earlier rev of the step. */
  before: Counts;
  /**
   * Identical texts counted together, at most SUMMARY_TEXTS_PER_STEP (lib/shared/report-contract.ts):
   * the current rev's first, then the most said; `current`: said about the current rev.
   * GET /api/reports/texts pages through all of them.
   */
  texts: TextView[];
  /** Distinct texts not listed in `texts`. */
  textsMore: number;
  /** The OSes on which this step has no confirmation (a reader's "same" or a device check's match) at its current rev in STALE_DAYS days. */
  unconfirmed: string[];
}

export interface TextView {
  text: string;
  count: number;
  current: boolean;
  last: string;
}

export interface DeviceCheckView {
  id: number;
  on: string;
  os: string;
  appVersion: string;
  role: string;
  matched: number;
  total: number;
  differs: { step: string; says: string | null }[];
  /** Steps checked at a rev that is no longer current. */
  outdated: number;
}

export interface Summary {
  ok: true;
  today: string;
  indexGenerated: string;
  staleDays: number;
  guides: {
    guide: string;
    title: string;
    app: string;
    variants: { variant: string; label: string; steps: StepView[]; deviceChecks: DeviceCheckView[] }[];
  }[];
  /** Reports about guides, versions or steps the site no longer has. */
  notOnSite: number;
}

/** content/confirmations.json, as the contract declares it (lib/shared/report-contract.schemas.ts). */
export type { Confirmations };

export const CONFIRMATIONS_ABOUT =
  'Aggregated reader confirmations per step, written by npm run reports:export. No free text, nothing about anyone.';

export const appMinor = (v: string | null): string => (v ? v.split('.').slice(0, 2).join('.') : 'unknown');

const emptyCounts = (): Counts => ({ same: 0, different: 0, reasons: {} });

function add(c: Counts, row: ReportCountRow): void {
  if (row.answer === 'same') c.same += row.n;
  else {
    c.different += row.n;
    const reason = row.reason ?? 'other';
    c.reasons[reason] = (c.reasons[reason] ?? 0) + row.n;
  }
}

const later = (a: string | null, b: string): string => (a && a > b ? a : b);

// Map.groupBy arrives in Node 21; this runs on 20.
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The variants of a guide in index order, each with its steps in the order its pages list them, and the OSes each step has a page on. */
function pagesOf(pages: readonly string[]): Map<string, Map<string, string[]>> {
  const byVariant = new Map<string, Map<string, string[]>>();
  for (const page of pages) {
    const [variant = '', os = '', step = ''] = page.split('/');
    const steps = byVariant.get(variant) ?? new Map<string, string[]>();
    byVariant.set(variant, steps);
    steps.set(step, [...(steps.get(step) ?? []), os]);
  }
  return byVariant;
}

export function buildSummary(
  index: LoadedIndex,
  rows: ReportCountRow[],
  texts: ReportTextRow[],
  checks: DeviceCheckRow[],
  today: string,
): Summary {
  const cutoff = daysBefore(today, STALE_DAYS);
  const key = (...parts: string[]) => parts.join('\u0000');
  const rowsByStep = groupBy(rows, (r) => key(r.guide, r.variant, r.step));
  const textsByStep = groupBy(texts, (t) => key(t.guide, t.variant, t.step));
  const checksByVariant = groupBy(checks, (c) => key(c.guide, c.variant));
  let onSite = 0;

  const guides = Object.entries(index.data.guides).map(([slug, g]) => ({
    guide: slug,
    title: g.title,
    app: g.app,
    variants: [...pagesOf(g.pages)].map(([variant, steps]) => {
      const variantChecks = checksByVariant.get(key(slug, variant)) ?? [];
      return {
        variant,
        label: (Object.hasOwn(g.variants, variant) ? g.variants[variant]?.label : undefined) ?? variant,
        steps: [...steps].map(([step, oses]): StepView => {
          const known = Object.hasOwn(g.steps, step) ? g.steps[step] : undefined;
          const rev = known?.rev ?? '';
          const view: StepView = {
            step,
            title: known?.title ?? step,
            rev,
            current: { ...emptyCounts(), lastSame: null, lastDifferent: null, byApp: [] },
            before: emptyCounts(),
            texts: [],
            textsMore: 0,
            unconfirmed: [],
          };
          const byApp = new Map<string, AppCounts>();
          const confirmedOn = new Set<string>();
          for (const r of rowsByStep.get(key(slug, variant, step)) ?? []) {
            if (!oses.includes(r.os)) continue; // no such page: counted as not on the site
            onSite += r.n;
            if (r.rev !== rev) {
              add(view.before, r);
              continue;
            }
            add(view.current, r);
            const app = appMinor(r.app_version);
            const counts = byApp.get(key(r.os, app)) ?? { os: r.os, app, ...emptyCounts() };
            byApp.set(key(r.os, app), counts);
            add(counts, r);
            if (r.answer === 'same') {
              view.current.lastSame = later(view.current.lastSame, r.last);
              if (r.last >= cutoff) confirmedOn.add(r.os);
            } else view.current.lastDifferent = later(view.current.lastDifferent, r.last);
          }
          for (const c of variantChecks) {
            if (c.received_on >= cutoff && c.steps.some((s) => s.step === step && s.matches && s.rev === rev)) confirmedOn.add(c.os);
          }
          view.current.byApp = [...byApp.values()].sort((a, b) => a.os.localeCompare(b.os) || compareVersions(b.app, a.app));
          const stepTexts = textsByStep.get(key(slug, variant, step)) ?? [];
          view.texts = stepTexts.map(textView); // ranked and cut by the database
          view.textsMore = Math.max(0, (stepTexts[0]?.total ?? 0) - stepTexts.length);
          view.unconfirmed = oses.filter((os) => !confirmedOn.has(os));
          return view;
        }),
        deviceChecks: variantChecks.map((c) => deviceCheckView(c, g.steps)),
      };
    }),
  }));

  const total = rows.reduce((n, r) => n + r.n, 0);
  return { ok: true, today, indexGenerated: index.data.generated, staleDays: STALE_DAYS, guides, notOnSite: total - onSite };
}

export const textView = (t: { text: string; n: number; current: boolean; last: string }): TextView => ({
  text: t.text,
  count: t.n,
  current: t.current,
  last: t.last,
});

/** Each step's current rev, for the database to rank texts by. */
export function currentRevs(index: LoadedIndex): CurrentRev[] {
  return Object.entries(index.data.guides).flatMap(([guide, g]) =>
    Object.entries(g.steps).map(([step, s]) => ({ guide, step, rev: s.rev })),
  );
}

function deviceCheckView(c: DeviceCheckRow, steps: Record<string, { rev: string }>): DeviceCheckView {
  return {
    id: c.id,
    on: c.received_on,
    os: c.os,
    appVersion: c.app_version,
    role: c.role,
    matched: c.steps.filter((s) => s.matches).length,
    total: c.steps.length,
    differs: c.steps.filter((s) => !s.matches).map((s) => ({ step: s.step, says: s.says ?? null })),
    outdated: c.steps.filter((s) => !Object.hasOwn(steps, s.step) || steps[s.step]?.rev !== s.rev).length,
  };
}

/** "8.0" before "7.9", "unknown" last. */
function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unknown') return -1;
  if (b === 'unknown') return 1;
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/**
 * What the site may show readers: per guide and `variant/step`, the counts at the step's current
 * rev (both OSes together), the app versions that confirmed it, and the months of the latest
 * answers. No text, no day, nothing about anyone. Keys sorted, so the file diffs cleanly.
 */
export function buildExport(index: LoadedIndex, rows: ReportCountRow[], today: string): Confirmations {
  const guides: Confirmations['guides'] = {};
  for (const r of rows) {
    const g = Object.hasOwn(index.data.guides, r.guide) ? index.data.guides[r.guide] : undefined;
    const step = g && Object.hasOwn(g.steps, r.step) ? g.steps[r.step] : undefined;
    if (!g || !step || step.rev !== r.rev || !index.pages.get(r.guide)?.has(`${r.variant}/${r.os}/${r.step}`)) continue;
    const entries = (guides[r.guide] ??= {});
    const e = (entries[`${r.variant}/${r.step}`] ??= { rev: r.rev, same: 0, different: 0, apps: {} });
    const month = r.last.slice(0, 7);
    if (r.answer === 'same') {
      e.same += r.n;
      if (r.app_version) e.apps[appMinor(r.app_version)] = (e.apps[appMinor(r.app_version)] ?? 0) + r.n;
      if (!e.lastSame || month > e.lastSame) e.lastSame = month;
    } else {
      e.different += r.n;
      if (!e.lastDifferent || month > e.lastDifferent) e.lastDifferent = month;
    }
  }
  return sortKeys({ about: CONFIRMATIONS_ABOUT, generated: today, guides });
}

/** A copy with every object's keys in order (arrays keep theirs). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    ) as T;
  }
  return value;
}
