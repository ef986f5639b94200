// A static export writes, beside each page's HTML, the page's React Server Components payload
// three times over (index.txt, __next._full.txt, and one __next.<segment>.txt per segment, with
// __next._tree.txt): the client router fetches them only for a soft navigation or a <Link>
// prefetch to that page. Only the home page and the guide pages are <Link> targets (the header's
// and the home page's links); every other page is reached by a plain link, a full page load that
// reads its payload from the HTML. Their RSC files are never requested, and at 408 step pages they
// were two thirds of the export (issue 21): they are removed here. Should the router ever ask for
// one, the 404 makes it load the page in full (Next's fallback for a missing payload), which is
// what the plain link does anyway.
import fs from 'node:fs';
import path from 'node:path';

/** Pages (as paths under the export, '' for the home page) that a next/link points to. */
const LINKED = [/^$/, /^guides\/[^/]+$/, /^(404|_not-found)$/, /^en$/, /^en\/guides$/, /^en\/guides\/[^/]+$/];

const isRsc = (name: string) => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

export function pruneRscPayloads(root = 'out'): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    const rel = path.relative(root, dir).split(path.sep).join('/');
    const keep = LINKED.some((re) => re.test(rel));
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (rel === '' && entry.name === '_next') continue;
        walk(file);
      } else if (!keep && isRsc(entry.name) && fs.existsSync(path.join(dir, 'index.html'))) {
        bytes += fs.statSync(file).size;
        fs.rmSync(file);
        files++;
      }
    }
  };
  walk(root);
  return { files, bytes };
}
