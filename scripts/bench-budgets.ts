/** The performance budgets of design.md, checked by `npm run bench -- --check`. */
export const BUDGETS = {
  firstLoadJsKb: 150,
  lcpMs: 1800,
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

/** Every budget a measured page (the baseline included) or any exported page's first-load JS breaks. */
export function checkBudgets(results: Record<string, PageFigures>, heaviestFirstLoadJs: number): string[] {
  const b = BUDGETS;
  const over: string[] = [];
  if (heaviestFirstLoadJs / 1024 > b.firstLoadJsKb) over.push(`first-load JS ${(heaviestFirstLoadJs / 1024).toFixed(1)} KB > ${b.firstLoadJsKb} KB on some page`);
  for (const [name, f] of Object.entries(results)) {
    if (f.lcp > b.lcpMs) over.push(`${name}: LCP ${Math.round(f.lcp)} ms > ${b.lcpMs} ms`);
    if (f.tbt > b.tbtMs) over.push(`${name}: TBT ${Math.round(f.tbt)} ms > ${b.tbtMs} ms`);
    if (f.cls > b.cls) over.push(`${name}: CLS ${f.cls.toFixed(3)} > ${b.cls}`);
    if (f.performance < b.performance) over.push(`${name}: Performance ${f.performance} < ${b.performance}`);
    if (f.accessibility < b.accessibility) over.push(`${name}: Accessibility ${f.accessibility} < ${b.accessibility}`);
    if (f.bestPractices < b.bestPractices) over.push(`${name}: Best Practices ${f.bestPractices} < ${b.bestPractices}`);
    if (f.seo < b.seo) over.push(`${name}: SEO ${f.seo} < ${b.seo}`);
    if (f.inp > b.inpMs) over.push(`${name}: INP ${Math.round(f.inp)} ms > ${b.inpMs} ms`);
  }
  return over;
}
