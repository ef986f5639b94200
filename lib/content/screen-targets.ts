import type { ScreenData } from './screen-schema';

/** Pure helpers over screen data, safe for the browser bundle (no zod). */

/** Every id a step can name as its tap target, in drawing order. */
export function tapTargets(screen: ScreenData): string[] {
  const ids: string[] = [];
  const add = (x: { id?: string } | { placeholder: true }) => {
    if ('id' in x && x.id) ids.push(x.id);
  };
  if (screen.nav?.back) ids.push('back');
  if (screen.nav?.more) ids.push('more');
  for (const b of screen.body) {
    if (b.type === 'cells') b.cells.forEach(add);
    else if (b.type === 'tiles') b.tiles.forEach(add);
    else if (b.type === 'fields') b.fields.forEach(add);
    else if ('id' in b && b.id) ids.push(b.id);
  }
  screen.tabs?.items.forEach(add);
  const o = screen.overlay;
  if (o?.type === 'sheet') {
    o.items.forEach(add);
    ids.push('cancel');
  } else if (o?.type === 'dialog') o.actions.forEach(add);
  return ids;
}

/** The visible label of a tap target, used for the button's accessible name and the hint. */
export function targetLabel(screen: ScreenData, target: string): string | undefined {
  if (target === 'back') return screen.lang === 'en' ? 'Back' : '返回';
  if (target === 'more') return '···';
  if (target === 'cancel' && screen.overlay?.type === 'sheet') return screen.overlay.cancel;
  const withLabel = (xs: readonly ({ id?: string; label?: string } | { placeholder: true })[]) =>
    xs.find((x) => 'id' in x && x.id === target) as { label?: string } | undefined;
  for (const b of screen.body) {
    const hit =
      b.type === 'cells' ? withLabel(b.cells) : b.type === 'tiles' ? withLabel(b.tiles) : b.type === 'fields' ? withLabel(b.fields) : undefined;
    if (hit?.label) return hit.label;
    if ('id' in b && b.id === target) return 'label' in b ? b.label : 'title' in b ? b.title : 'name' in b ? b.name : undefined;
  }
  const tab = screen.tabs?.items.find((t) => t.id === target);
  if (tab) return tab.label;
  const o = screen.overlay;
  if (o?.type === 'sheet') return withLabel(o.items)?.label;
  if (o?.type === 'dialog') return o.actions.find((a) => a.id === target)?.label;
  return undefined;
}
