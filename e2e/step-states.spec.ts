import { OS_VALUES } from '../lib/shared/constants';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { expectNoAxeViolations } from './support/axe';
import { openGuide } from './support/player';
import { expect, test } from './support/test';

/**
 * Every step state of every guide × version × OS (each step a step page exists for), reached as a
 * reader's link would (#step), at 390×740 (an iPhone inside WeChat) and 360×640 (a 360×740 phone
 * inside WeChat):
 * - readers first: the instruction, the target and the control to go on are on the first screen;
 *   the target's label and the drawn text around it are 14 CSS px or more; every target takes taps
 *   over 44×44 CSS px; its ring has 3:1 against what surrounds it;
 * - axe-core (WCAG 2.2 AA, target-size on) inside #player, where a step changes the page: the
 *   phone, its status, controls and caption (the page around it: e2e/a11y.spec.ts).
 * A step another version also shows, on the same OS, is the same drawing, caption and controls
 * (only “第 n / N 步” differs), so it is checked once, in the first version that has it.
 */
const { guides } = loadContent();
const VIEWPORTS = [
  { width: 390, height: 740 },
  { width: 360, height: 640 },
];
// Screens swap without sliding (a short fade), so each state settles at once.
test.use({ reducedMotion: 'reduce', hasTouch: true, viewport: VIEWPORTS[0] });

/** Kept for the closing figures: smallest text, smallest hit area, lowest contrast (printed at the end). */
const readings: Reading[] = [];
test.afterAll(() => {
  if (!readings.length) return;
  const min = (k: 'minLabelPx' | 'minAroundPx' | 'minHitPx' | 'minContrast') =>
    Math.min(...readings.map((r) => r[k]).filter(Number.isFinite)).toFixed(1);
  console.log(
    `step states: ${readings.length} measured; smallest label ${min('minLabelPx')} px, smallest nearby text ${min('minAroundPx')} px, smallest hit ${min('minHitPx')} px, lowest contrast ${min('minContrast')}:1`,
  );
});

interface Reading {
  targets: number;
  inView: { status: boolean; next: boolean; targets: boolean };
  minLabelPx: number;
  minAroundPx: number;
  minHitPx: number;
  minContrast: number;
}

/** Everything measured in one pass in the page, for the current step. */
function measure(step: string): Reading {
  const live = document.querySelector('#player [data-live]')!;
  const seen = (el: Element | null | undefined) => {
    const b = el?.getBoundingClientRect();
    return !!b && b.top >= -0.5 && b.bottom <= innerHeight + 0.5 && b.left >= -0.5 && b.right <= innerWidth + 0.5;
  };
  const win = live.querySelector('.tg-window')!.getBoundingClientRect();
  const targets = [...live.querySelectorAll<HTMLElement>(`[data-step="${CSS.escape(step)}"] [data-target]`)];
  // A target is seen when its box is inside the drawn window, and the window inside the viewport.
  const targetSeen = targets.every((t) => {
    const b = t.getBoundingClientRect();
    return b.top >= win.top - 0.5 && b.bottom <= win.bottom + 0.5 && seen(t);
  });
  const next = [...live.querySelectorAll('button, a')].find((b) => b.textContent?.includes('看下一步'));
  const textPx = (root: Element) =>
    [root, ...root.querySelectorAll('*')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && !e.closest('[aria-hidden="true"]'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
  const labels = targets.flatMap(textPx);
  // The drawn text around a target: every text within 60 px of it, inside the window.
  const around = targets.flatMap((t) => {
    const b = t.getBoundingClientRect();
    return [...live.querySelectorAll(`[data-step="${CSS.escape(step)}"] *`)]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > b.top - 60 && r.top < b.bottom + 60 && r.top >= win.top && r.bottom <= win.bottom && r.width > 0;
      })
      .flatMap((e) =>
        [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && !e.closest('[aria-hidden="true"]')
          ? [parseFloat(getComputedStyle(e).fontSize)]
          : [],
      );
  });
  // The hit area: the largest square around the target's centre whose edges still hit the target.
  const hit = targets.map((t) => {
    const b = t.getBoundingClientRect();
    const cx = b.left + b.width / 2;
    const cy = b.top + b.height / 2;
    const hits = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('[data-target]') === t;
    let size = 0;
    for (const s of [44, 40, 36, 30, 24, 16, 8]) {
      const h = s / 2 - 0.5;
      if (hits(cx - h, cy) && hits(cx + h, cy) && hits(cx, cy - h) && hits(cx, cy + h)) {
        size = s;
        break;
      }
    }
    return size;
  });
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const contrast = targets.map((t) => {
    const ring = rgb(getComputedStyle(t).outlineColor);
    let bg: number[] = [255, 255, 255];
    for (let e = t.parentElement; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c[3] ?? 1) > 0.5) {
        bg = c;
        break;
      }
    }
    const [a, b] = [lum(ring), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
  return {
    targets: targets.length,
    inView: { status: seen(live.querySelector('[data-step-status]')), next: seen(next), targets: targetSeen },
    minLabelPx: Math.min(...labels),
    minAroundPx: Math.min(...around, Infinity),
    minHitPx: Math.min(...hit),
    minContrast: Math.min(...contrast),
  };
}

for (const guide of guides) {
  const checked = new Set<string>();
  for (const v of guide.frontmatter.variants) {
    for (const os of OS_VALUES) {
      const mine = pagesOf(guide).filter((p) => p.variant === v.id && p.os === os && !checked.has(`${p.step}:${os}`));
      mine.forEach((p) => checked.add(`${p.step}:${os}`));
      if (!mine.length) continue;
      test(`${guide.slug} · ${v.id} · ${os}: every step readable, reachable, on the first screen and accessible`, async ({ page }) => {
        test.setTimeout(20_000 + mine.length * 3_000);
        await openGuide(page, guide.slug, `?v=${v.id}&os=${os}`);
        for (const p of mine) {
          await page.setViewportSize(VIEWPORTS[0]!);
          await page.evaluate((id) => (location.hash = id), p.step);
          // Settled: the status names the step, the old screen is gone and the new one has faded in.
          await page.waitForFunction(
            ({ step, index }) => {
              const status = document.querySelector('#player [data-live] [data-step-status]')?.textContent ?? '';
              const screens = [...document.querySelectorAll<HTMLElement>('#player [data-step]')];
              return (
                status.includes(`第 ${index} / `) &&
                screens.length > 0 &&
                screens.every((e) => e.dataset.step === step && getComputedStyle(e).opacity === '1')
              );
            },
            { step: p.step, index: p.index },
            { polling: 'raf' },
          );
          await expectNoAxeViolations(page, `${p.path} (the player at that step)`, '#player');
          const step = guide.flow.steps.find((s) => s.id === p.step)!;
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            // The zoomed window re-centres on its target when it changes size (a ResizeObserver): two frames.
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            await page.evaluate(() => window.scrollTo(0, 0));
            const r = await page.evaluate(measure, p.step);
            const at = `${p.path} at ${viewport.width}×${viewport.height}`;
            // Only a last step has nothing to tap: everything below is measured on real targets.
            expect(r.targets, `${at}: highlighted targets`).toBe(step.options?.length ?? (step.target ? 1 : 0));
            expect(r.inView, `${at}: instruction, target and 看下一步 on the first screen`).toEqual({
              status: true,
              next: true,
              targets: true,
            });
            if (!r.targets) continue;
            // A target with no words of its own (the ··· button, a face frame) has no label size to measure.
            if (Number.isFinite(r.minLabelPx)) expect(r.minLabelPx, `${at}: target label size`).toBeGreaterThanOrEqual(14);
            expect(r.minAroundPx, `${at}: drawn text near the target`).toBeGreaterThanOrEqual(14);
            expect(r.minHitPx, `${at}: hit area`).toBeGreaterThanOrEqual(44);
            expect(r.minContrast, `${at}: highlight contrast`).toBeGreaterThanOrEqual(3);
            readings.push(r);
          }
        }
      });
    }
  }
}
