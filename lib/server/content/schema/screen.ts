import 'server-only';
import { z } from 'zod';
import { ICON_COLORS, ID_PATTERN } from '../../../shared/constants';

/**
 * A simulated screen, as data. Screens live in content/screens/<app>/<name>.yaml and are
 * referenced by name (`wechat/me-v8`). Every element a step may ask readers to tap has an `id`.
 * Elements marked `placeholder: true` are drawn as grey bars: we only write labels a source supports.
 */

const elementId = z.string().regex(ID_PATTERN, { error: 'element id must be kebab-case' });
const icon = z.enum(ICON_COLORS).describe('A neutral coloured shape; never an app logo.');
const placeholder = z.strictObject({ placeholder: z.literal(true), icon: icon.optional() });
const tone = z.enum(['primary', 'default', 'danger']);

export const cellSchema = z.union([
  z.strictObject({
    id: elementId.optional(),
    label: z.string().min(1),
    detail: z.string().optional(),
    icon: icon.optional(),
    chevron: z.boolean().default(true),
    action: z.strictObject({ id: elementId, label: z.string().min(1) }).optional().describe('A small button at the right of the row (e.g. 清除).'),
  }),
  placeholder,
]);

const tileSchema = z.union([z.strictObject({ id: elementId.optional(), label: z.string().min(1), icon: icon.optional() }), placeholder]);

export const fieldSchema = z.strictObject({
  id: elementId.optional(),
  label: z.string().min(1),
  sample: z.string().min(1).describe('The fake value shown when the reader taps the field.'),
  placeholder: z.string().optional(),
});

const chatMessage = z.strictObject({
  from: z.enum(['them', 'me']),
  name: z.string().optional().describe('Sender shown above their message (e.g. 腾讯客服).'),
  text: z.string().min(1),
  link: z.strictObject({ id: elementId, label: z.string().min(1) }).optional().describe('A tappable link inside the message (e.g. 点这里).'),
});

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('chat'),
    messages: z.array(chatMessage).default([]),
    input: z.string().default('').describe('Text already typed in the input bar (a fixed sample; readers never type).'),
    send: z.strictObject({ id: elementId, label: z.string().min(1) }).optional().describe('A tappable send button.'),
  }),
  z.strictObject({ type: z.literal('profile'), id: elementId.optional(), name: z.string(), detail: z.string().optional() }),
  z.strictObject({ type: z.literal('cells'), title: z.string().optional(), cells: z.array(cellSchema).min(1) }),
  z.strictObject({ type: z.literal('tiles'), tone: z.enum(['brand', 'plain']).default('plain'), tiles: z.array(tileSchema).min(1) }),
  z.strictObject({ type: z.literal('button'), id: elementId.optional(), label: z.string().min(1), tone: tone.default('primary') }),
  z.strictObject({ type: z.literal('fields'), title: z.string().optional(), fields: z.array(fieldSchema).min(1) }),
  z.strictObject({ type: z.literal('text'), text: z.string().min(1), tone: z.enum(['normal', 'muted', 'warning']).default('muted') }),
  z.strictObject({ type: z.literal('pinpad'), id: elementId.optional(), title: z.string().min(1), length: z.number().int().min(4).max(8).default(6) }),
  z.strictObject({
    type: z.literal('facescan'),
    id: elementId.optional(),
    title: z.string().min(1),
    hint: z.string().optional(),
    shape: z.enum(['face', 'card']).default('face').describe('face: a face outline; card: an ID card held to the phone (NFC reading).'),
  }),
  z.strictObject({ type: z.literal('result'), status: z.enum(['success', 'info', 'warning']), title: z.string().min(1), detail: z.string().optional() }),
  z.strictObject({ type: z.literal('skeleton'), lines: z.number().int().min(1).max(12).default(3) }),
]);

/**
 * A bottom tab. `unconfirmed: true` is a tab we know is there but whose label no source quotes (the
 * English "Contacts" tab): it keeps its id and icon and is drawn with a grey bar for a label, named
 * "tab label not confirmed" for screen readers. It has no `label`, so nothing can quote one.
 */
const tabItem = z.union([
  z.strictObject({ id: elementId, label: z.string().min(1) }),
  z.strictObject({ id: elementId, unconfirmed: z.literal(true) }),
]);
const sheetItem = z.union([z.strictObject({ id: elementId.optional(), label: z.string().min(1), tone: tone.optional() }), placeholder]);

export const overlaySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('drawer'),
    header: z.strictObject({ name: z.string(), detail: z.string().optional() }).optional(),
    items: z.array(cellSchema).min(1),
  }),
  z.strictObject({ type: z.literal('sheet'), title: z.string().optional(), items: z.array(sheetItem).min(1), cancel: z.string().default('取消') }),
  z.strictObject({
    type: z.literal('dialog'),
    title: z.string().optional(),
    text: z.string().min(1),
    actions: z.array(z.strictObject({ id: elementId.optional(), label: z.string().min(1), tone: tone.default('default') })).min(1).max(3),
  }),
  z.strictObject({ type: z.literal('toast'), text: z.string().min(1), icon: z.enum(['success', 'loading', 'none']).default('success') }),
]);

export const screenSchema = z.strictObject({
  description: z.string().optional().describe('What the screen shows, for the gallery.'),
  extends: z.string().optional().describe('Name of a screen this one draws on top of (e.g. the same page with an action sheet open).'),
  sources: z
    .array(z.string())
    .optional()
    .describe('Ids from content/sources.yaml naming where the drawn labels come from. Grey placeholders need none. A screen that extends another inherits its list; one that declares its own replaces it, so name the base’s sources too.'),
  lang: z.enum(['zh', 'en']).default('zh'),
  theme: z.enum(['wechat', 'qq', 'gov']).default('wechat').describe('Brand colour of the app being drawn (a neutral green, blue or navy; never an app logo).'),
  statusBar: z.boolean().default(true),
  nav: z
    .strictObject({
      title: z.string().optional(),
      back: z.boolean().default(false).describe('Draw a back button (tap id: back).'),
      more: z.boolean().default(false).describe('Draw a ··· button at the top right (tap id: more).'),
      avatar: z.boolean().default(false).describe('Draw the user\'s round avatar at the top left (tap id: avatar), as on QQ\'s main page.'),
      action: z
        .strictObject({ id: elementId, label: z.string().min(1), icon: z.enum(['gear', 'square']).optional() })
        .optional()
        .describe('A button at the top right: text, or a gear/square icon named by `label`.'),
      tone: z.enum(['plain', 'brand']).default('plain'),
    })
    .optional(),
  background: z.enum(['grouped', 'plain']).default('grouped'),
  body: z.array(blockSchema).default([]),
  tabs: z
    .strictObject({ items: z.array(tabItem).min(2).max(5), active: elementId })
    .refine((t) => t.items.some((i) => i.id === t.active), { error: 'tabs.active must be the id of one of the tab items', path: ['active'] })
    .optional(),
  overlay: overlaySchema.optional(),
});
