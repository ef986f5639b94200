/**
 * Equal columns as static class names, not a `style` attribute: the site's CSP allows no inline
 * styles, and Tailwind only generates classes it can see written out.
 */
const COLS = ['grid-cols-1', 'grid-cols-1', 'grid-cols-2', 'grid-cols-3', 'grid-cols-4', 'grid-cols-5', 'grid-cols-6'];

export function gridCols(n: number): string {
  return COLS[n] ?? 'grid-flow-col auto-cols-fr';
}
