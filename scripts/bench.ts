/**
 * `npm run bench [-- --check] [-- --no-build]`: performance of the exported site, served by nginx
 * on 127.0.0.1 exactly as in production (HTTPS and HTTP/2, brotli, headers), beside a baseline page of the same stack
 * (/bench-baseline/: the same layout, no client component of its own) measured in the same run.
 * Absolute times on a shared machine are noise; the ratios to the baseline are the signal.
 *
 * - Lighthouse mobile (default simulated throttling), median of 5 runs, one at a time.
 * - First-load JS, HTML and CSS bytes (gzip) from the exported files.
 * - Lab INP of a tap that moves the phone to its next screen: Playwright, CPU ×4 slower (CDP),
 *   Event Timing entries, median of 10 taps.
 * Writes bench/results.json and prints a Markdown table. `--check` exits 1 when a budget is exceeded.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, chromiumPath } from '../e2e/support/browser';
import { exportedPages, firstLoadJs, gzipSize } from './first-load-js';
import { BUDGETS, checkBudgets, type PageFigures } from './bench-budgets';

const args = new Set(process.argv.slice(2));
const ROOT = 'out';
// BENCH_PORT: another port when 4350 is taken (several checkouts on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 4350);
const ORIGIN = `https://127.0.0.1:${PORT}`;
// The server's certificate is a throwaway self-signed one (scripts/serve.mjs --tls).
const INSECURE_OK = '--ignore-certificate-errors';
const RUNS = 5;
const TAPS = 10;

const PAGES = [
  { name: 'baseline', path: '/bench-baseline/' },
  { name: 'home', path: '/' },
  { name: 'guide', path: '/guides/view-real-name/' },
  { name: 'step page', path: '/guides/view-real-name/v8/ios/tap-services/' },
] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function bytes(pagePath: string) {
  const file = path.join(pagePath.replace(/^\//, ''), 'index.html');
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return {
    firstLoadJs: firstLoadJs(ROOT, file).bytes,
    html: gzipSize(ROOT, file),
    css: css.reduce((n, href) => n + gzipSize(ROOT, href), 0),
  };
}

async function lighthouseRuns(url: string) {
  const runs: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    fcp: number;
    lcp: number;
    tbt: number;
    cls: number;
  }[] = [];
  let failures = 0;
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser per run, so no run starts with another's cache.
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', INSECURE_OK, ...chromiumLaunchOptions().args!],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      // A run that could not measure (Lighthouse's runtimeError, e.g. NO_FCP) is not a figure: say so
      // and measure again, at most twice per page, rather than letting NaN into the median.
      const failed =
        lhr.runtimeError?.code ??
        (['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].find(
          (a) => lhr.audits[a]?.numericValue === undefined,
        )
          ? 'a metric is missing'
          : undefined);
      if (failed) {
        console.error(`bench: a Lighthouse run of ${url} failed (${failed}): measuring again`);
        if (++failures > 2) throw new Error(`Lighthouse failed 3 times on ${url}: ${failed}`);
        i--;
        continue;
      }
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const num = (a: string) => lhr.audits[a]?.numericValue ?? NaN;
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
      });
    } finally {
      chrome.kill();
    }
  }
  const keys = Object.keys(runs[0]!) as (keyof (typeof runs)[number])[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as (typeof runs)[number];
}

/** The slowest event of one tap, from the Event Timing API (entries under 16 ms are not reported: then ≤ 16). */
async function tapInp(pagePath: string, tap: (page: import('@playwright/test').Page) => Promise<void>): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples: number[] = [];
  try {
    for (let i = 0; i < TAPS; i++) {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        ignoreHTTPSErrors: true,
      });
      await page.goto(ORIGIN + pagePath);
      await page.waitForLoadState('networkidle');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluate(() => {
        const w = window as unknown as { inp: number };
        w.inp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
            if (e.interactionId) w.inp = Math.max(w.inp, e.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
      });
      await tap(page);
      await page.waitForTimeout(500);
      samples.push(Math.max(16, await page.evaluate(() => (window as unknown as { inp: number }).inp)));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return median(samples);
}

async function listening(port: number) {
  for (let i = 0; i < 50; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nginx did not start on port ${port}`);
}

function table(results: Record<string, PageFigures>): string {
  const base = results.baseline!;
  const rows: [string, (f: PageFigures) => number, (n: number) => string][] = [
    ['Lighthouse Performance', (f) => f.performance, String],
    ['Lighthouse Accessibility', (f) => f.accessibility, String],
    ['Lighthouse Best Practices', (f) => f.bestPractices, String],
    ['Lighthouse SEO', (f) => f.seo, String],
    ['FCP', (f) => f.fcp, (n) => `${Math.round(n)} ms`],
    ['LCP', (f) => f.lcp, (n) => `${Math.round(n)} ms`],
    ['TBT', (f) => f.tbt, (n) => `${Math.round(n)} ms`],
    ['CLS', (f) => f.cls, (n) => n.toFixed(3)],
    ['INP, tap to next screen (CPU ×4)', (f) => f.inp, (n) => `${n <= 16 ? '≤ ' : ''}${Math.round(n)} ms`],
    ['first-load JS (gzip)', (f) => f.firstLoadJs, (n) => `${(n / 1024).toFixed(1)} KB`],
    ['HTML (gzip)', (f) => f.html, (n) => `${(n / 1024).toFixed(1)} KB`],
    ['CSS (gzip)', (f) => f.css, (n) => `${(n / 1024).toFixed(1)} KB`],
  ];
  const names = Object.keys(results);
  const ratio = (v: number, b: number) => (b > 0 ? ` (×${(v / b).toFixed(2)})` : '');
  const lines = [`| | ${names.join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`];
  for (const [label, get, fmt] of rows) {
    lines.push(
      `| ${label} | ${names.map((n) => `${fmt(get(results[n]!))}${n === 'baseline' ? '' : ratio(get(results[n]!), get(base))}`).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  if (!args.has('--no-build')) {
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = spawn('node', ['scripts/serve.mjs', ROOT, '--tls'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await listening(PORT);
    const results: Record<string, PageFigures> = {};
    for (const p of PAGES) {
      console.error(`bench: ${p.name} (${p.path}): Lighthouse ×${RUNS} …`);
      const lh = await lighthouseRuns(ORIGIN + p.path);
      console.error(`bench: ${p.name}: INP ×${TAPS} …`);
      const inp = await tapInp(p.path, async (page) => {
        // The baseline has nothing to do on a tap: its figure is the browser's floor for one.
        if (p.name === 'baseline') return page.locator('[data-bench-tap]').tap();
        if (p.name === 'home') return page.locator('label.tg-choice', { hasText: 'QQ' }).first().tap();
        const status = page.locator('#player [data-live] [data-step-status]');
        const before = await status.textContent();
        await page.locator('#player [data-live] [data-target]').first().tap();
        await page.waitForFunction(
          (text) => document.querySelector('#player [data-live] [data-step-status]')?.textContent !== text,
          before,
        );
      });
      results[p.name] = { ...lh, inp, ...bytes(p.path) };
    }
    // The byte budget holds for every exported page, not only the four measured here.
    const heaviest = Math.max(...exportedPages(ROOT).map((f) => firstLoadJs(ROOT, f).bytes));
    fs.mkdirSync('bench', { recursive: true });
    fs.writeFileSync(
      'bench/results.json',
      `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, taps: TAPS, budgets: BUDGETS, heaviestFirstLoadJs: heaviest, results }, null, 2)}\n`,
    );
    console.log(table(results));
    console.log(`\nHeaviest first-load JS of all ${exportedPages(ROOT).length} exported pages: ${(heaviest / 1024).toFixed(1)} KB gzip.`);
    if (args.has('--check')) {
      const over = checkBudgets(results, heaviest);
      for (const o of over) console.error(`✗ ${o}`);
      if (over.length) process.exit(1);
      console.log('✓ every budget met');
    }
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
