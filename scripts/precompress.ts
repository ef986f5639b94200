// Writes a .gz and a .br beside every compressible file of the export, so the web server sends
// them as they are (nginx gzip_static / brotli_static) instead of compressing on each request.
// Compression runs on libuv's thread pool, a few files at a time, so every core is used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|css|txt|svg|json|xml|map|webmanifest)$/;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export async function precompress(root = 'out'): Promise<{ files: number; before: number; after: number }> {
  const todo = fs
    .readdirSync(root, { recursive: true })
    .map((rel) => path.join(root, String(rel)))
    .filter((file) => COMPRESSIBLE.test(file) && fs.statSync(file).isFile());
  let files = 0;
  let before = 0;
  let after = 0;
  const one = async (file: string) => {
    const data = fs.readFileSync(file);
    if (data.length < 1024) return; // not worth a request header's worth of savings
    // Hashed assets are compressed once and cached for a year: the slowest, smallest setting.
    const hashed = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
    const [br, gz] = await Promise.all([
      brotli(data, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: hashed ? 11 : 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
      gzip(data, { level: 9 }),
    ]);
    fs.writeFileSync(`${file}.gz`, gz);
    fs.writeFileSync(`${file}.br`, br);
    files++;
    before += data.length;
    after += br.length;
  };
  const queue = [...todo];
  const workers = Array.from({ length: Math.max(2, os.availableParallelism()) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await one(file);
  });
  await Promise.all(workers);
  return { files, before, after };
}
