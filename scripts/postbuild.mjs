// After `next build`: what the exported site needs before it is served.
// 1. the search index (Pagefind) in out/pagefind/
import { buildSearchIndex } from './search-index.mjs';

const root = process.argv[2] ?? 'out';
const guides = await buildSearchIndex(root);
console.log(`✓ search index written to ${root}/pagefind/ (${guides} files scanned)`);
