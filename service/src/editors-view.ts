import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LoadedIndex } from './index-file';
import type { DeviceCheckRow, ReportCountRow, ReportWeekRow, Store } from './store';
import { daysBefore, STALE_DAYS } from './summary';

/**
 * GET /api/editors/view: what the editors' page (/editors/) draws and lists beside the summary
 * (GET /api/reports/summary, whose per-step counts, texts and device checks it does not repeat):
 *
 * - answers per week per guide, for the last WEEKS weeks;
 * - the app versions readers are on, per guide (the version from the user agent, in tens of patch
 *   releases: “8.0.6x”, as editors talk about WeChat's releases);
 * - stale: each version of a guide with no confirmation (a reader's 一样 or a device check's match,
 *   at the step's current revision) in STALE_DAYS days;
 * - re-check: per version of a guide, the app versions readers sent answers from that are newer
 *   than the newest one that confirmed it (“微信 8.0.6x: 40 answers, never confirmed”).
 */

export const WEEKS = 12;
const DEVICE_CHECKS_READ = 500;

export interface VersionCount {
  /** “8.0.6x”, or “unknown” when the page was not opened inside the app. */
  version: string;
  answers: number;
}

export interface StaleVariant {
  guide: string;
  title: string;
  app: string;
  variant: string;
  label: string;
  /** The day of the latest confirmation at the current revisions, or null: never. */
  lastConfirmed: string | null;
}

export interface RecheckEntry {
  guide: string;
  title: string;
  app: string;
  variant: string;
  label: string;
  /** “8.0.6x”. */
  version: string;
  /** Answers from versions in this group that are newer than `newestConfirmed`. */
  answers: number;
  /** The newest app version that confirmed this version of the guide, or null: none ever did. */
  newestConfirmed: string | null;
}

export interface EditorsView {
  ok: true;
  today: string;
  staleDays: number;
  /** The Monday of each week shown, oldest first. */
  weeks: string[];
  guides: { guide: string; title: string; app: string; weekly: { same: number; different: number }[]; versions: VersionCount[] }[];
  stale: StaleVariant[];
  recheck: RecheckEntry[];
}

/** The Monday (UTC) of the week `day` is in. */
export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

export function weeksUpTo(today: string, count = WEEKS): string[] {
  const last = mondayOf(today);
  return Array.from({ length: count }, (_, i) => daysBefore(last, 7 * (count - 1 - i)));
}

const parts = (v: string) => v.split('.').map(Number);

/** Numeric order of dotted versions: 8.0.9 before 8.0.10. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** 8.0.62 → “8.0.6x”; 8.0.5 → “8.0.0x”; a version of two parts stays as it is. */
export function versionGroup(v: string | null): string {
  if (!v) return 'unknown';
  const [major = '0', minor = '0', patch] = v.split('.');
  return patch === undefined ? `${major}.${minor}` : `${major}.${minor}.${Math.floor(Number(patch) / 10)}x`;
}

/** Version groups newest first, “unknown” last. */
function newestFirst(a: string, b: string): number {
  if (a === 'unknown' || b === 'unknown') return a === b ? 0 : a === 'unknown' ? 1 : -1;
  return compareVersions(b.replace('x', '0'), a.replace('x', '0'));
}

export function buildEditorsView(
  index: LoadedIndex,
  rows: ReportCountRow[],
  weekRows: ReportWeekRow[],
  checks: DeviceCheckRow[],
  today: string,
): EditorsView {
  const weeks = weeksUpTo(today);
  const cutoff = daysBefore(today, STALE_DAYS);
  const stale: StaleVariant[] = [];
  const recheck: RecheckEntry[] = [];

  const guides = Object.entries(index.data.guides).map(([slug, g]) => {
    const weekly = weeks.map(() => ({ same: 0, different: 0 }));
    for (const w of weekRows) {
      const i = w.guide === slug ? weeks.indexOf(w.week) : -1;
      if (i >= 0) weekly[i]![w.answer] += w.n;
    }
    const guideRows = rows.filter((r) => r.guide === slug && Object.hasOwn(g.variants, r.variant));
    const versions = new Map<string, number>();
    for (const r of guideRows) versions.set(versionGroup(r.app_version), (versions.get(versionGroup(r.app_version)) ?? 0) + r.n);
    const versionList = [...versions].map(([version, answers]) => ({ version, answers }));
    versionList.sort((a, b) => newestFirst(a.version, b.version));

    for (const [variant, { label }] of Object.entries(g.variants)) {
      const isCurrent = (step: string, rev: string) => Object.hasOwn(g.steps, step) && g.steps[step]!.rev === rev;
      let lastConfirmed: string | null = null;
      const confirmedVersions: string[] = [];
      const seen = new Map<string, number>(); // full app version → answers
      for (const r of guideRows) {
        if (r.variant !== variant) continue;
        if (r.app_version) seen.set(r.app_version, (seen.get(r.app_version) ?? 0) + r.n);
        if (r.answer !== 'same' || !isCurrent(r.step, r.rev)) continue;
        if (!lastConfirmed || r.last > lastConfirmed) lastConfirmed = r.last;
        if (r.app_version) confirmedVersions.push(r.app_version);
      }
      for (const c of checks) {
        if (c.guide !== slug || c.variant !== variant || !c.steps.some((s) => s.matches && isCurrent(s.step, s.rev))) continue;
        if (!lastConfirmed || c.received_on > lastConfirmed) lastConfirmed = c.received_on;
        confirmedVersions.push(c.app_version);
      }
      if (!lastConfirmed || lastConfirmed < cutoff) stale.push({ guide: slug, title: g.title, app: g.app, variant, label, lastConfirmed });

      const newestConfirmed = confirmedVersions.sort(compareVersions).at(-1) ?? null;
      const groups = new Map<string, number>();
      for (const [version, n] of seen) {
        if (newestConfirmed && compareVersions(version, newestConfirmed) <= 0) continue;
        groups.set(versionGroup(version), (groups.get(versionGroup(version)) ?? 0) + n);
      }
      for (const [version, answers] of groups)
        recheck.push({ guide: slug, title: g.title, app: g.app, variant, label, version, answers, newestConfirmed });
    }
    return { guide: slug, title: g.title, app: g.app, weekly, versions: versionList };
  });

  // What to act on first: never confirmed, then the longest unconfirmed; the most answers first.
  stale.sort((a, b) => (a.lastConfirmed ?? '').localeCompare(b.lastConfirmed ?? '') || a.guide.localeCompare(b.guide));
  recheck.sort((a, b) => b.answers - a.answers || a.guide.localeCompare(b.guide) || newestFirst(a.version, b.version));
  return { ok: true, today, staleDays: STALE_DAYS, weeks, guides, stale, recheck };
}

export interface EditorsViewDeps {
  store: Store;
  currentIndex(): Promise<LoadedIndex>;
  /** Throws the service's 401/503 when the request has no valid editors' token. */
  editorsOnly(req: FastifyRequest): void;
  today(): string;
}

export function registerEditorsView(app: FastifyInstance, d: EditorsViewDeps): void {
  app.get('/api/editors/view', async (req) => {
    d.editorsOnly(req);
    const index = await d.currentIndex();
    const today = d.today();
    const rows = await d.store.reportCounts();
    const weekRows = await d.store.reportWeeks(weeksUpTo(today)[0]!);
    const checks = await d.store.deviceChecks(DEVICE_CHECKS_READ);
    return buildEditorsView(index, rows, weekRows, checks, today);
  });
}
