/** `npm run new:guide -- <slug>`: scaffolds content/guides/<slug>.mdx that passes the check as created. */
import path from 'node:path';
import { CONTENT_ROOT, displayPath } from '../lib/server/content/load/paths';
import { scaffoldGuide } from '../lib/server/content/scaffold';

const slug = process.argv[2];
if (!slug) {
  console.error('usage: npm run new:guide -- <slug>   (e.g. npm run new:guide -- view-qq-real-name)');
  process.exit(2);
}
try {
  const file = scaffoldGuide(slug, path.join(CONTENT_ROOT, 'guides'));
  console.log(
    `✓ created ${displayPath(file)}\n  next: edit it (docs/editing.md), run npm run check, and preview with npm run dev at /guides/${slug}/`,
  );
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exit(1);
}
