import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, type PageFigures } from '../../scripts/bench-budgets';

const ok: PageFigures = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 900,
  lcp: 1500,
  tbt: 90,
  cls: 0,
  inp: 40,
  firstLoadJs: 140 * 1024,
  html: 5000,
  css: 9000,
};

describe('bench budgets', () => {
  it('passes figures within every budget', () => {
    expect(checkBudgets({ baseline: ok, guide: ok }, 145 * 1024)).toEqual([]);
  });

  it('names each broken budget, with the baseline’s figure beside a page’s timing', () => {
    const over = checkBudgets({ baseline: { ...ok, tbt: 160 }, guide: { ...ok, tbt: 211, inp: 120, cls: 0.05, seo: 92 } }, 151 * 1024);
    expect(over).toEqual([
      `first-load JS 151.0 KB > ${BUDGETS.firstLoadJsKb} KB on some page`,
      'guide: TBT 211 ms > baseline 160 + 50 ms',
      'guide: CLS 0.050 > 0.02',
      'guide: SEO 92 < 100',
      'guide: INP 120 ms > 100 ms (baseline 40 ms in this run)',
    ]);
  });

  it('judges TBT against the baseline of the same run, and against 150 ms only when there is none', () => {
    expect(checkBudgets({ baseline: { ...ok, tbt: 190 }, guide: { ...ok, tbt: 240 } }, 0)).toEqual([]);
    expect(checkBudgets({ guide: { ...ok, tbt: 160 } }, 0)).toEqual(['guide: TBT 160 ms > 150 ms']);
  });
});
