// `npm run dev`: the whole product in one process, shaped as production serves it.
//
//   http://localhost:3000/      (PORT, HOST)  a small front proxy, as nginx is in production:
//     /api/…                    → the report service (service/) on its embedded database
//     everything else, and the HMR websocket → next dev on 127.0.0.1 (an internal port)
//
// plus a recursive watcher on content/ that re-checks a saved guide or screen in the terminal,
// reloads the open page, and rewrites the report service's index of guides and steps (what
// out/report-index.json is in a build), so readers' answers about a new step are accepted at once.
// A broken file is listed over the page (path:line:column) and everything keeps running.
//
// Ports: PORT (3000) the site; CONTENT_RELOAD_PORT (PORT+1) the page's reload events; NEXT_DEV_PORT
// (PORT+2) next dev itself; REPORTS_PORT (PORT+3) the report service. A port that is taken stops
// the start with a message naming it. Ctrl-C stops every child.
//
// REPORTS_TOKEN is the editors' token (/editors/, npm run reports); unset, a random one is made
// for this run and printed. The service keeps its data in service/data/ (REPORTS_DATA_DIR).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createProxyServer } from 'http-proxy-3';

const contentDir = path.resolve(process.env.TAPGUIDE_CONTENT_DIR ?? 'content');
const host = process.env.HOST ?? 'localhost';
const port = portSetting('PORT', 3000);
const reloadPort = portSetting('CONTENT_RELOAD_PORT', port + 1);
const nextPort = portSetting('NEXT_DEV_PORT', port + 2);
const reportsPort = portSetting('REPORTS_PORT', port + 3);
const devOrigin = `http://${host}:${port}`;

const token = process.env.REPORTS_TOKEN || crypto.randomBytes(32).toString('base64url');
const tokenMade = !process.env.REPORTS_TOKEN;
// The index the dev service reads: a file of this run's own, rewritten from the content.
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-dev-'));
const indexFile = path.join(runDir, 'report-index.json');

function portSetting(name, fallback) {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1–65535), not "${raw}"`);
    process.exit(1);
  }
  return value;
}

/** Resolves if nothing listens on the port yet; else says which setting to change, and exits. */
async function ensureFree(p, on, what, setting) {
  const probe = net.createServer();
  const error = await new Promise((resolve) => {
    probe.once('error', resolve);
    probe.listen(p, on, () => probe.close(() => resolve(null)));
  });
  if (!error) return;
  const why = error.code === 'EADDRINUSE' ? 'is taken' : `cannot be used (${error.code ?? error.message})`;
  console.error(`✗ port ${p} (${what}) ${why}: is another \`npm run dev\` running? Stop it, or set ${setting} to a free port.`);
  process.exit(1);
}

// ---- children, stopped together ----
const children = new Set();
let stopping = false;
function child(name, command, args, options) {
  const c = spawn(command, args, { stdio: 'inherit', ...options });
  children.add(c);
  c.on('exit', (code, signal) => {
    children.delete(c);
    if (stopping) return;
    console.error(`✗ ${name} stopped (${signal ?? `exit ${code}`}): stopping npm run dev`);
    stop(code || 1);
  });
  return c;
}
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  const done = () => {
    fs.rmSync(runDir, { recursive: true, force: true });
    process.exit(code);
  };
  if (!children.size) return done();
  // The report service closes its database cleanly on SIGTERM; give everyone a moment, then go.
  const deadline = setTimeout(() => {
    for (const c of children) c.kill('SIGKILL');
    done();
  }, 8000);
  const check = setInterval(() => {
    if (children.size) return;
    clearInterval(check);
    clearTimeout(deadline);
    done();
  }, 50);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(0));
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

// ---- the page's content-reload events (server-sent events; only the dev site may read them) ----
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

// ---- the front: /api/ to the service, the rest (websockets included) to next dev ----
const proxy = createProxyServer({ ws: true });
const nextTarget = `http://127.0.0.1:${nextPort}`;
const reportsTarget = `http://127.0.0.1:${reportsPort}`;
// As nginx does (deploy/site.conf): the reader's address for the rate limit, nothing else about them.
proxy.on('proxyReq', (proxyReq, req) => {
  if (!req.url?.startsWith('/api/')) return;
  proxyReq.setHeader('X-Real-IP', req.socket.remoteAddress ?? '');
  proxyReq.removeHeader('X-Forwarded-For');
  proxyReq.removeHeader('Cookie');
});
proxy.on('error', (err, req, res) => {
  const api = req.url?.startsWith('/api/');
  if (!(res instanceof http.ServerResponse)) return void res.destroy?.(); // a websocket: the page reconnects
  if (res.headersSent) return void res.end();
  res.writeHead(api ? 503 : 502, { 'content-type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' });
  res.end(
    api
      ? JSON.stringify({ ok: false, error: 'the report service cannot be reached: please try again later' })
      : `next dev is not answering on ${nextTarget} yet (${err.code ?? err.message}): reload in a moment\n`,
  );
});
const front = http.createServer((req, res) => {
  // /api/_test/ is closed, as in production, whatever runs behind.
  if (req.url?.startsWith('/api/_test/')) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    return res.end('{"ok":false,"error":"not found"}');
  }
  proxy.web(req, res, { target: req.url?.startsWith('/api/') ? reportsTarget : nextTarget, xfwd: false });
});
front.on('upgrade', (req, socket, head) => {
  if (req.url?.startsWith('/api/')) return socket.destroy();
  proxy.ws(req, socket, head, { target: nextTarget });
});

// ---- start ----
await ensureFree(port, host, 'the site', 'PORT');
await ensureFree(reloadPort, '127.0.0.1', 'content reload events', 'CONTENT_RELOAD_PORT');
await ensureFree(nextPort, '127.0.0.1', 'next dev, internal', 'NEXT_DEV_PORT');
await ensureFree(reportsPort, '127.0.0.1', 'the report service', 'REPORTS_PORT');
await new Promise((resolve) => events.listen(reloadPort, '127.0.0.1', resolve));
await new Promise((resolve, reject) => front.once('error', reject).listen(port, host, resolve)).catch((e) => {
  console.error(`✗ cannot listen on ${host}:${port} (${e.code ?? e.message}): set PORT or HOST`);
  process.exit(1);
});

const tsx = ['--import', 'tsx'];
// The content scripts resolve `server-only` to nothing through tsconfig.node.json (as `npm run check`).
const contentEnv = { ...process.env, TAPGUIDE_CONTENT_DIR: contentDir, TSX_TSCONFIG_PATH: 'tsconfig.node.json' };
await writeIndex(); // before the service starts, so it takes reports from its first request
const { DATABASE_URL: _ignored, ...serviceEnv } = process.env; // dev runs the embedded database
child('the report service', process.execPath, [...tsx, 'service/src/main.ts'], {
  env: {
    ...serviceEnv,
    PORT: String(reportsPort),
    HOST: '127.0.0.1',
    REPORT_INDEX: indexFile,
    REPORTS_TOKEN: token,
    // A new data folder starts as a copy of an empty cluster kept in node_modules/.cache (no 10–20 s initdb).
    REPORTS_PGLITE_TEMPLATE: process.env.REPORTS_PGLITE_TEMPLATE || 'auto',
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  },
});
// Next's own script, not npx: a signal then reaches next dev itself.
child(
  'next dev',
  process.execPath,
  [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '-p', String(nextPort), '-H', '127.0.0.1'],
  {
    env: { ...contentEnv, CONTENT_RELOAD_PORT: String(reloadPort) },
  },
);
watchContent();
console.log(`
  Tapguide in development: ${devOrigin}/
    /api/       the report service (127.0.0.1:${reportsPort}, data in ${process.env.REPORTS_DATA_DIR || 'service/data/'})
    /editors/   what readers said${tokenMade ? ` — token for this run: ${token}` : ' — token: REPORTS_TOKEN'}
  Ctrl-C stops everything.
`);

function writeIndex() {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, [...tsx, 'scripts/dev-report-index.ts', indexFile], {
      stdio: 'inherit',
      env: contentEnv,
    });
    run.on('exit', resolve);
  });
}

function watchContent() {
  let timer;
  let checking = false;
  let pending = false;
  const check = () => {
    if (checking) return void (pending = true);
    checking = true;
    const run = spawn(process.execPath, [...tsx, 'scripts/check-content.ts'], {
      stdio: 'inherit',
      env: contentEnv,
    });
    run.on('exit', async () => {
      await writeIndex();
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
