/**
 * The long picture of a version's whole path, for the son or daughter helping from afar: one
 * image per guide × version × OS (the drawings differ between the iPhone and Android skins) that
 * the reader long-presses to save or to forward in a chat. Numbered steps, each with its
 * instruction in large type and its screen, drawn large around the target with the target marked,
 * then the guide's link (and its QR code, which WeChat's long-press reads as 识别图中二维码).
 *
 * A version with a choice gets one picture, not one per end: every step of the version in the
 * order written, each branch under a “如果选“…”：” heading — as the article and the printed
 * handout list them. The reader forwards one picture without first knowing which way their
 * phone will go, and the helper sees every way.
 *
 * Drawn after `next build` like the link previews (scripts/og-images.ts, whose machinery this
 * reuses): each step's screen is cut out of its exported step page (the server HTML already draws
 * that step with its target marked), composed into one document with the site's CSS inlined, drawn
 * by Chromium at 390 CSS px and twice the pixels (a phone's width, so the type reads at its CSS
 * size on a phone), and reduced to a 256-colour PNG by UPNG. Cached in .cache/path/ by the hash of
 * the document, so a rebuild redraws only the pictures whose steps, screens or CSS changed.
 *
 * Without NEXT_PUBLIC_SITE_ORIGIN there is no address to print: the picture then names the site and
 * the guide's path as text and draws no QR code (a code that decodes to a bare path opens nothing
 * on a phone). Such an export is not for publishing (the build's warning says so).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SafetyLine } from '../components/site/safety-line';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import { computeRoute } from '../lib/flow/route';
import { firstStep, stepsFor } from '../lib/flow/walk';
import { loadContent } from '../lib/server/content/load/content';
import { publicOrigin } from '../lib/server/views/page-metadata';
import { OS_VALUES, type Lang, type Os } from '../lib/shared/constants';
import { dictFor } from '../lib/shared/i18n';
import { appName, osName } from '../lib/shared/i18n/format';
import { guideStatePath, pathImagePath, stepPagePath } from '../lib/shared/links';
import { qrCode } from '../lib/shared/qr';
import { SITE_NAME } from '../lib/shared/titles';
import { variantLabel } from '../lib/shared/variants';
import { compressor, esc, phoneOf } from './og-images';

/** Bump when the picture's design changes, so every cached picture is drawn again. */
const DESIGN = 1;
/** The picture's width in CSS px (a phone's), and the pixels per CSS px it is drawn with. */
export const PATH_IMAGE_CSS_WIDTH = 390;
const SCALE = 2;
/**
 * A longer path is drawn with fewer pixels per CSS px, so that no picture is taller than this (the
 * longest, 14 steps, is about 18,000 px at 2×; tried whole in Chromium) and the file stays small.
 */
const MAX_DEVICE_HEIGHT = 20_000;
/** Colours in the PNG's palette: flat drawings and text keep crisp edges with 128 (UPNG quantizes). */
const COLOURS = 128;
/** Beside the link previews' cache (`npm run scale` moves that one, and so this one, elsewhere). */
const CACHE_DIR = process.env.TAPGUIDE_OG_CACHE
  ? path.join(process.env.TAPGUIDE_OG_CACHE, '..', 'path-cache')
  : path.join('.cache', 'path');
const CACHE_DAYS = 30;

export interface PictureStep {
  /** The number the article gives the step on first load (its place on the shortest path to it). */
  n: number;
  title: string;
  text: string;
  /** The choice option that leads to this step, when the step is after a choice. */
  via?: string;
  /** The exported step page whose drawn phone this step shows. */
  page: string;
}

export interface PathPicture {
  slug: string;
  /** The guide's edition: the picture's words are in its language. */
  lang: Lang;
  variant: string;
  os: Os;
  /** Where the image goes, under out/. */
  image: string;
  /** The guide on this version and OS, as a path. */
  link: string;
  title: string;
  /** “微信 8.0 及以上 · iPhone” */
  label: string;
  steps: PictureStep[];
}

/** Every picture: each guide's versions on each OS, with the steps the version shows, in the order written. */
export function pathPictures(): PathPicture[] {
  const { guides, en } = loadContent();
  return [...guides, ...en.guides].flatMap((guide) => {
    const fm = guide.frontmatter;
    return fm.variants.flatMap(({ id: variant }) =>
      OS_VALUES.map((os) => {
        const ctx = { variant, os };
        const start = firstStep(guide.flow, ctx);
        const route = computeRoute(guide.flow, { ...ctx, path: start ? [start.id] : [] });
        const steps = stepsFor(guide.flow, ctx).flatMap((s) => {
          const n = route.numberOf(s.id);
          if (n === undefined) return [];
          const page = stepPagePath({ slug: guide.slug, variant, os, step: s.id, lang: guide.lang });
          return [{ n, title: s.title, text: guide.stepText[s.id] ?? '', via: route.viaOf(s.id)?.label, page }];
        });
        return {
          slug: guide.slug,
          lang: guide.lang,
          variant,
          os,
          image: pathImagePath({ slug: guide.slug, variant, os, lang: guide.lang }),
          link: guideStatePath({ slug: guide.slug, variant, os, firstVariant: fm.variants[0]!.id, lang: guide.lang }),
          title: fm.title,
          label: `${appName(dictFor(guide.lang), fm.app)} ${variantLabel(fm.variants, variant)} · ${osName(dictFor(guide.lang), os)}`,
          steps,
        };
      }),
    );
  });
}

/** The QR code of a link, as an SVG (the same drawing as the site's QR buttons and the handout's). */
function qrSvg(link: string): string {
  const { size, d } = qrCode(QRCode, link);
  return `<svg class="pi-qr" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="二维码">
<rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/**
 * The picture as one document, the site's CSS inlined (it loads nothing). Every text in it is at
 * least 20 CSS px, and the drawn screens use the guide's own phone window (app/styles/phone.css,
 * text at 16.5 px and up) with its text scaled up to 20 px, centred on the target by the window's
 * scroll snapping.
 */
export function pictureHtml(pic: PathPicture, phones: string[], css: string, icon: string, origin: string | undefined): string {
  const en = pic.lang === 'en';
  const safety = renderToStaticMarkup(createElement(SafetyLine, { t: dictFor(pic.lang) }));
  let via: string | undefined;
  const steps = pic.steps
    .map((s, i) => {
      const heading =
        s.via && s.via !== via ? `<h2 class="pi-via">${en ? `If you choose “${esc(s.via)}”:` : `如果选“${esc(s.via)}”：`}</h2>` : '';
      via = s.via;
      return `${heading}<section class="pi-step" data-step="${s.n}">
<h3 class="pi-title"><span class="pi-n">${s.n}</span><span>${esc(s.title)}</span></h3>
${s.text ? `<p class="pi-text">${esc(s.text)}</p>` : ''}
<div class="tg-window pi-window" data-view="zoom">${phones[i]}</div>
</section>`;
    })
    .join('\n');
  const link = origin ? `${origin}${pic.link}` : pic.link;
  const footer = origin
    ? `${qrSvg(link)}<p class="pi-big">${en ? 'Scan the code with a phone to open this guide:' : '长按这张图，选“识别图中二维码”，或用手机扫码，打开这份教程：'}</p>`
    : `<p class="pi-big">${en ? `Open “${esc(pic.title)}” on the ${esc(SITE_NAME)} website:` : `在 ${esc(SITE_NAME)} 网站打开《${esc(pic.title)}》：`}</p>`;
  return `<!DOCTYPE html><html lang="${en ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<style>${css.replace(/<\/style/gi, '<\\/style')}</style>
<style>
html, body { margin: 0; width: ${PATH_IMAGE_CSS_WIDTH}px; background: #fafaf9; }
body { font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; color: #1c1917; font-size: 21px; line-height: 1.5; }
.pi { box-sizing: border-box; padding: 20px 16px 28px; border-top: 10px solid #047857; }
.pi-brand { display: flex; align-items: center; gap: 10px; font-size: 20px; font-weight: 700; color: #065f46; }
.pi-brand svg { width: 32px; height: 32px; }
.pi h1 { margin: 12px 0 0; font-size: 30px; line-height: 1.3; font-weight: 800; }
.pi-label { display: inline-block; margin-top: 10px; padding: 2px 10px; border-radius: 8px; background: #e7e5e4; font-size: 22px; font-weight: 600; }
.pi-big { margin: 12px 0 0; font-size: 22px; line-height: 1.5; }
.pi-safety p { margin-top: 14px; font-size: 20px; line-height: 1.5; }
.pi-via { margin: 36px 0 0; padding: 8px 12px; border-left: 8px solid #b45309; background: #fef3c7; font-size: 24px; font-weight: 800; }
.pi-step { margin-top: 24px; padding-top: 18px; border-top: 2px solid #d6d3d1; }
.pi-title { display: flex; align-items: flex-start; gap: 12px; margin: 0; font-size: 27px; line-height: 1.3; font-weight: 800; }
.pi-n { flex: none; display: grid; place-items: center; min-width: 44px; height: 44px; border-radius: 22px; background: #047857; color: #fff; font-size: 26px; }
.pi-text { margin: 10px 0 0; font-size: 21px; color: #292524; }
.pi-window { --tg-window-h: 300px; --tg-text-scale: 1.22; margin-top: 14px; border-width: 3px !important; scroll-snap-type: none !important; }
/* The target as the live player first shows it: the pulse's brightest frame, held. */
.pi-window .tg-target::after { animation: none; opacity: 1; }
.pi-end { margin-top: 36px; padding-top: 20px; border-top: 6px solid #047857; }
.pi-qr { display: block; width: 240px; height: 240px; margin: 4px auto 0; }
.pi-link { margin: 8px 0 0; font-family: ui-monospace, 'Noto Sans Mono CJK SC', monospace; font-size: 20px; line-height: 1.4; word-break: break-all; }
.pi-small { margin: 16px 0 0; font-size: 20px; color: #44403c; }
</style></head><body><div class="pi">
<div class="pi-brand">${icon}<span>${esc(SITE_NAME)} · ${en ? 'illustrated guide' : '图解教程'}</span></div>
<h1>${esc(pic.title)}</h1>
<div class="pi-label">${esc(pic.label)}</div>
<p class="pi-big">${en ? `${pic.steps.length} steps. At each step, tap where the drawing is circled.` : `一共 ${pic.steps.length} 步。照着每一步画面上圈出来的地方点。`}</p>
<div class="pi-safety">${safety}</div>
${steps}
<footer class="pi-end">
${footer}
<p class="pi-link">${esc(link)}</p>
<p class="pi-small">${en ? `${esc(SITE_NAME)}: an unofficial guide; the phone screens are drawings.` : `${esc(SITE_NAME)}：非官方教程，手机画面为示意图。`}</p>
</footer>
</div></body></html>`;
}

/** A picture's document, from the exported site in `root`: each step's phone cut out of its step page. */
export function pictureDocument(
  root: string,
  pic: PathPicture,
  origin: string | undefined,
  readCss = (href: string) => fs.readFileSync(path.join(root, href), 'utf8'),
): string {
  let css: string[] = [];
  const phones = pic.steps.map((s) => {
    const drawn = phoneOf(fs.readFileSync(path.join(root, s.page, 'index.html'), 'utf8'));
    css = drawn.css;
    return drawn.phone;
  });
  return pictureHtml(pic, phones, css.map(readCss).join('\n'), fs.readFileSync('public/icon.svg', 'utf8'), origin);
}

/**
 * The picture's screenshot (PNG). Its height decides the scale (a screenshot taller than
 * Chromium's limit would be cut off), so the document is laid out once, then drawn at that scale.
 */
export async function drawPicture(browser: Browser, html: string): Promise<Buffer> {
  const viewport = { width: PATH_IMAGE_CSS_WIDTH, height: 800 };
  const probe = await browser.newPage({ viewport, javaScriptEnabled: false });
  await probe.setContent(html, { waitUntil: 'load', timeout: 0 });
  const height = await probe.evaluate(() => document.documentElement.scrollHeight);
  await probe.close();
  const page = await browser.newPage({
    viewport,
    deviceScaleFactor: Math.min(SCALE, MAX_DEVICE_HEIGHT / height),
    javaScriptEnabled: false, // the document has no script; page.evaluate still runs
    reducedMotion: 'reduce',
  });
  await page.setContent(html, { waitUntil: 'load', timeout: 0 });
  await page.evaluate(centreTargets);
  // A long page on a busy machine can take a while; the build waits.
  const shot = await page.screenshot({ type: 'png', fullPage: true, animations: 'disabled', caret: 'hide', timeout: 0 });
  await page.close();
  return shot;
}

/** Scrolls each window to centre its step's target(s), as the live player does (use-centred-target.ts). */
function centreTargets() {
  for (const win of document.querySelectorAll<HTMLElement>('.pi-window')) {
    const boxes = [...win.querySelectorAll('.tg-target')].map((t) => t.getBoundingClientRect());
    if (!boxes.length) continue;
    const middle = (Math.min(...boxes.map((b) => b.top)) + Math.max(...boxes.map((b) => b.bottom))) / 2;
    const box = win.getBoundingClientRect();
    win.scrollTop += middle - (box.top + box.height / 2);
  }
}

/**
 * The installed fonts, as part of each picture's cache key: a picture drawn on a machine without
 * the CJK fonts (boxes for every character) is not reused once they are there.
 */
function fontsKey(): string {
  try {
    return execFileSync('fc-list', ['--format', '%{file}\\n'], { encoding: 'utf8' }).split('\n').sort().join('\n');
  } catch {
    return '';
  }
}

export interface PathImagesResult {
  drawn: number;
  cached: number;
  bytes: number;
  largest: { image: string; bytes: number; width: number; height: number };
  seconds: number;
}

/** A PNG's width and height, from its IHDR. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function renderPathImages(root: string): Promise<PathImagesResult> {
  const started = performance.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const origin = publicOrigin();
  const cssText = new Map<string, string>();
  const readCss = (href: string) => {
    if (!cssText.has(href)) cssText.set(href, fs.readFileSync(path.join(root, href), 'utf8'));
    return cssText.get(href)!;
  };

  const fonts = fontsKey();
  const jobs = pathPictures().map((pic) => {
    const html = pictureDocument(root, pic, origin, readCss);
    const hash = crypto.createHash('sha256').update(`${DESIGN}\n${fonts}\n${html}`).digest('hex').slice(0, 32);
    return { pic, html, cached: path.join(CACHE_DIR, `${hash}.png`) };
  });
  const todo = jobs.filter((j) => !fs.existsSync(j.cached));

  if (todo.length) {
    const browser = await chromium.launch(chromiumLaunchOptions());
    const squeeze = compressor(COLOURS);
    const writes: Promise<void>[] = [];
    const queue = [...todo];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const shot = await drawPicture(browser, job.html);
        const { cached } = job;
        writes.push(squeeze.compress(shot).then((png) => fs.writeFileSync(cached, png)));
      }
    };
    await Promise.all([worker(), worker()]);
    await Promise.all(writes);
    await squeeze.close();
    await browser.close();
  }

  let bytes = 0;
  let largest = { image: '', bytes: 0, width: 0, height: 0 };
  const now = new Date();
  for (const job of jobs) {
    const dest = path.join(root, job.pic.image);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(job.cached, dest);
    fs.utimesSync(job.cached, now, now); // used: kept
    const size = fs.statSync(dest).size;
    bytes += size;
    if (size > largest.bytes) largest = { image: job.pic.image, bytes: size, ...pngSize(fs.readFileSync(dest)) };
  }
  const stale = Date.now() - CACHE_DAYS * 86_400_000;
  for (const f of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, f);
    if (fs.statSync(file).mtimeMs < stale) fs.rmSync(file);
  }
  return { drawn: todo.length, cached: jobs.length - todo.length, bytes, largest, seconds: (performance.now() - started) / 1000 };
}
