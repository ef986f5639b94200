import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE, staticHostHeaders } from '../../deploy/headers';
import { hashedIcons, iconLinks } from '../../lib/server/views/icons';
import { ogImagePath, pageMetadata } from '../../lib/server/views/page-metadata';
import { checkPublished, pngProblem } from '../../scripts/check-published';
import { elementAt, phoneOf } from '../../scripts/og-images';

const ORIGIN = 'https://tapguide.example';
const saved = process.env.NEXT_PUBLIC_SITE_ORIGIN;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXT_PUBLIC_SITE_ORIGIN;
  else process.env.NEXT_PUBLIC_SITE_ORIGIN = saved;
});

const step = {
  path: '/guides/g/v8/ios/tap/',
  title: '第 2 步：点击“服务”',
  description: '第 2 / 5 步。',
  type: 'article' as const,
  image: { path: ogImagePath({ kind: 'step', slug: 'g', variant: 'v8', os: 'ios', step: 'tap' }), alt: '模拟手机画面' },
};

describe('page metadata', () => {
  it('with an origin: absolute canonical, og:url, og:image with its size and alt, a large Twitter card', () => {
    process.env.NEXT_PUBLIC_SITE_ORIGIN = `${ORIGIN}/`;
    const m = pageMetadata(step);
    expect(m.metadataBase?.toString()).toBe(`${ORIGIN}/`);
    expect(m.alternates?.canonical).toBe(step.path);
    expect(m.openGraph).toMatchObject({
      url: step.path,
      title: step.title,
      images: [{ url: '/og/guides/g/v8/ios/tap.png', width: 1200, height: 630, alt: '模拟手机画面' }],
    });
    expect(m.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: '/og/guides/g/v8/ios/tap.png' }] });
  });

  it('without one: names no origin, keeps a relative canonical and leaves out what must be absolute', () => {
    delete process.env.NEXT_PUBLIC_SITE_ORIGIN;
    const m = pageMetadata(step);
    expect(m.metadataBase).toBeUndefined();
    expect(m.alternates).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/https?:/);
    expect((m.icons as { other: unknown[] }).other).toEqual([{ rel: 'canonical', url: step.path }]);
    expect(m.openGraph).not.toHaveProperty('url');
    expect(m.openGraph).not.toHaveProperty('images');
    expect(m.twitter).toEqual({ card: 'summary', title: step.title, description: step.description });
  });

  it('names both editions of a page as hreflang alternates, absolute with an origin, root-relative without', () => {
    const home = { path: '/', title: 'T', description: 'D', languages: { zh: '/', en: '/en/' } };
    process.env.NEXT_PUBLIC_SITE_ORIGIN = ORIGIN;
    expect(pageMetadata(home).alternates?.languages).toEqual({ 'zh-CN': '/', en: '/en/' });
    delete process.env.NEXT_PUBLIC_SITE_ORIGIN;
    expect((pageMetadata(home).icons as { other: unknown[] }).other).toEqual([
      { rel: 'canonical', url: '/' },
      { rel: 'alternate', url: '/', hrefLang: 'zh-CN' },
      { rel: 'alternate', url: '/en/', hrefLang: 'en' },
    ]);
    // One edition only: no alternates.
    expect((pageMetadata({ ...home, languages: { zh: '/' } }).icons as { other: unknown[] }).other).toHaveLength(1);
  });

  it('says noindex for test pages and redirects', () => {
    expect(pageMetadata({ ...step, noindex: true }).robots).toEqual({ index: false, follow: true });
    expect(pageMetadata(step).robots).toBeUndefined();
  });
});

describe('icons', () => {
  it('are named by their content’s hash, and the hashed copies are what a year’s cache covers', () => {
    for (const icon of hashedIcons()) expect(icon.href).toMatch(/^\/icons\/[a-z0-9-]+\.[0-9a-f]{10}\.(png|svg)$/);
    expect(iconLinks().icon[0]!.url).toMatch(/^\/icons\/icon\.[0-9a-f]{10}\.svg$/);
    expect(CACHE.immutable.paths).toContain('/icons/');
    expect(staticHostHeaders()).toContain('/icons/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  it('nginx caches the same paths for a year, and sends the security headers at server level too (its own errors)', () => {
    const site = fs.readFileSync('deploy/site.conf', 'utf8');
    const immutable = /location ~ \^\/\(([^)]*)\)\/ \{\n[^}]*immutable/.exec(site)?.[1]?.split('|');
    expect(immutable?.map((p) => `/${p}/`).sort()).toEqual([...CACHE.immutable.paths].sort());
    for (const p of CACHE.never.paths) expect(site).toMatch(new RegExp(`location ${p} \\{[^}]*Cache-Control "${CACHE.never.value}"`));
    expect(staticHostHeaders()).toContain('/editors/*\n  Cache-Control: no-store');
    const serverLevel = site.slice(0, site.indexOf('\nlocation '));
    expect(serverLevel).toMatch(/^include tapguide\/security-headers\.conf;$/m);
  });
});

describe('cutting the drawn phone out of a page', () => {
  it('takes the whole element, nested divs included, and the stylesheets', () => {
    const html =
      '<head><link rel="stylesheet" href="/_next/static/a.css" data-precedence="next"/></head><div class="tg-phone tg-other"><div>no</div></div>' +
      '<div class="tg-phone tg-player-phone mx-auto" data-skin="ios"><div class="a"><div>x</div><span>y</span></div></div><div>after</div>';
    expect(phoneOf(html)).toEqual({
      phone: '<div class="tg-phone tg-player-phone mx-auto" data-skin="ios"><div class="a"><div>x</div><span>y</span></div></div>',
      css: ['/_next/static/a.css'],
    });
    expect(() => phoneOf('<div>none</div>')).toThrow(/no drawn player/);
    expect(() => elementAt('<div><div></div>', 0)).toThrow(/unclosed/);
  });
});

const png = (width: number, height: number, noise = true) => {
  const p = new PNG({ width, height });
  // A few rows of noise: a few tens of KB, like a real card.
  for (let i = 0; i < p.data.length; i++) p.data[i] = noise && i < width * 4 * 6 ? (i * 2654435761) >>> 24 : 255;
  return PNG.sync.write(p);
};

describe('preview images', () => {
  it('must be PNGs of a sane size and shape', () => {
    expect(pngProblem(png(1200, 630))).toBeUndefined();
    expect(pngProblem(png(630, 630))).toBeUndefined();
    expect(pngProblem(Buffer.from('GIF89a not a png at all, really not'))).toBe('not a PNG');
    expect(pngProblem(png(100, 100))).toBe('100×100 px');
    expect(pngProblem(png(1200, 300))).toMatch(/neither square/);
    expect(pngProblem(png(1200, 630, false))).toMatch(/KB$/);
  });
});

describe('the export as the web sees it', () => {
  let root = '';
  const page = (file: string, head: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), `<!DOCTYPE html><html><head>${head}</head><body></body></html>`);
  };
  const tags = (p: string, origin?: string) =>
    origin
      ? `<link rel="canonical" href="${origin}${p}"/><meta property="og:title" content="t"/><meta property="og:description" content="d"/>` +
        `<meta property="og:url" content="${origin}${p}"/><meta property="og:image" content="${origin}/og/home.png"/>` +
        '<meta property="og:image:width" content="1200"/><meta property="og:image:height" content="630"/><meta property="og:image:alt" content="a"/>' +
        '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="t"/><meta name="twitter:description" content="d"/>' +
        `<meta name="twitter:image" content="${origin}/og/home.png"/>`
      : `<meta property="og:title" content="t"/><meta property="og:description" content="d"/><link rel="canonical" href="${p}"/>`;
  const site = (origin?: string) => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-published-'));
    page('index.html', tags('/', origin));
    page('guides/g/index.html', tags('/guides/g/', origin));
    page('bench-baseline/index.html', `<meta name="robots" content="noindex, follow"/>${tags('/bench-baseline/', origin)}`);
    page('404.html', '<meta name="robots" content="noindex"/>');
    fs.mkdirSync(path.join(root, 'og'));
    fs.writeFileSync(path.join(root, 'og/home.png'), png(1200, 630));
    const loc = (p: string) => `<url><loc>${origin ?? ''}${p}</loc></url>`;
    fs.writeFileSync(path.join(root, 'sitemap.xml'), `<urlset>${loc('/')}${loc('/guides/g/')}</urlset>`);
    fs.writeFileSync(path.join(root, 'robots.txt'), `User-Agent: *\nAllow: /\n${origin ? `Sitemap: ${origin}/sitemap.xml\n` : ''}`);
  };
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('passes a site that is right, with and without an origin', () => {
    site(ORIGIN);
    expect(checkPublished(root, ORIGIN)).toEqual([]);
    fs.rmSync(root, { recursive: true });
    site();
    expect(checkPublished(root, undefined)).toEqual([]);
  });

  it('with an origin: finds localhost anywhere, a missing tag, a missing or broken image, a test page in the sitemap', () => {
    site(ORIGIN);
    fs.writeFileSync(path.join(root, 'a.js'), 'fetch("http://localhost:3000/x")');
    page(
      'guides/h/index.html',
      tags('/guides/h/', ORIGIN)
        .replace(/<meta name="twitter:image"[^>]*>/, '')
        .replace('/og/home.png', '/og/missing.png'),
    );
    fs.writeFileSync(path.join(root, 'og/bad.png'), 'nope');
    fs.appendFileSync(path.join(root, 'sitemap.xml'), `<url><loc>${ORIGIN}/bench-baseline/</loc></url>`);
    expect(checkPublished(root, ORIGIN)).toEqual([
      'a.js: names //localhost',
      'guides/h/index.html: no twitter:image',
      `guides/h/index.html: og:image ${ORIGIN}/og/missing.png is not in the export`,
      'og/bad.png: not a PNG',
      `sitemap.xml: ${ORIGIN}/bench-baseline/ is a noindex page`,
    ]);
  });

  it('finds hreflang alternates that do not name the page itself, point nowhere, or are not named back', () => {
    site();
    const alt = (pairs: [string, string][]) => pairs.map(([l, h]) => `<link rel="alternate" href="${h}" hrefLang="${l}"/>`).join('');
    page(
      'index.html',
      tags('/') +
        alt([
          ['zh-CN', '/'],
          ['en', '/en/'],
        ]),
    );
    page(
      'en/index.html',
      tags('/en/') +
        alt([
          ['zh-CN', '/'],
          ['en', '/en/'],
        ]),
    );
    fs.writeFileSync(path.join(root, 'sitemap.xml'), '<urlset><url><loc>/</loc></url><url><loc>/en/</loc></url></urlset>');
    expect(checkPublished(root, undefined)).toEqual([]);
    page('en/index.html', tags('/en/') + alt([['en', '/en/']]));
    page(
      'guides/g/index.html',
      tags('/guides/g/') +
        alt([
          ['zh-CN', '/guides/h/'],
          ['en', '/en/guides/g/'],
        ]),
    );
    expect(checkPublished(root, undefined)).toEqual([
      'index.html: hreflang en /en/ does not name the same alternates back',
      'guides/g/index.html: its hreflang alternates do not name the page itself',
      'guides/g/index.html: hreflang zh-CN /guides/h/ is not a page of the export',
      'guides/g/index.html: hreflang en /en/guides/g/ is not a page of the export',
    ]);
  });

  it('without one: finds a page that names an origin', () => {
    site();
    page('guides/h/index.html', `${tags('/guides/h/')}<meta property="og:url" content="http://localhost:3000/guides/h/"/>`);
    expect(checkPublished(root, undefined)).toEqual([
      'guides/h/index.html: names //localhost',
      'guides/h/index.html: og:url without an origin to put in it',
    ]);
  });
});
