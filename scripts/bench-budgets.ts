/** The performance budgets (docs/performance.md), checked by `npm run bench -- --check`. */
export const BUDGETS = {
  firstLoadJsKb: 150,
  lcpMs: 1800,
  /** TBT is judged against the baseline page of the same run: the stack alone sits near 150 ms on this machine. */
  tbtOverBaselineMs: 50,
  /** Only when no baseline was measured. */
  tbtMs: 150,
  cls: 0.02,
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  inpMs: 100,
};

export interface PageFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  inp: number;
  firstLoadJs: number;
  html: number;
  css: number;
}

/**
 * Every budget a measured page (the baseline included) or any exported page's first-load JS breaks.
 * A timing over budget on a page also names the baseline's figure from the same run: when the
 * baseline, which has no code of its own, is over too, the stack's floor on this machine is.
 */
export function checkBudgets(results: Record<string, PageFigures>, heaviestFirstLoadJs: number): string[] {
  const b = BUDGETS;
  const base = results.baseline;
  const over: string[] = [];
  if (heaviestFirstLoadJs / 1024 > b.firstLoadJsKb)
    over.push(`first-load JS ${(heaviestFirstLoadJs / 1024).toFixed(1)} KB > ${b.firstLoadJsKb} KB on some page`);
  for (const [name, f] of Object.entries(results)) {
    const timing = (label: string, key: 'lcp' | 'tbt' | 'inp', budget: number) => {
      if (f[key] <= budget) return;
      const floor = base && name !== 'baseline' ? ` (baseline ${Math.round(base[key])} ms in this run)` : '';
      over.push(`${name}: ${label} ${Math.round(f[key])} ms > ${budget} ms${floor}`);
    };
    timing('LCP', 'lcp', b.lcpMs);
    // The baseline is the stack's own floor: other pages may block at most 50 ms longer than it did in this run.
    if (name !== 'baseline') {
      if (base && f.tbt > base.tbt + b.tbtOverBaselineMs)
        over.push(`${name}: TBT ${Math.round(f.tbt)} ms > baseline ${Math.round(base.tbt)} + ${b.tbtOverBaselineMs} ms`);
      else if (!base) timing('TBT', 'tbt', b.tbtMs);
    }
    if (f.cls > b.cls) over.push(`${name}: CLS ${f.cls.toFixed(3)} > ${b.cls}`);
    if (f.performance < b.performance) over.push(`${name}: Performance ${f.performance} < ${b.performance}`);
    if (f.accessibility < b.accessibility) over.push(`${name}: Accessibility ${f.accessibility} < ${b.accessibility}`);
    if (f.bestPractices < b.bestPractices) over.push(`${name}: Best Practices ${f.bestPractices} < ${b.bestPractices}`);
    if (f.seo < b.seo) over.push(`${name}: SEO ${f.seo} < ${b.seo}`);
    timing('INP', 'inp', b.inpMs);
  }
  return over;
}
