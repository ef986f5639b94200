import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_REPORTS_PORT, E2E_REPORTS_TOKEN } from './support/reports';
import { expect, test } from './support/test';
import { openGuide } from './support/player';
import { recordedUa } from './support/user-agents';

/**
 * “这一步和你手机上一样吗？” on the exported site, with the report service behind nginx as in
 * production (scripts/serve.mjs); the editors' commands read what readers sent.
 */
const env = { ...process.env, REPORTS_URL: `http://127.0.0.1:${E2E_REPORTS_PORT}`, REPORTS_TOKEN: E2E_REPORTS_TOKEN };
const editors = (script: string, ...args: string[]) =>
  execFileSync('npx', ['tsx', `service/cli/${script}.ts`, ...args], { env, encoding: 'utf8' });
const wechat = recordedUa('WeChat 8.0.49 iOS 17.3');

test.describe.configure({ mode: 'serial' });

test('a reader confirms a step in one tap, and reports a difference in three, inside WeChat; the editors see both', async ({ browser }) => {
  const ctx = await browser.newContext({ userAgent: wechat, viewport: { width: 390, height: 740 }, hasTouch: true });
  const page = await ctx.newPage();
  const posted: unknown[] = [];
  page.on('request', (r) => r.method() === 'POST' && posted.push(r.postDataJSON()));

  await openGuide(page, 'view-real-name', '?v=v8&os=ios', '#tap-services');
  const question = page.locator('#player [data-question]');
  await expect(question).toContainText('这一步和你手机上一样吗？');
  await expect(question).toContainText('不发任何能认出你的信息');
  await question.getByRole('button', { name: '一样', exact: true }).click();
  await expect(question.locator('[data-thanks]')).toBeVisible();

  await page
    .locator('#player [data-live]')
    .getByRole('button', { name: /看下一步/ })
    .click();
  await expect(question.getByRole('button', { name: '不一样' })).toBeVisible();
  await question.getByRole('button', { name: '不一样' }).click();
  await question.getByRole('radio', { name: '字不一样' }).check();
  await question.getByRole('textbox').fill('我看到的是“钱包与卡包”');
  await question.getByRole('button', { name: '发送' }).click();
  await expect(question.locator('[data-thanks]')).toBeVisible();

  // What was sent: the step, the version, the app's version from the user agent, the answer; nothing else.
  expect(posted).toEqual([
    expect.objectContaining({
      guide: 'view-real-name',
      variant: 'v8',
      os: 'ios',
      step: 'tap-services',
      answer: 'same',
      appVersion: '8.0.49',
      source: 'reader',
    }),
    expect.objectContaining({ step: 'tap-wallet', answer: 'different', reason: 'different-text', text: '我看到的是“钱包与卡包”' }),
  ]);
  for (const body of posted) expect(Object.keys(body as object).sort()).toEqual(expect.arrayContaining(['guide', 'step', 'rev', 'answer']));
  await ctx.close();

  const view = editors('reports');
  expect(view).toContain('tap-services');
  expect(view).toContain('钱包与卡包');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tg-export-')), 'confirmations.json');
  editors('reports-export', '--out', out);
  const counts = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(counts.guides['view-real-name']['v8/tap-services']).toMatchObject({ same: 1, apps: { '8.0': 1 } });
  expect(counts.guides['view-real-name']['v8/tap-wallet']).toMatchObject({ different: 1 });
  expect(JSON.stringify(counts)).not.toContain('钱包与卡包');
});

test('words that look like personal data are stopped before sending', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-wallet');
  const question = page.locator('#player [data-question]');
  await question.getByRole('button', { name: '不一样' }).click();
  await question.getByRole('radio', { name: '其他' }).check();
  await question.getByRole('textbox').fill('打 138 1234 5678 找我');
  await expect(question.getByRole('alert')).toContainText('不要写证件号、手机号');
  await expect(question.getByRole('button', { name: '发送' })).toHaveAttribute('aria-disabled', 'true');
  // The shapes that once got through: glued to letters, split by commas, in Chinese numerals, an email, a QQ number.
  for (const text of ['tel13812345678', '138,1234,5678', '一三八一二三四五六七八', 'li.ming@example.com', '我的QQ 123456789']) {
    await question.getByRole('textbox').fill(text);
    await expect(question.getByRole('alert'), text).toContainText('不要写证件号、手机号');
  }
  await question.getByRole('textbox').fill('\u3164\u3164');
  await expect(question.getByRole('alert')).toContainText('看得见的字');
  await question.getByRole('textbox').fill('微信 8.0.50 找不到‘钱包’');
  await expect(question.getByRole('alert')).toHaveCount(0);
  await expect(question.getByRole('button', { name: '发送' })).toHaveAttribute('aria-disabled', 'false');
});

test('a refusal is told from the service’s code, not its English', async ({ page }) => {
  await page.route('**/api/reports', (r) =>
    r.fulfill({
      status: 429,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, code: 'rate_limited', error: 'anything at all' }),
    }),
  );
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-wallet');
  const question = page.locator('#player [data-question]');
  await question.getByRole('button', { name: '一样', exact: true }).click();
  await expect(question.locator('[data-send-failed]')).toContainText('发得有点多了');
});

test('when the service cannot be reached, the reader is told so in place', async ({ page }) => {
  await page.route('**/api/reports', (r) => r.abort('connectionrefused'));
  await openGuide(page, 'view-real-name', '?v=v8&os=android', '#tap-wallet');
  const question = page.locator('#player [data-question]');
  await question.getByRole('button', { name: '一样', exact: true }).click();
  await expect(question.locator('[data-send-failed]')).toContainText('服务暂时连不上');
  await expect(question.getByRole('button', { name: '一样', exact: true })).toBeVisible();
});

test('an editor walks a version in 核对模式 and submits one device-check record, with the YAML to paste', async ({ page }) => {
  await openGuide(page, 'view-real-name', '?v=v8&os=android&check=1');
  const player = page.locator('#player [data-live]');
  for (let i = 0; i < 2; i++) {
    await player.locator('[data-step-check]').getByRole('button', { name: '一样', exact: true }).click();
    await player.getByRole('button', { name: /看下一步/ }).click();
  }
  await expect(page).toHaveURL(/check=1/);
  const panel = player.locator('[data-device-check]');
  await expect(panel).toContainText('已核对 2 / ');
  await panel.getByRole('textbox', { name: /App 版本/ }).fill('8.0.50');
  await panel.getByRole('combobox', { name: /角色/ }).selectOption('审校'); // a role from the list, never a name
  await panel.getByRole('button', { name: '提交核对记录' }).click();
  await expect(panel.locator('[data-check-sent="ok"]')).toBeVisible();
  await expect(panel.locator('[data-check-yaml]')).toContainText('appVersion: 8.0.50');
  await expect(panel.locator('[data-check-yaml]')).toContainText('by: 审校');
  expect(editors('reports')).toMatch(/8\.0\.50/);
});
