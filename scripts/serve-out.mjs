// Serves the exported site (out/) on 127.0.0.1 the way a static host does: directory
// index.html, and the site's 404.html with status 404 for anything else. For tests and previews.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 4173);
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site at ${root}: run \`npm run build\` first.`);
  process.exit(1);
}
const notFound = fs.readFileSync(path.join(root, '404.html'));
const assets = sirv(root, { dev: false, etag: true, extensions: ['html'] });

http
  .createServer((req, res) => {
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  })
  .listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
