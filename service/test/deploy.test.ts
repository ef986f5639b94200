import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/headers';
import { REPO_ROOT } from '../src/config';

// deploy/site.conf's /api/ location, which production (deploy/nginx.conf) and `npm run serve` share.
const read = (f: string) => fs.readFileSync(path.join(REPO_ROOT, f), 'utf8');
const site = read('deploy/site.conf');
const api = /location \/api\/ \{([\s\S]*?)\n\}/.exec(site)?.[1] ?? '';

describe('nginx in front of the report service', () => {
  it('sends the security headers once: its own copies, the service’s hidden', () => {
    expect(api).toContain('include tapguide/security-headers.conf;');
    expect(api).toContain('add_header Cache-Control "no-store" always;');
    for (const name of [...Object.keys(SECURITY_HEADERS), 'Cache-Control']) expect(api).toContain(`proxy_hide_header ${name};`);
  });

  it('limits bodies to 4 KB in memory, passes the reader’s address as X-Real-IP and nothing else about them, logs no access', () => {
    expect(api).toMatch(/client_max_body_size 4k;/);
    expect(api).toMatch(/proxy_set_header X-Real-IP \$remote_addr;/);
    expect(api).toMatch(/proxy_set_header X-Forwarded-For "";/);
    expect(api).toMatch(/proxy_set_header Cookie "";/);
    expect(api).toMatch(/proxy_pass http:\/\/tapguide_reports;/);
    expect(api).toMatch(/access_log off;/);
  });

  it('the upstream is declared by production’s config and by npm run serve (which substitutes REPORTS_PORT)', () => {
    expect(read('deploy/nginx.conf')).toMatch(/upstream tapguide_reports \{\s*server 127\.0\.0\.1:4174;/);
    expect(read('scripts/serve.mjs')).toMatch(/upstream tapguide_reports \{\s*server 127\.0\.0\.1:\$\{reportsPort\};/);
  });

  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  it.skipIf(!nginx)('nginx accepts the config (nginx -t)', () => {
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'tapguide-nginx-t-'));
    fs.mkdirSync(path.join(prefix, 'tapguide'));
    fs.writeFileSync(path.join(prefix, 'tapguide', 'site.conf'), site.replace(/^brotli_static on;$/m, ''));
    fs.copyFileSync(path.join(REPO_ROOT, 'deploy', 'security-headers.conf'), path.join(prefix, 'tapguide', 'security-headers.conf'));
    fs.writeFileSync(
      path.join(prefix, 'nginx.conf'),
      `error_log ${prefix}/error.log; pid ${prefix}/nginx.pid; events {}
       http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
         upstream tapguide_reports { server 127.0.0.1:4174; keepalive 8; }
         server { listen 127.0.0.1:1; root ${prefix}; include tapguide/site.conf; } }`,
    );
    const r = spawnSync(nginx!, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    fs.rmSync(prefix, { recursive: true, force: true });
    expect(r.stderr).toContain('test is successful');
  });
});
