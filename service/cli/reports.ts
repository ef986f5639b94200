// `npm run reports [-- --json]`: the editors' view of what readers and device checks said, per
// guide → version → step → OS and app version, from the running service (REPORTS_URL,
// REPORTS_TOKEN). Plain text for people; --json for machines (the service's summary as is).
import { OS_LABEL, type Os } from '../../lib/shared/constants';
import type { Counts, StepView, Summary } from '../src/summary';
import { getJson, REPORTS_URL } from './client';

const summary = await getJson<Summary>('/api/reports/summary');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
  process.exit(0);
}

const os = (o: string) => OS_LABEL[o as Os] ?? o;
// Terminal columns: CJK characters take two.
const width = (s: string) =>
  [...s].reduce(
    (n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1),
    0,
  );
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
// Stored text never holds control characters (the service refuses them); this is belt and braces for a terminal.
const clean = (s: string) => s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '�');
const reasons = (c: Counts) =>
  Object.entries(c.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
const counts = (c: Counts) => `${c.same} same, ${c.different} different${c.different ? ` (${reasons(c)})` : ''}`;

const out: string[] = [];
const line = (indent: number, text: string) => out.push(`${'  '.repeat(indent)}${text}`);
line(0, `Reader reports on ${summary.today} · site index of ${summary.indexGenerated} · ${REPORTS_URL}`);
line(0, `“Since the last change” counts reports about each step's current text (its rev in the index); older ones are counted apart.`);

const stale: string[] = [];
for (const g of summary.guides) {
  out.push('');
  line(0, `${g.title} (${g.guide}, ${g.app})`);
  for (const v of g.variants) {
    line(1, `${v.label} (${v.variant})`);
    v.steps.forEach((s: StepView, i) => {
      line(2, `${i + 1}. ${s.title} (${s.step}, rev ${s.rev})`);
      const any = s.current.same + s.current.different + s.before.same + s.before.different;
      if (!any) line(4, 'no reports yet');
      if (s.current.same + s.current.different) {
        const last = [
          s.current.lastSame && `last same ${s.current.lastSame}`,
          s.current.lastDifferent && `last different ${s.current.lastDifferent}`,
        ]
          .filter(Boolean)
          .join(', ');
        line(4, `since the last change: ${counts(s.current)}${last ? ` · ${last}` : ''}`);
        for (const a of s.current.byApp) line(5, `${pad(os(a.os), 8)}${pad(a.app, 9)}${counts(a)}`);
      }
      if (s.before.same + s.before.different) line(4, `before the last change: ${counts(s.before)}`);
      for (const t of s.texts) line(4, `“${clean(t.text)}” ×${t.count}${t.current ? '' : ' (before the last change)'} · last ${t.last}`);
      if (s.textsMore) line(4, `… and ${s.textsMore} other text(s), said less often (GET /api/reports/texts pages through them all)`);
      if (s.unconfirmed.length) {
        line(4, `! no confirmation in ${summary.staleDays} days on ${s.unconfirmed.map(os).join(', ')}`);
        for (const o of s.unconfirmed)
          stale.push(`${g.guide}/${v.variant}/${o}/${s.step}  ${g.title} · ${v.label} · ${os(o)} · ${s.title}`);
      }
    });
    if (v.deviceChecks.length) {
      line(2, 'device checks:');
      for (const c of v.deviceChecks) {
        const differs = c.differs.map((d) => `${d.step}${d.says ? ` “${clean(d.says)}”` : ''}`).join('; ');
        line(
          3,
          `${c.on} ${os(c.os)} ${c.appVersion} by ${clean(c.role)}: ${c.matched}/${c.total} match${differs ? ` · differs: ${differs}` : ''}${c.outdated ? ` · ${c.outdated} step(s) changed since` : ''}`,
        );
      }
    }
  }
}
out.push('');
line(
  0,
  `Steps with no confirmation in ${summary.staleDays} days (a reader’s “same” or a device check’s match, at the current text): ${stale.length}`,
);
for (const s of stale) line(1, s);
if (summary.notOnSite) line(0, `Reports about guides, versions or steps no longer on the site: ${summary.notOnSite}`);
console.log(out.join('\n'));
