import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MetadataRoute } from 'next';

/**
 * The favicon set. The files live in public/ (drawn from public/icon.svg by `npm run icons`) and
 * are served there under their plain names, revalidated, for whatever asks by convention
 * (/favicon.ico, /apple-touch-icon.png). Pages and the manifest name copies under /icons/ whose
 * names carry the content's hash, which the server caches for a year (deploy/headers.ts): the
 * build writes them (scripts/postbuild.ts), and this module names them, so both agree.
 */
const SET = [
  { file: 'icon.svg', type: 'image/svg+xml', sizes: 'any' },
  { file: 'icon-192.png', type: 'image/png', sizes: '192x192' },
  { file: 'icon-512.png', type: 'image/png', sizes: '512x512' },
  { file: 'icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
  { file: 'apple-touch-icon.png', type: 'image/png', sizes: '180x180' },
] as const;

export interface HashedIcon {
  /** The file in public/. */
  source: string;
  /** Where the build copies it: `/icons/icon-192.3f9a1c2b7d.png`. */
  href: string;
  type: string;
  sizes: string;
  purpose?: 'maskable';
}

const hashedName = (file: string, data: Buffer) => {
  const ext = path.extname(file);
  const hash = crypto.createHash('sha256').update(data).digest('hex').slice(0, 10);
  return `/icons/${path.basename(file, ext)}.${hash}${ext}`;
};

/** Every icon with its hashed address; `root` is the project (the build's working folder). */
export function hashedIcons(root = process.cwd()): HashedIcon[] {
  return SET.map((icon) => {
    const source = path.join(root, 'public', icon.file);
    return { ...icon, source, href: hashedName(icon.file, fs.readFileSync(source)) };
  });
}

const byFile = (file: string) => hashedIcons().find((i) => i.source.endsWith(`${path.sep}${file}`))!;

/** The `<link rel="icon">` and `apple-touch-icon` of every page. */
type IconLink = { url: string; type: string; sizes: string };

export function iconLinks(): { icon: IconLink[]; apple: IconLink[] } {
  const svg = byFile('icon.svg');
  const png = byFile('icon-192.png');
  const apple = byFile('apple-touch-icon.png');
  return {
    icon: [
      { url: svg.href, type: svg.type, sizes: svg.sizes },
      { url: png.href, type: png.type, sizes: png.sizes },
    ],
    apple: [{ url: apple.href, type: apple.type, sizes: apple.sizes }],
  };
}

/** The web app manifest's icons. */
export function manifestIcons(): NonNullable<MetadataRoute.Manifest['icons']> {
  return hashedIcons()
    .filter((i) => !i.source.endsWith('apple-touch-icon.png'))
    .map(({ href, type, sizes, purpose }) => ({ src: href, type, sizes, ...(purpose ? { purpose } : {}) }));
}
