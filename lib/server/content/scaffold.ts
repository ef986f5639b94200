import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../../shared/constants';

/**
 * A new guide that passes `npm run check` as created: frontmatter with every field, two steps
 * and a choice, drawn with existing screens. Editors then replace the example text and sources.
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
  # 换成真实来源：只写 shared/research/content-facts.md 或这里的来源支持的步骤和标签。
  - title: 示例来源（请替换）
    url: https://example.com/replace-me
confidence: low
confidenceNote: 示例：说明为什么是这个把握程度。
checkedOnDevice: []
---

<Callout type="safety" title="先看这里">
这是非官方教程，手机画面是示意图。不要把身份证号、验证码或支付密码发给任何人。
</Callout>

<Step id="open-me" title="点击右下角的“我”" screen="wechat/chats" tap="tab-me">
第一步：说清楚要点哪里。
</Step>

<Choice id="choose-path" title="选一条路" screen="wechat/me-v8">
读者在这里做选择，每个选项点手机上的一个位置，去往不同的步骤：

<Option label="点“服务”" tap="services" to="tap-services" />
<Option label="点“设置”" tap="settings" to="open-settings" />
</Choice>

<Step id="tap-services" title="进入“服务”" screen="wechat/services-v8">
一条路的最后一步（没有 tap，就是结束）。
</Step>

<Step id="open-settings" title="进入“设置”" screen="wechat/settings">
另一条路的最后一步。
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
