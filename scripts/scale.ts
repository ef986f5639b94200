/**
 * `npm run scale`: how the content check and the build grow with the number of guides. For N =
 * 10, 100, 500 (or the Ns given) it writes N synthetic guides (scripts/generate-guides.ts, never
 * committed) to a temporary content directory, times `npm run check` and `next build` + the
 * post-build step against it (into out-scale/, so out/ is untouched), and prints a table: the
 * build's time per exported page (issue 21's budget: ≤ 20 ms and flat as the guides grow), with and
 * without the images (link previews, long pictures), and how many times the guides' MDX was compiled (once per guide).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ns = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = ns.length ? ns : [10, 100, 500];
const rows: string[] = [
  '| guides | pages exported | content check | next build | post-build | of which preview images | of which long pictures | MDX compilations | per page | per page without the images |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

const timed = (cmd: string, argv: string[], env: Record<string, string>) => {
  const t = performance.now();
  const r = spawnSync(cmd, argv, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
  return { seconds: (performance.now() - t) / 1000, stdout: r.stdout };
};

for (const n of sizes) {
  const dir = path.join(os.tmpdir(), `tapguide-scale-${n}`);
  execFileSync('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/generate-guides.ts', String(n), dir], { stdio: 'ignore' });
  // A cache of preview images of its own, empty: every card is drawn, as in a first build.
  // And an MDX cache of its own, empty too, with a log of each compilation (lib/server/compile-mdx.ts).
  const mdxLog = path.join(dir, 'mdx-compiled.log');
  const env = {
    TAPGUIDE_CONTENT_DIR: dir,
    TAPGUIDE_OUT_DIR: 'out-scale',
    TAPGUIDE_OG_CACHE: path.join(dir, 'og-cache'),
    TAPGUIDE_MDX_CACHE: path.join(dir, 'mdx-cache'),
    TAPGUIDE_MDX_LOG: mdxLog,
  };
  const check = timed('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/check-content.ts'], env).seconds;
  const build = timed('npx', ['next', 'build'], env).seconds;
  const postbuild = timed('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/postbuild.ts', 'out-scale'], env);
  const post = postbuild.seconds;
  const og = /link preview images: (\d+) drawn.* in ([\d.]+) s/.exec(postbuild.stdout);
  const long = /long pictures: (\d+) drawn.* in ([\d.]+) s/.exec(postbuild.stdout);
  const pages = fs.readdirSync('out-scale', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const compiled = fs.existsSync(mdxLog) ? fs.readFileSync(mdxLog, 'utf8').split('\n').filter(Boolean).length : 0;
  const ms = (sec: number) => `${((sec * 1000) / pages).toFixed(1)} ms`;
  const all = check + build + post;
  rows.push(
    `| ${n} | ${pages} | ${check.toFixed(1)} s | ${build.toFixed(1)} s | ${post.toFixed(1)} s | ${og ? `${og[2]} s (${og[1]})` : '?'} | ${long ? `${long[2]} s (${long[1]})` : '?'} | ${compiled} | ${ms(all)} | ${ms(all - Number(og?.[2] ?? 0) - Number(long?.[2] ?? 0))} |`,
  );
  console.error(rows[rows.length - 1]);
  fs.rmSync('out-scale', { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
