// `npm run dev`: next dev, plus a watcher on content/ so that saving a guide or a screen
// re-checks it in the terminal and reloads the open page. A broken file is listed over the page
// (path:line:column) and the dev server keeps running; fixing it brings the page back.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const contentDir = path.resolve(process.env.TAPGUIDE_CONTENT_DIR ?? 'content');
const port = process.env.PORT ?? '3000';
const reloadPort = Number(process.env.CONTENT_RELOAD_PORT ?? 3101);
const host = process.env.HOST ?? 'localhost';
const devOrigin = `http://${host}:${port}`;

// The page listens here (server-sent events). Only the dev site may read it.
const clients = new Set();
const events = http.createServer((req, res) => {
  const origin = req.headers.origin;
  const allowed = origin === devOrigin || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
  res.writeHead(allowed ? 200 : 403, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    ...(allowed ? { 'access-control-allow-origin': origin } : {}),
  });
  if (!allowed) return res.end();
  res.write(': connected\n\n');
  clients.add(res);
  req.on('close', () => clients.delete(res));
});
events.on('error', (e) => {
  console.error(
    `[content] cannot listen on 127.0.0.1:${reloadPort} (${e.code ?? e.message}): is another \`npm run dev\` running? Set CONTENT_RELOAD_PORT to use another port.`,
  );
  process.exit(1);
});

events.listen(reloadPort, '127.0.0.1', () => {
  const next = spawn('npx', ['next', 'dev', '-p', port, '-H', host], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_RELOAD_PORT: String(reloadPort), TAPGUIDE_CONTENT_DIR: contentDir },
  });
  next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => next.kill(sig));
  process.on('exit', () => next.kill());
  watchContent();
});

function watchContent() {
  let timer;
  let checking = false;
  let pending = false;
  const check = () => {
    if (checking) return void (pending = true);
    checking = true;
    const run = spawn('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'scripts/check-content.ts'], {
      stdio: 'inherit',
      env: { ...process.env, TAPGUIDE_CONTENT_DIR: contentDir },
    });
    run.on('exit', () => {
      checking = false;
      if (pending) {
        pending = false;
        check(); // a file changed while checking: check again so the terminal is never stale
      }
    });
  };
  const watcher = fs.watch(contentDir, { recursive: true }, (_event, file) => {
    if (!file || !/\.(mdx|ya?ml)$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const res of clients) res.write(`data: ${JSON.stringify({ file })}\n\n`);
      console.log(`\n[content] ${file} changed — checking…`);
      check();
    }, 120);
  });
  watcher.on('error', (e) => console.error(`[content] watching ${contentDir} stopped: ${e.message}. Restart npm run dev.`));
  console.log(
    `[content] watching ${path.relative(process.cwd(), contentDir) || '.'}: saving a guide or screen re-checks it and reloads ${devOrigin}/`,
  );
}
