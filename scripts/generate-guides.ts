/**
 * Writes N synthetic Chinese guides, N/3 English ones (and a copy of the real screens and English pages) into a content directory, for
 * measuring how the checker and the build scale. Never commit the output.
 *   npx tsx scripts/generate-guides.ts 500 /tmp/tapguide-500
 *   TAPGUIDE_CONTENT_DIR=/tmp/tapguide-500 npm run check
 */
import fs from 'node:fs';
import path from 'node:path';

const n = Number(process.argv[2] ?? 500);
const dir = path.resolve(process.argv[3] ?? `/tmp/tapguide-${n}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'guides'), { recursive: true });
fs.cpSync(path.join(process.cwd(), 'content/screens'), path.join(dir, 'screens'), { recursive: true });
for (const register of ['sources.yaml', 'blocked-sources.yaml', 'banned-claims.yaml'])
  fs.copyFileSync(path.join(process.cwd(), 'content', register), path.join(dir, register));

// Same shape as the real guides: two variants, a choice, scoped steps, callouts, an <Only>.
const guide = (i: number) => `---
title: 合成教程 ${i}
summary: 用来测量检查和构建耗时的合成教程。
app: wechat
task: view
order: ${1000 + i}
variants:
  - { id: v8, label: 8.0 及以上, hint: “我”页面里有“服务”, match: { version: ">=8.0.0" } }
  - { id: v7, label: 7.x, hint: “我”页面里有“支付”, match: { version: ">=7.0.0 <8.0.0" } }
sources:
  - s10-mtf-wiki
confidence: low
---

<Callout type="safety">不要把验证码发给任何人。</Callout>

<Step id="open-me" title="点击右下角的“我”" screen="wechat/chats" tap="tab-me" sources="s10-mtf-wiki">
打开微信，点右下角的“我”。<Only variants="v7">7.x 的说明。</Only>
</Step>

<Step id="tap-services" title="点击“服务”" screen="wechat/me-v8" tap="services" variants="v8" sources="s10-mtf-wiki">
点“服务”。
</Step>

<Step id="tap-wallet" title="点击“钱包”" screen="wechat/services-v8" tap="wallet" variants="v8" sources="s10-mtf-wiki">
点“钱包”。
</Step>

<Step id="tap-pay" title="点击“支付”" screen="wechat/me-v7" tap="pay" variants="v7" sources="s10-mtf-wiki">
点“支付”。
</Step>

<Choice id="choose" title="选一条路" screen="wechat/pay-v7" variants="v7" sources="s10-mtf-wiki">
<Option label="右上角“···”" tap="more" to="tap-pay-manage" />
<Option label="钱包" tap="wallet" to="tap-id-info-v7" />
</Choice>

<Step id="tap-pay-manage" title="点击“支付管理”" screen="wechat/pay-v7-more" tap="pay-manage" variants="v7" sources="s10-mtf-wiki">
点“支付管理”。
</Step>

<Step id="tap-real-name" title="点击“实名认证”" screen="wechat/pay-manage-v7" tap="real-name" variants="v7" next="done" sources="s10-mtf-wiki">
点“实名认证”。
</Step>

<Step id="tap-id-info-v7" title="点击“身份信息”" screen="wechat/wallet-v7" tap="id-info" variants="v7" next="done" sources="s10-mtf-wiki">
点“身份信息”。
</Step>

<Step id="tap-id-info" title="点击“身份信息”" screen="wechat/wallet-v8" tap="id-info" variants="v8" sources="s10-mtf-wiki">
点“身份信息”，也可以看[第一步](#open-me)。
</Step>

<Step id="done" title="查看身份信息" screen="wechat/id-info" sources="s10-mtf-wiki">
完成。
</Step>
`;
// The English edition in the same proportion as the real content (about one guide in three is
// English): its routes need at least one guide and one page to export.
const english = (i: number) => `---
title: Synthetic guide ${i}
summary: A synthetic guide for timing the checker and the build.
app: wechat
task: view
order: ${2000 + i}
variants:
  - { id: en, label: English interface, hint: The Me page shows “Services”, match: { version: ">=8.0.0", lang: en } }
sources:
  - en-dcwnkz-wechat-foreigners
confidence: low
---

<Callout type="safety" title="Read this first">Never send a code to anyone.</Callout>

<Step id="open-me" title="Tap “Me”" screen="wechat/chats-en" tap="tab-me" confidence="low" sources="en-dcwnkz-wechat-foreigners">
Tap **Me** at the bottom right. Only web guides name this button.
</Step>

<Step id="tap-services" title="Tap “Services”" screen="wechat/me-en" tap="services" confidence="low" sources="en-dcwnkz-wechat-foreigners">
Tap **Services**. Only web guides name this button.
</Step>

<Step id="tap-wallet" title="Tap “Wallet”" screen="wechat/services-money-en" tap="wallet" confidence="low" sources="en-dcwnkz-wechat-foreigners">
Tap **Wallet**. Only web guides name this button.
</Step>

<Step id="tap-id-info" title="Tap “ID Info”" screen="wechat/wallet-en" tap="id-info" confidence="low" sources="en-dcwnkz-wechat-foreigners">
Tap **ID Info** (only web guides name this button), or go back to [the first step](#open-me).
</Step>

<Step id="check-details" title="Check your details" screen="wechat/id-info-en" confidence="low" sources="en-dcwnkz-wechat-foreigners">
Done. Only web guides describe this page.
</Step>
`;
const pad = (i: number) => String(i).padStart(4, '0');
for (let i = 1; i <= n; i++) fs.writeFileSync(path.join(dir, 'guides', `gen-${pad(i)}.mdx`), guide(i));
const en = Math.max(1, Math.round(n / 3));
fs.mkdirSync(path.join(dir, 'en', 'guides'), { recursive: true });
for (let i = 1; i <= en; i++) fs.writeFileSync(path.join(dir, 'en', 'guides', `gen-en-${pad(i)}.mdx`), english(i));
fs.cpSync(path.join(process.cwd(), 'content/en/pages'), path.join(dir, 'en', 'pages'), { recursive: true });
console.log(`wrote ${n} Chinese and ${en} English guides to ${dir}`);
