/** Layout facts the player and the article share (client only). */
export const DESKTOP = '(min-width: 1024px)';

export const isDesktop = () => matchMedia(DESKTOP).matches;

/** Smooth scrolling, unless the reader asked for less motion. */
export const scrollBehavior = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
