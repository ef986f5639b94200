/**
 * The editors' page's pictures, drawn as plain SVG by React: three kinds of bar chart need no
 * charting library (which would add 50–200 KB to this page for axes and tooltips we do not use),
 * the drawings follow the page's text size and colours, and each is one `role="img"` with a
 * sentence saying what it shows, with the numbers beside it as text. No hooks: rendered inside
 * the editors' client component once the data has arrived.
 *
 * Colours: 一样 emerald-700, 不一样 orange-700, both ≥ 3:1 against white (WCAG 1.4.11) and told
 * apart by the legend's words as well as by colour.
 */

export const SAME_COLOUR = '#047857';
export const DIFFERENT_COLOUR = '#c2410c';
const GRID = '#d6d3d1';
const TEXT = '#44403c';

const shortDay = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;

/** Answers per week, 一样 under 不一样, for one guide. */
export function WeeklyChart({ title, weeks, weekly }: { title: string; weeks: string[]; weekly: { same: number; different: number }[] }) {
  const W = 320;
  const H = 120;
  const top = 8;
  const bottom = 18;
  const left = 24;
  const totals = weekly.map((w) => w.same + w.different);
  const max = Math.max(1, ...totals);
  const step = (W - left) / weeks.length;
  const y = (n: number) => ((H - top - bottom) * n) / max;
  const all = totals.reduce((a, b) => a + b, 0);
  const same = weekly.reduce((a, w) => a + w.same, 0);
  const busiest = totals.indexOf(Math.max(...totals));
  const label =
    all === 0
      ? `${title}：最近 ${weeks.length} 周没有回答`
      : `${title}：最近 ${weeks.length} 周共 ${all} 个回答，一样 ${same}，不一样 ${all - same}；最多的一周从 ${weeks[busiest]} 起，${totals[busiest]} 个`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="block h-auto w-full" data-chart="weekly">
      <line x1={left} x2={W} y1={H - bottom} y2={H - bottom} stroke={GRID} />
      <text x={left - 4} y={top + 8} textAnchor="end" fontSize="9" fill={TEXT}>
        {max}
      </text>
      <text x={left - 4} y={H - bottom} textAnchor="end" fontSize="9" fill={TEXT}>
        0
      </text>
      {weekly.map((w, i) => {
        const x = left + i * step + step * 0.15;
        const width = step * 0.7;
        const hs = y(w.same);
        const hd = y(w.different);
        return (
          <g key={weeks[i]}>
            <title>{`${weeks[i]} 起的一周：一样 ${w.same}，不一样 ${w.different}`}</title>
            {w.same > 0 && <rect x={x} width={width} y={H - bottom - hs} height={hs} fill={SAME_COLOUR} />}
            {w.different > 0 && <rect x={x} width={width} y={H - bottom - hs - hd} height={hd} fill={DIFFERENT_COLOUR} />}
            {i % 3 === weeks.length % 3 && (
              <text x={x + width / 2} y={H - 5} textAnchor="middle" fontSize="9" fill={TEXT}>
                {shortDay(weeks[i]!)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The share of 不一样 among a step's answers, as a bar and a number. */
export function ShareBar({ same, different }: { same: number; different: number }) {
  const total = same + different;
  if (!total) return <span className="text-stone-600">—</span>;
  const share = different / total;
  const percent = Math.round(share * 100);
  return (
    <span className="inline-flex items-center gap-2" data-share={percent}>
      <svg viewBox="0 0 100 10" role="img" aria-label={`不一样占 ${percent}%`} className="h-2.5 w-16 shrink-0 sm:w-24">
        <rect width="100" height="10" fill={SAME_COLOUR} />
        <rect width={share * 100} height="10" fill={DIFFERENT_COLOUR} />
      </svg>
      <span aria-hidden="true" className="tabular-nums">
        {percent}%
      </span>
    </span>
  );
}

/** How many answers came from each app version (group), one bar per version. */
export function VersionBars({ title, app, versions }: { title: string; app: string; versions: { version: string; answers: number }[] }) {
  const rowH = 20;
  const W = 320;
  const labelW = 96;
  const max = Math.max(1, ...versions.map((v) => v.answers));
  const name = (v: string) => (v === 'unknown' ? '不在 App 里打开' : `${app} ${v}`);
  const label = `${title}：读者的 App 版本，${versions.map((v) => `${name(v.version)} ${v.answers} 个回答`).join('，')}`;
  return (
    <svg viewBox={`0 0 ${W} ${versions.length * rowH}`} role="img" aria-label={label} className="block h-auto w-full" data-chart="versions">
      {versions.map((v, i) => {
        const width = ((W - labelW - 32) * v.answers) / max;
        return (
          <g key={v.version} transform={`translate(0 ${i * rowH})`}>
            <text x={labelW - 6} y={14} textAnchor="end" fontSize="11" fill={TEXT}>
              {name(v.version)}
            </text>
            <rect x={labelW} y={4} width={Math.max(width, 1)} height={12} fill={v.version === 'unknown' ? GRID : '#44403c'} />
            <text x={labelW + width + 4} y={14} fontSize="11" fill={TEXT}>
              {v.answers}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
