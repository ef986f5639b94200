// `npm run serve`: the exported site under nginx with deploy/site.conf, on 127.0.0.1 — what
// production serves, headers and all — with the report service (service/) behind /api/, as in
// production. Usage: node scripts/serve.mjs [out] [--tls]  (PORT, default 4173)
// The service: REPORTS_PORT (default 4174), the embedded database in a temp folder removed on exit
// unless REPORTS_DATA_DIR is set, the served root's report-index.json; REPORTS_TOKEN and
// SITE_ORIGIN pass through. It starts first; if it is not up within 20 s, the site is served
// anyway and /api/ answers 503 until it is.
// --tls: HTTPS and HTTP/2 with a throwaway self-signed certificate, as deploy/nginx.conf serves
// production (the benchmark uses it: browsers speak HTTP/2 only over TLS, and HTTP/1.1's six
// connections per host would misstate how the page's scripts load).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const tls = args.includes('--tls');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'out');
const port = Number(process.env.PORT ?? 4173);
const reportsPort = Number(process.env.REPORTS_PORT ?? 4174);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? 'nginx';
if (spawnSync(nginx, ['-v']).error) {
  console.error('nginx is not installed: apt-get install nginx-light libnginx-mod-http-brotli-static (or use npm run serve:out)');
  process.exit(1);
}
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site at ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

// A private prefix: config, pid, logs and temp files, so nothing of the system's nginx is touched.
const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-nginx-'));
fs.mkdirSync(path.join(prefix, 'tapguide'));
for (const f of ['site.conf', 'security-headers.conf']) fs.copyFileSync(path.join('deploy', f), path.join(prefix, 'tapguide', f));
const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
if (!fs.existsSync(brotli)) {
  console.warn('! brotli_static module missing: serving .gz only (apt-get install libnginx-mod-http-brotli-static)');
  const site = path.join(prefix, 'tapguide', 'site.conf');
  fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/^brotli_static on;$/m, ''));
}
if (tls) {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(prefix, 'key.pem'),
      '-out',
      path.join(prefix, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  if (made.status !== 0) {
    console.error('--tls needs the openssl command to make a throwaway certificate (apt-get install openssl)');
    process.exit(1);
  }
}
// The report service, on the embedded database (DATABASE_URL is not passed on: this is a test server).
let stopping = false;
const ownDataDir = !process.env.REPORTS_DATA_DIR;
const dataDir = process.env.REPORTS_DATA_DIR || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-reports-')), 'data');
const { DATABASE_URL: _unused, ...env } = process.env;
const service = spawn(process.execPath, ['--import', 'tsx', 'service/src/main.ts'], {
  cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  env: {
    ...env,
    PORT: String(reportsPort),
    HOST: '127.0.0.1',
    REPORT_INDEX: path.join(root, 'report-index.json'),
    REPORTS_DATA_DIR: dataDir,
    REPORTS_PGLITE_TEMPLATE: process.env.REPORTS_PGLITE_TEMPLATE || 'auto', // a copy, not a 10–20 s initdb, for each temp folder
  },
  stdio: 'inherit',
});
let serviceUp = false;
service.on('exit', (code, signal) => {
  if (!stopping) console.error(`! the report service exited (${signal ?? code}): /api/ answers 503`);
});
// At most 20 s, so the site is up within Playwright's 30 s even when the service's first start
// has to create its empty database (once per machine; later starts take a few seconds).
for (const deadline = Date.now() + 20_000; Date.now() < deadline && service.exitCode === null;) {
  serviceUp = await fetch(`http://127.0.0.1:${reportsPort}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (serviceUp) break;
  await new Promise((r) => setTimeout(r, 200));
}
if (!serviceUp)
  console.error(`! the report service is not up on 127.0.0.1:${reportsPort} yet: serving the site anyway, /api/ answers 503 until it is`);

const listen = tls
  ? `listen 127.0.0.1:${port} ssl http2;\n    ssl_certificate ${path.join(prefix, 'cert.pem')};\n    ssl_certificate_key ${path.join(prefix, 'key.pem')};`
  : `listen 127.0.0.1:${port};`;
const temp = (name) => `${name} ${path.join(prefix, name.replace(/_path$/, ''))};`;
fs.writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `${fs.existsSync(brotli) ? `load_module ${brotli};\n` : ''}worker_processes 1;
error_log ${path.join(prefix, 'error.log')} warn;
pid ${path.join(prefix, 'nginx.pid')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp('client_body_temp_path')}
  ${temp('proxy_temp_path')}
  ${temp('fastcgi_temp_path')}
  upstream tapguide_reports {
    server 127.0.0.1:${reportsPort};
    keepalive 8;
  }
  server {
    ${listen}
    root ${root};
    include tapguide/site.conf;
  }
}
`,
);

const server = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(
  `serving ${root} with nginx on ${tls ? 'https' : 'http'}://127.0.0.1:${port}/ (report service on 127.0.0.1:${reportsPort}${ownDataDir ? ', data in a temp folder' : `, data in ${dataDir}`})`,
);
const stop = () => {
  stopping = true;
  server.kill('SIGQUIT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
  stopping = true;
  if (service.exitCode === null && service.signalCode === null) {
    service.kill('SIGTERM');
    await new Promise((r) => service.once('exit', r));
  }
  fs.rmSync(prefix, { recursive: true, force: true });
  if (ownDataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  process.exit(code ?? 0);
});
