// `npm run dev`: next dev, plus a watcher on content/ so that editing a guide or a screen
// re-checks it in the terminal and refreshes the open page (a broken file shows in Next's error
// overlay with its path and line; the dev server keeps running).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const contentDir = path.resolve(process.env.TAPGUIDE_CONTENT_DIR ?? 'content');
const port = process.env.PORT ?? '3000';
const reloadPort = Number(process.env.CONTENT_RELOAD_PORT ?? 3101);
const host = process.env.HOST ?? 'localhost';

// The page listens here (server-sent events) and refreshes itself when content changes.
const clients = new Set();
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  })
  .listen(reloadPort, '127.0.0.1');

const next = spawn('npx', ['next', 'dev', '-p', port, '-H', host], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_RELOAD_PORT: String(reloadPort), TAPGUIDE_CONTENT_DIR: contentDir },
});
next.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => next.kill(sig));

let timer;
let checking = false;
fs.watch(contentDir, { recursive: true }, (_event, file) => {
  if (!file || !/\.(mdx|ya?ml)$/.test(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (const res of clients) res.write(`data: ${JSON.stringify({ file })}\n\n`);
    if (checking) return;
    checking = true;
    console.log(`\n[content] ${file} changed — checking…`);
    const check = spawn('npx', ['tsx', 'scripts/check-content.ts'], { stdio: 'inherit', env: { ...process.env, TAPGUIDE_CONTENT_DIR: contentDir } });
    check.on('exit', () => (checking = false));
  }, 120);
});
console.log(`[content] watching ${path.relative(process.cwd(), contentDir) || '.'}: edits refresh the page at http://${host}:${port}/`);
