/**
 * Link preview images (og:image), drawn after `next build` from the exported pages themselves:
 * each step page's drawn phone (the server HTML draws that step with its target marked, from the
 * same phone kit as the live player) is cut out of the page's HTML and composed into a 1200×630
 * card beside the step's name, guide, version and OS, with the site's own CSS; Chromium (Debian's,
 * JavaScript off) takes the picture; UPNG reduces it to a 256-colour PNG of a few tens of KB.
 * Each guide gets its first step's card, the home page a card of its own.
 *
 * A card is cached by the hash of what it is drawn from (its HTML, phone included, and the CSS
 * files' contents), in .cache/og/ outside out/, so a build re-draws only the cards that changed.
 * The images go to the stable addresses metadata names (lib/server/views/page-metadata.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { loadContent } from '../lib/server/content/load/content';
import { pagesOf } from '../lib/server/content/pages/step-pages';
import { OG_IMAGE_SIZE, ogImagePath, SITE_DESCRIPTION, SITE_DESCRIPTION_EN } from '../lib/server/views/page-metadata';
import { APPS, OS_LABEL } from '../lib/shared/constants';
import { SITE_NAME } from '../lib/shared/titles';
import { variantLabel } from '../lib/shared/variants';

/** Bump when the card's design changes, so every cached card is drawn again. */
const DESIGN = 1;
/** `npm run scale` points this elsewhere, so its synthetic cards neither hit nor crowd the real cache. */
const CACHE_DIR = process.env.TAPGUIDE_OG_CACHE ?? path.join('.cache', 'og');
/** Cached cards unused this long are deleted. */
const CACHE_DAYS = 30;

interface Card {
  /** Where the image goes, under out/. */
  image: string;
  /** The page whose drawn phone the card shows. */
  page: string;
  eyebrow: string;
  heading: string;
  sub: string;
}

/** The whole element that opens at `start`, by counting its tag's openings and closings (React's HTML is well-formed). */
export function elementAt(html: string, start: number): string {
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(start))![1]!;
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'gi');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`unclosed <${tag}> at ${start}`);
}

/** The drawn phone of a page (the server player's, not the no-JS drawings in the article) and its stylesheets. */
export function phoneOf(html: string): { phone: string; css: string[] } {
  const start = html.indexOf('<div class="tg-phone tg-player-phone');
  if (start < 0) throw new Error('no drawn player on this page');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  return { phone: elementAt(html, start), css };
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The card as one document, the site's CSS inlined (it loads nothing: no server, no network). */
function cardHtml(card: Card, phone: string, css: string, icon: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<style>${css.replace(/<\/style/gi, '<\\/style')}</style>
<style>
html, body { margin: 0; width: ${OG_IMAGE_SIZE.width}px; height: ${OG_IMAGE_SIZE.height}px; overflow: hidden; }
body { background: #fafaf9; font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; }
.og { display: flex; align-items: center; gap: 64px; box-sizing: border-box; height: 100%; padding: 0 84px 0 88px;
  border-top: 14px solid #047857; }
.og-text { flex: 1; min-width: 0; }
.og-brand { display: flex; align-items: center; gap: 14px; font-size: 30px; font-weight: 700; color: #065f46; }
.og-brand svg { width: 44px; height: 44px; }
.og-eyebrow { margin-top: 44px; font-size: 28px; color: #57534e; }
.og-heading { margin: 14px 0 0; font-size: 54px; line-height: 1.22; font-weight: 800; color: #1c1917;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.og-sub { margin-top: 24px; font-size: 30px; line-height: 1.4; color: #44403c;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.og-phone { flex: none; }
.og-phone .tg-phone { --phone-w: 280px; margin: 0; }
/* The target as the live player first shows it: the pulse's brightest frame, held. */
.og-phone .tg-target::after { animation: none; opacity: 1; }
</style></head><body><div class="og">
<div class="og-text">
<div class="og-brand">${icon}<span>${esc(SITE_NAME)}</span></div>
<div class="og-eyebrow">${esc(card.eyebrow)}</div>
<h1 class="og-heading">${esc(card.heading)}</h1>
<div class="og-sub">${esc(card.sub)}</div>
</div>
<div class="og-phone">${phone}</div>
</div></body></html>`;
}

/** Every card the site's metadata names: each step page's, each guide's, the home page's. */
function cards(): Card[] {
  const { guides, en: english } = loadContent();
  const out: Card[] = [];
  const home = guides.find((g) => g.slug === 'view-real-name') ?? guides[0];
  if (home)
    out.push({
      image: ogImagePath({ kind: 'home' }),
      page: `/guides/${home.slug}/`,
      eyebrow: '微信 · QQ · 网证',
      heading: '微信和 QQ 实名、身份信息图解',
      sub: SITE_DESCRIPTION,
    });
  const first = english.guides[0];
  if (first)
    out.push({
      image: ogImagePath({ kind: 'en-home' }),
      page: `/en/guides/${first.slug}/`,
      eyebrow: 'WeChat · for visitors',
      heading: 'WeChat Pay for visitors, step by step',
      sub: SITE_DESCRIPTION_EN,
    });
  // Each English guide's and step's card, in English, from its English page.
  for (const guide of english.guides) {
    const fm = guide.frontmatter;
    out.push({
      image: ogImagePath({ kind: 'guide', slug: guide.slug, lang: 'en' }),
      page: `/en/guides/${guide.slug}/`,
      eyebrow: 'WeChat · illustrated guide',
      heading: fm.title,
      sub: fm.summary,
    });
    for (const page of pagesOf(guide))
      out.push({
        image: ogImagePath({ kind: 'step', slug: page.slug, variant: page.variant, os: page.os, step: page.step, lang: 'en' }),
        page: page.path,
        eyebrow: `WeChat ${variantLabel(fm.variants, page.variant)} · ${page.os === 'ios' ? 'iPhone' : 'Android'}`,
        heading: `Step ${page.index}: ${page.title}`,
        sub: fm.title,
      });
  }
  for (const guide of guides) {
    const fm = guide.frontmatter;
    out.push({
      image: ogImagePath({ kind: 'guide', slug: guide.slug }),
      page: `/guides/${guide.slug}/`,
      eyebrow: `${APPS[fm.app].name} · 图解教程`,
      heading: fm.title,
      sub: fm.summary,
    });
    for (const page of pagesOf(guide))
      out.push({
        image: ogImagePath({ kind: 'step', slug: page.slug, variant: page.variant, os: page.os, step: page.step }),
        page: page.path,
        eyebrow: `${APPS[fm.app].short} ${variantLabel(fm.variants, page.variant)} · ${OS_LABEL[page.os]}`,
        heading: `第 ${page.index} 步：${page.title}`,
        sub: fm.title,
      });
  }
  return out;
}

/**
 * Screenshot → 256-colour PNG (flat drawings and text survive a palette well), in a worker thread
 * so that Chromium draws the next card meanwhile (quantizing a card takes about as long as drawing it).
 */
const COMPRESSOR = `
const { parentPort } = require('node:worker_threads');
const { PNG } = require('pngjs');
const UPNG = require('upng-js');
parentPort.on('message', ({ id, shot, colours }) => {
  const { data, width, height } = PNG.sync.read(Buffer.from(shot));
  const png = UPNG.encode([new Uint8Array(data).buffer], width, height, colours);
  parentPort.postMessage({ id, png }, [png]);
});`;

export function compressor(colours = 256) {
  const worker = new Worker(COMPRESSOR, { eval: true });
  const waiting = new Map<number, (png: Buffer) => void>();
  let next = 0;
  worker.on('message', ({ id, png }: { id: number; png: ArrayBuffer }) => {
    waiting.get(id)!(Buffer.from(png));
    waiting.delete(id);
  });
  return {
    compress: (shot: Buffer) =>
      new Promise<Buffer>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ id, shot, colours });
      }),
    close: () => worker.terminate(),
  };
}

export async function renderOgImages(root: string): Promise<{ drawn: number; cached: number; bytes: number; seconds: number }> {
  const started = performance.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const icon = fs.readFileSync('public/icon.svg', 'utf8');
  const cssText = new Map<string, string>();
  const readCss = (href: string) => {
    if (!cssText.has(href)) cssText.set(href, fs.readFileSync(path.join(root, href), 'utf8'));
    return cssText.get(href)!;
  };

  const jobs = cards().map((card) => {
    const { phone, css } = phoneOf(fs.readFileSync(path.join(root, card.page, 'index.html'), 'utf8'));
    const html = cardHtml(card, phone, css.map(readCss).join('\n'), icon);
    const hash = crypto.createHash('sha256').update(`${DESIGN}\n${html}`).digest('hex').slice(0, 32);
    return { card, html, cached: path.join(CACHE_DIR, `${hash}.png`) };
  });
  const todo = jobs.filter((j) => !fs.existsSync(j.cached));

  if (todo.length) {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const context = await browser.newContext({
      viewport: OG_IMAGE_SIZE,
      deviceScaleFactor: 1,
      javaScriptEnabled: false,
      reducedMotion: 'reduce',
    });
    const queue = [...todo];
    const squeeze = compressor();
    const writes: Promise<void>[] = [];
    const worker = async () => {
      const page = await context.newPage();
      for (let job = queue.shift(); job; job = queue.shift()) {
        await page.setContent(job.html, { waitUntil: 'load' });
        const shot = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
        const { cached } = job;
        writes.push(squeeze.compress(shot).then((png) => fs.writeFileSync(cached, png)));
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    await Promise.all(writes);
    await squeeze.close();
    await browser.close();
  }

  let bytes = 0;
  const now = new Date();
  for (const job of jobs) {
    const dest = path.join(root, job.card.image);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(job.cached, dest);
    fs.utimesSync(job.cached, now, now); // used: kept
    bytes += fs.statSync(dest).size;
  }
  const stale = Date.now() - CACHE_DAYS * 86_400_000;
  for (const f of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, f);
    if (fs.statSync(file).mtimeMs < stale) fs.rmSync(file);
  }
  return { drawn: todo.length, cached: jobs.length - todo.length, bytes, seconds: (performance.now() - started) / 1000 };
}
