/**
 * The export as the web sees it (part of `npm run check:out`):
 *
 * - with an origin (NEXT_PUBLIC_SITE_ORIGIN): no file names localhost; every indexable page has
 *   canonical, og:url, og:title, og:description, og:image (+ width, height, alt) and a
 *   `summary_large_image` Twitter card with its image, all on that origin; every og:image is a
 *   PNG in out/ of a sane size;
 * - without one: no page names any origin (canonical relative, no og:url, og:image or
 *   twitter:image, nothing absolute on localhost anywhere);
 * - either way: every preview image under out/og/ is a sane PNG, the sitemap lists only pages
 *   that exist and are indexable, and test pages say noindex; a page's hreflang alternates name
 *   itself and pages of the export that name the same set back (both ways, in the HTML and in
 *   the sitemap).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Pages every static host answers for a missing address: never indexed, never canonical. */
const NOT_FOUND = /^(404\.html|404\/|_not-found\/)/;
/** What names an origin on this machine: an address, not the word (core-js's URL parser has `"localhost"`). */
const LOCAL = /\/\/(localhost|127\.0\.0\.1|\[::1\])\b/i;
const TEXT = /\.(html|js|css|txt|json|xml|webmanifest|map)$|(^|\/)_headers$/;

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's problem, or undefined: its signature, its IHDR's width and height (1.91:1 or square, 200–2400 px), 5–300 KB. */
export function pngProblem(data: Buffer): string | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') return 'not a PNG';
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width < 200 || height < 200 || width > 2400 || height > 2400) return `${width}×${height} px`;
  const ratio = width / height;
  if (ratio < 0.99 || ratio > 2.01) return `${width}×${height} px is neither square nor about 1.91:1`;
  if (data.length < 5_000 || data.length > 300_000) return `${(data.length / 1024).toFixed(0)} KB`;
  return undefined;
}

/** `<meta property|name="key" content="…">` values of a page (React writes attributes in this order). */
export function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    tags.set(m[1]!, [...(tags.get(m[1]!) ?? []), unescape(m[2]!)]);
  const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => unescape(m[1]!));
  if (canonical.length) tags.set('canonical', canonical);
  return tags;
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** `<link rel="alternate" hreflang href>` of a page: hreflang → URL path (Next and React write the attributes in either order). */
export function hreflangLinks(html: string, origin: string | undefined): Map<string, string> {
  const links = new Map<string, string>();
  for (const [tag] of html.matchAll(/<link [^>]*rel="alternate"[^>]*>/g)) {
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (lang && href) links.set(lang, unescape(origin && href.startsWith(origin) ? href.slice(origin.length) : href));
  }
  return links;
}

const sameSet = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

const REQUIRED = [
  'canonical',
  'og:url',
  'og:title',
  'og:description',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
];

function files(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true })
    .map((f) => String(f).split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(root, f)).isFile());
}

/** The page a URL path names in the export (`/guides/x/` → `guides/x/index.html`). */
const pageFile = (urlPath: string) => `${urlPath.replace(/^\//, '')}${urlPath.endsWith('/') ? 'index.html' : ''}`;

export function checkPublished(root: string, origin: string | undefined): string[] {
  const problems: string[] = [];
  const all = files(root);
  const pages = all.filter((f) => f.endsWith('.html') && !NOT_FOUND.test(f));
  const indexable = new Set<string>();

  for (const file of all.filter((f) => TEXT.test(f))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const m = LOCAL.exec(text);
    if (m) problems.push(`${file}: names ${m[0]}`);
  }

  for (const page of pages) {
    const html = fs.readFileSync(path.join(root, page), 'utf8');
    const tags = metaTags(html);
    const noindex = tags.get('robots')?.some((r) => r.includes('noindex'));
    if (!noindex) indexable.add(page);
    if (!tags.get('og:title') || !tags.get('og:description')) problems.push(`${page}: no og:title or og:description`);
    if (origin) {
      if (noindex) continue;
      for (const key of REQUIRED) if (!tags.get(key)?.[0]) problems.push(`${page}: no ${key}`);
      for (const key of ['canonical', 'og:url', 'og:image', 'twitter:image'])
        for (const value of tags.get(key) ?? [])
          if (!value.startsWith(`${origin}/`)) problems.push(`${page}: ${key} ${value} is not on ${origin}`);
      if (tags.get('twitter:card')?.[0] !== 'summary_large_image') problems.push(`${page}: twitter:card is not summary_large_image`);
      const own = `${origin}/${page.replace(/index\.html$/, '')}`;
      if (tags.get('og:url')?.[0] !== own) problems.push(`${page}: og:url is ${tags.get('og:url')?.[0]}, not ${own}`);
      for (const image of tags.get('og:image') ?? []) {
        const file = path.join(root, new URL(image).pathname);
        if (!fs.existsSync(file)) problems.push(`${page}: og:image ${image} is not in the export`);
        else {
          const bad = pngProblem(fs.readFileSync(file));
          if (bad) problems.push(`${page}: og:image ${image}: ${bad}`);
          const data = fs.readFileSync(file);
          const [w, h] = [String(data.readUInt32BE(16)), String(data.readUInt32BE(20))];
          if (tags.get('og:image:width')?.[0] !== w || tags.get('og:image:height')?.[0] !== h)
            problems.push(
              `${page}: og:image:width/height say ${tags.get('og:image:width')}×${tags.get('og:image:height')}, the PNG is ${w}×${h}`,
            );
        }
      }
    } else {
      for (const key of ['og:url', 'og:image', 'twitter:image'])
        if (tags.has(key)) problems.push(`${page}: ${key} without an origin to put in it`);
      for (const value of tags.get('canonical') ?? [])
        if (!value.startsWith('/')) problems.push(`${page}: canonical ${value} is not relative`);
      if (!noindex && !tags.get('canonical')) problems.push(`${page}: no canonical`);
    }
  }

  for (const page of pages) {
    const links = hreflangLinks(fs.readFileSync(path.join(root, page), 'utf8'), origin);
    if (!links.size) continue;
    const own = `/${page.replace(/index\.html$/, '')}`;
    if (![...links.values()].includes(own)) problems.push(`${page}: its hreflang alternates do not name the page itself`);
    for (const [lang, target] of links) {
      if (origin ? false : !target.startsWith('/')) problems.push(`${page}: hreflang ${lang} ${target} is not relative`);
      const file = pageFile(target);
      if (!indexable.has(file)) {
        problems.push(`${page}: hreflang ${lang} ${target} is ${all.includes(file) ? 'a noindex page' : 'not a page of the export'}`);
        continue;
      }
      if (!sameSet(links, hreflangLinks(fs.readFileSync(path.join(root, file), 'utf8'), origin)))
        problems.push(`${page}: hreflang ${lang} ${target} does not name the same alternates back`);
    }
  }

  for (const image of all.filter((f) => f.startsWith('og/'))) {
    const bad = image.endsWith('.png') ? pngProblem(fs.readFileSync(path.join(root, image))) : 'not a .png';
    if (bad) problems.push(`${image}: ${bad}`);
  }

  const sitemap = path.join(root, 'sitemap.xml');
  if (!fs.existsSync(sitemap)) problems.push('no sitemap.xml');
  else {
    const locs = [...fs.readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => unescape(m[1]!));
    if (!locs.length) problems.push('sitemap.xml lists nothing');
    for (const loc of locs) {
      if (origin ? !loc.startsWith(`${origin}/`) : !loc.startsWith('/'))
        problems.push(`sitemap.xml: ${loc} is not ${origin ? `on ${origin}` : 'relative'}`);
      const file = pageFile(origin && loc.startsWith(origin) ? loc.slice(origin.length) : loc);
      if (!indexable.has(file))
        problems.push(`sitemap.xml: ${loc} is ${all.includes(file) ? 'a noindex page' : 'not a page of the export'}`);
    }
  }
  const robots = path.join(root, 'robots.txt');
  if (!fs.existsSync(robots)) problems.push('no robots.txt');
  else if (origin && !fs.readFileSync(robots, 'utf8').includes(`Sitemap: ${origin}/sitemap.xml`))
    problems.push('robots.txt names no sitemap');
  if (indexable.has('bench-baseline/index.html')) problems.push('bench-baseline/index.html: a test page without noindex');
  return problems;
}
