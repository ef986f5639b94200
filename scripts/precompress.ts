// Writes a .gz and a .br beside every compressible file of the export, so the web server sends
// them as they are (nginx gzip_static / brotli_static) instead of compressing on each request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|txt|svg|json|xml|map|webmanifest)$/;

export function precompress(root = 'out'): { files: number; before: number; after: number } {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const rel of fs.readdirSync(root, { recursive: true })) {
    const file = path.join(root, String(rel));
    if (!COMPRESSIBLE.test(file) || !fs.statSync(file).isFile()) continue;
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue; // not worth a request header's worth of savings
    // Hashed assets are compressed once and cached for a year: the slowest, smallest setting.
    const hashed = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
    const br = zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: hashed ? 11 : 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
    fs.writeFileSync(`${file}.br`, br);
    files++;
    before += data.length;
    after += br.length;
  }
  return { files, before, after };
}
