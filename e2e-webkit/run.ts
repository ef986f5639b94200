// `npm run test:webkit [-- <words in a test's name>]`: the reader tests in WebKit (WebKitGTK), as
// WeChat and QQ on iPhone render pages, against the exported site in out/ served by nginx with the
// report service (scripts/serve.mjs), as the Playwright e2e does. One browser session for the run,
// tests in order, no retries; ends with “N passed, N failed” and a non-zero exit on any failure.
import fs from 'node:fs';
import path from 'node:path';
import type { WebDriver } from 'selenium-webdriver';
import { recordedUa } from '../e2e/support/user-agents';
import { tests, type Context } from './support/harness';
import { portFree, start, stop, tail, tempDir, waitForHttp, type Started } from './support/processes';
import { DRIVER_PORT, PHONE, REPORTS_PORT, REPORTS_TOKEN, SHOTS_DIR, SITE_PORT, TEST_TIMEOUT_MS } from './support/run-options';
import { Tab } from './support/tab';
import { missing, session, startDriver } from './support/webkit';
import './walkthrough';
import './readers';
import './tools';
import './screens';

/** WeChat on an iPhone, as recorded (tests/fixtures/user-agents.json): the reader this run stands for. */
const USER_AGENT = recordedUa('WeChat 8.0.49 iOS 17.3');
const filter = process.argv.slice(2).join(' ').trim();
const chosen = filter ? tests.filter((t) => t.name.includes(filter)) : tests;

function fail(message: string): never {
  console.error(`webkit: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!fs.existsSync('out/index.html')) fail('no exported site in out/: run `npm run build` first');
const absent = missing();
if (absent) fail(absent);
if (!chosen.length) fail(`no test's name contains “${filter}”`);
for (const port of [SITE_PORT, REPORTS_PORT, DRIVER_PORT])
  if (!(await portFree(port))) fail(`port ${port} is in use: set WEBKIT_PORT (the run takes it and the next two)`);

const dir = tempDir('tapguide-webkit-');
const baseURL = `http://127.0.0.1:${SITE_PORT}`;
const started: Started[] = [];
let driver: WebDriver | undefined;
const cleanUp = async () => {
  await driver?.quit().catch(() => {});
  for (const p of started.reverse()) await stop(p);
};
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

const t0 = Date.now();
let passed = 0;
const failed: string[] = [];
try {
  const site = start('site', process.execPath, ['scripts/serve.mjs', 'out'], dir, {
    ...process.env,
    PORT: String(SITE_PORT),
    REPORTS_PORT: String(REPORTS_PORT),
    REPORTS_TOKEN,
    REPORTS_RATE_LIMIT: 'off', // every report of the run comes from one address
  });
  started.push(site);
  await Promise.all([startDriver(dir, DRIVER_PORT, (p) => started.push(p)), waitForHttp(site, `${baseURL}/`, 30_000)]);
  await waitForHttp(site, `${baseURL}/api/health`, 20_000);

  const open = async () => {
    driver = await session(DRIVER_PORT, USER_AGENT);
    const tab = new Tab(driver, baseURL);
    await tab.viewport(PHONE.width, PHONE.height);
    return tab;
  };
  let tab = await open();
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  for (const f of fs.readdirSync(SHOTS_DIR)) if (/^webkit-failed-\d+\.png$/.test(f)) fs.rmSync(path.join(SHOTS_DIR, f));
  const version = (await driver!.getCapabilities()).get('browserVersion') as string;
  console.log(
    `webkit: ${chosen.length} tests in WebKitGTK ${version} at ${PHONE.width}×${PHONE.height}, as WeChat on iPhone, against ${baseURL}`,
  );

  for (const t of chosen) {
    const ctx: Context = { tab, baseURL, reportsURL: `http://127.0.0.1:${REPORTS_PORT}`, reportsToken: REPORTS_TOKEN, shotsDir: SHOTS_DIR };
    const t1 = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      // Each test starts as a new reader: nothing remembered from the one before.
      if ((await tab.url()).startsWith(baseURL)) await tab.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
      await Promise.race([
        t.fn(ctx).then(() => tab.checkErrors()),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error(`took longer than ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS)),
        ),
      ]);
      passed++;
      console.log(`  ✓ ${t.name} (${((Date.now() - t1) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed.push(t.name);
      const shot = path.join(SHOTS_DIR, `webkit-failed-${failed.length}.png`);
      await tab.screenshot(shot).catch(() => {});
      console.log(
        `  ✘ ${t.name} (${((Date.now() - t1) / 1000).toFixed(1)} s)\n    ${String((e as Error).stack ?? e).replace(/\n/g, '\n    ')}\n    at ${await tab.url().catch(() => '?')}; screenshot ${shot}`,
      );
      // A test that timed out may have left the browser mid-command: the next test gets a new one.
      if (String(e).includes('took longer than')) {
        await driver?.quit().catch(() => {});
        tab = await open();
      }
    } finally {
      clearTimeout(timer);
    }
  }
} catch (e) {
  failed.push(`the run itself: ${(e as Error).message}`);
  console.error(`webkit: ${(e as Error).message}`);
  for (const p of started) console.error(`--- ${p.name} log:\n${tail(p.log)}`);
} finally {
  await cleanUp();
}
if (failed.length) console.log(`\nfailed:\n${failed.map((n) => `  ${n}`).join('\n')}`);
console.log(`webkit: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed.length} failed`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(failed.length ? 1 : 0);
