import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../shared/constants';

/**
 * A new guide that passes `npm run check` as created: frontmatter with every field, two steps
 * and a choice, drawn with existing screens, every step marked unsourced (sources="none" with an
 * unverified callout). Editors then replace the example text and cite ids from content/sources.yaml.
 */
export function guideTemplate(slug: string): string {
  return `---
# 新教程。字段说明见 docs/editing.md；改完运行 npm run check。
title: 新教程（${slug}）
summary: 一句话说明这篇教程帮读者做什么。
app: wechat            # wechat | qq | wangzheng
task: view             # view | first | update | change | lookup | overseas | minors | cyber-id
variants:
  - id: v8
    label: 8.0 及以上
    hint: “我”页面里有“服务”
    match: { version: ">=8.0.0" }
sources:
  # 这篇教程步骤以外的文字（开头说明、清单、提示框）依据的来源：content/sources.yaml 里的 id。
  # 每一步自己用 sources="…" 写依据；没有来源的一步写 sources="none"，并加一个 unverified 提示框。
  # 新来源先加到 content/sources.yaml；content/blocked-sources.yaml 里的网站不能引用。
  - s4-tencent-2021
confidence: low
confidenceNote: 示例：说明为什么是这个把握程度。
checkedOnDevice: []
---

<Callout type="safety" title="先看这里">
这是非官方教程，手机画面是照着来源画的示意图，不是截图。微信支付不会要求你做“二次实名认证”。身份证号、验证码和支付密码只在微信自己的页面里填写，**不要把身份证号、验证码或支付密码发给任何人**，也不要点聊天里别人发来的链接。
</Callout>

<Step id="open-me" title="点击右下角的“我”" screen="wechat/chats" tap="tab-me" sources="none">
第一步：说清楚要点哪里。

<Callout type="unverified">
示例：还没有来源。换成 sources="来源 id" 后删掉这个提示框。
</Callout>
</Step>

<Choice id="choose-path" title="选一条路" screen="wechat/me-v8" sources="none">
读者在这里做选择，每个选项点手机上的一个位置，去往不同的步骤：

<Option label="点“服务”" tap="services" to="tap-services" />
<Option label="点“设置”" tap="settings" to="open-settings" />

<Callout type="unverified">
示例：还没有来源。
</Callout>
</Choice>

<Step id="tap-services" title="进入“服务”" screen="wechat/services-v8" sources="none">
一条路的最后一步（没有 tap，就是结束）。

<Callout type="unverified">
示例：还没有来源。
</Callout>
</Step>

<Step id="open-settings" title="进入“设置”" screen="wechat/settings" sources="none">
另一条路的最后一步。

<Callout type="unverified">
示例：还没有来源。
</Callout>
</Step>
`;
}

/** Writes content/guides/<slug>.mdx; refuses bad slugs and never overwrites. Returns the file path. */
export function scaffoldGuide(slug: string, guidesDir: string): string {
  if (!ID_PATTERN.test(slug)) throw new Error(`"${slug}" is not a valid slug: use kebab-case, e.g. view-real-name (it becomes /guides/${slug}/)`);
  const file = path.join(guidesDir, `${slug}.mdx`);
  if (fs.existsSync(file)) throw new Error(`${file} already exists: choose another slug`);
  fs.mkdirSync(guidesDir, { recursive: true });
  fs.writeFileSync(file, guideTemplate(slug));
  return file;
}
