/**
 * Writes N synthetic guides (and a copy of the real screens) into a content directory, for
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
for (let i = 1; i <= n; i++) fs.writeFileSync(path.join(dir, 'guides', `gen-${String(i).padStart(4, '0')}.mdx`), guide(i));
console.log(`wrote ${n} guides to ${dir}`);
