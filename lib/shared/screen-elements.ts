import type { ScreenData } from './types';

/** Pure helpers over screen data, safe for the browser bundle (no zod). */

export interface ScreenElement {
  id: string;
  label: string;
}

type Item = { id?: string; label?: string } | { placeholder: true };
const labelled = (xs: readonly Item[]): ScreenElement[] =>
  xs.flatMap((x) => ('id' in x && x.id ? [{ id: x.id, label: x.label ?? x.id }] : []));

/** What an `unconfirmed` tab (no source quotes its label) is called, for screen readers and tap names. */
export function unconfirmedTabName(lang: ScreenData['lang']): string {
  return lang === 'en' ? 'tab, label not confirmed' : '标签名未确认';
}

/** Every element a step can name as its tap target, with its visible label, in drawing order. */
export function screenElements(screen: ScreenData): ScreenElement[] {
  const out: ScreenElement[] = [];
  if (screen.nav?.avatar) out.push({ id: 'avatar', label: screen.lang === 'en' ? 'avatar' : '头像' });
  if (screen.nav?.back) out.push({ id: 'back', label: screen.lang === 'en' ? 'Back' : '返回' });
  if (screen.nav?.more) out.push({ id: 'more', label: '···' });
  if (screen.nav?.action) out.push({ id: screen.nav.action.id, label: screen.nav.action.label });
  for (const b of screen.body) {
    if (b.type === 'cells') out.push(...labelled(b.cells), ...b.cells.flatMap((c) => ('action' in c && c.action ? [c.action] : [])));
    else if (b.type === 'chat') out.push(...b.messages.flatMap((m) => (m.link ? [m.link] : [])), ...(b.send ? [b.send] : []));
    else if (b.type === 'tiles') out.push(...labelled(b.tiles));
    else if (b.type === 'fields') out.push(...labelled(b.fields));
    else if ('id' in b && b.id) {
      const id = b.id;
      out.push({ id, label: 'label' in b ? b.label : 'title' in b ? b.title : 'name' in b ? b.name : id });
    }
  }
  if (screen.tabs)
    out.push(...screen.tabs.items.map((t) => ({ id: t.id, label: 'label' in t ? t.label : unconfirmedTabName(screen.lang) })));
  const o = screen.overlay;
  if (o?.type === 'sheet') out.push(...labelled(o.items), { id: 'cancel', label: o.cancel });
  else if (o?.type === 'dialog') out.push(...labelled(o.actions));
  else if (o?.type === 'drawer') out.push(...labelled(o.items));
  return out;
}

export function tapTargets(screen: ScreenData): string[] {
  return screenElements(screen).map((e) => e.id);
}

/** The visible label of a tap target, used for the button's accessible name and the hint. */
export function targetLabel(screen: ScreenData, target: string): string | undefined {
  return screenElements(screen).find((e) => e.id === target)?.label;
}
