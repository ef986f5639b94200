import 'server-only';
import semver from 'semver';
import { z } from 'zod';
import { APP_VALUES, CONFIDENCE_VALUES, ID_PATTERN, OS_VALUES, TASKS } from '../../../shared/constants';
import { DICTS } from '../../../shared/i18n';
import { appName } from '../../../shared/i18n/format';

/**
 * The frontmatter of a guide. One schema gives the TypeScript types, the validation the
 * checker and the build run, and (through the descriptions) the reference in docs/editing.md.
 */

const id = (what: string) =>
  z.string().regex(ID_PATTERN, { error: `${what} must be kebab-case: lower-case letters, digits and single hyphens` });

export const osSchema = z.enum(OS_VALUES).describe('Operating system: ios or android.');

export const appSchema = z
  .enum(APP_VALUES, { error: `app must be one of: ${APP_VALUES.join(', ')}` })
  .describe('Which app the guide is about: wechat (微信), qq (QQ) or wangzheng (国家网络身份认证 App).');

export const confidenceSchema = z
  .enum(CONFIDENCE_VALUES, { error: 'confidence must be high, medium or low' })
  .describe('How sure we are of the path: high (official or news source, or several independent sources agree), medium (two or more unofficial sources agree), low (one source, or SEO pages only).');

const semverRange = z
  .string()
  .refine((r) => semver.validRange(r) !== null, { error: 'version is not a valid semver range (e.g. ">=8.0.0" or ">=7.0.0 <8.0.0")' });

export const variantSchema = z
  .strictObject({
    id: id('variant id').describe('Stable id used in links (?v=…) and in `variants="…"` on steps.'),
    label: z.string().min(1).describe('What readers see in the version picker, e.g. "8.0 及以上" or "English interface"; pages write the app’s name before it, so it leaves the name out.'),
    hint: z.string().min(1).optional().describe('How readers recognise this version on their phone, e.g. "“我”页面里有“服务”".'),
    match: z
      .strictObject({
        version: semverRange.describe('App versions this variant covers, as a semver range.'),
        lang: z.enum(['zh', 'en']).optional().describe('UI language, when the variant is for one language only.'),
      })
      .describe('Used to pick the variant automatically from the app version in the browser’s user agent.'),
    confidence: confidenceSchema
      .optional()
      .describe('How sure we are of this variant’s path, when it differs from the guide’s (e.g. a newer version with better sources). At most what the weakest step of the variant allows.'),
  })
  .describe('One point on the axes that change the path: app version range and, where it matters, UI language. The OS (iOS/Android) is a separate axis every guide has.');

export const sourceSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'a source is the id of an entry in content/sources.yaml (kebab-case), e.g. s10-mtf-wiki' })
  .describe('The id of a source in content/sources.yaml, the register of every source a guide may cite.');

export const deviceCheckSchema = z
  .strictObject({
    variant: id('variant').describe('The variant whose path was followed.'),
    os: osSchema,
    appVersion: z.string().refine((v) => semver.valid(semver.coerce(v)) !== null, { error: 'appVersion must look like 8.0.50' }).describe('The app version on the phone, as its “关于” page shows it.'),
    date: z.iso.date({ error: 'date must be YYYY-MM-DD' }),
    checked: z.string().min(1).describe('What was checked, e.g. “每一步的菜单文字和位置，到身份信息页为止”.'),
    by: z.string().min(1).max(20).describe('Who checked, as a role (编辑, 客服), never a name.'),
  })
  .describe('One walk of one variant on one OS on a real phone, beside the guide.');

export const guideFrontmatterSchema = z
  .strictObject({
    title: z.string({ error: 'title is required' }).min(1, { error: 'title must not be empty' }).describe('The task, in plain words of the guide’s edition (Chinese in content/guides/, English in content/en/guides/).'),
    summary: z.string({ error: 'summary is required' }).min(1).max(80, { error: 'summary must be one line (80 characters at most)' }).describe('One line shown on the home page.'),
    app: appSchema,
    task: z
      .enum(Object.keys(TASKS) as [keyof typeof TASKS, ...(keyof typeof TASKS)[]], { error: `task must be one of: ${Object.keys(TASKS).join(', ')}` })
      .describe('What the reader wants to do; the home page groups guides by it and the chooser asks it.'),
    order: z.number().int().optional().describe('Sort order on the home page (smaller first).'),
    variants: z
      .array(variantSchema, { error: 'variants must be a list' })
      .min(1, { error: 'declare at least one variant' })
      .describe('The versions the guide covers; the first is the default.'),
    sources: z
      .array(sourceSchema, { error: 'sources are required: every guide names where its steps come from' })
      .min(1, { error: 'sources are required: every guide names where its steps come from' })
      .describe('Ids from content/sources.yaml behind the guide’s text outside the steps (introduction, checklists, callouts). Each step names its own with sources="…".'),
    confidence: confidenceSchema,
    confidenceNote: z.string().optional().describe('Why the confidence is what it is, shown to readers.'),
    aliases: z
      .record(id('an old step id'), id('the step an alias points to'))
      .optional()
      .describe(
        'Old step ids, so links already published keep working: `old-id: new-id`. The old step’s pages redirect to the new one. `npm run check` asks for one when a step in content/links.lock.json disappears.',
      ),
    counterpart: z
      .string()
      .regex(ID_PATTERN, { error: 'counterpart is the slug of a guide of the other edition (kebab-case)' })
      .optional()
      .describe(
        'The same guide in the other edition: in content/guides/ the slug of an English guide (content/en/guides/), in content/en/guides/ the slug of a Chinese one. Pages link to it (中文 ↔ English) and, when the two name each other, say so with hreflang. A Chinese guide’s counterpart must name it back.',
      ),
    checkedOnDevice: z
      .array(deviceCheckSchema)
      .default([])
      .describe('Real-phone checks. Empty (the default) shows readers “未在真机核对”.'),
  })
  .superRefine((fm, ctx) => {
    const seen = new Set<string>();
    fm.variants.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: ['variants', i, 'id'], message: `variant id "${v.id}" is declared twice` });
      seen.add(v.id);
      // Pages put the app's name before the label (“WeChat English interface · iPhone”, “微信 8.0 及以上”).
      const named = Object.values(DICTS)
        .flatMap((t) => [appName(t, fm.app, true), appName(t, fm.app)])
        .find((n) => v.label.toLowerCase().startsWith(n.toLowerCase()));
      if (named)
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'label'],
          message: `variant label "${v.label}" starts with the app's name, which pages already write before it ("${named} ${v.label}"): write only the version or interface, e.g. "8.0 及以上" or "English interface"`,
        });
    });
  });

