import type { ICON_COLORS } from '@/lib/shared/constants';
import { cx } from './tap';

export type IconColor = (typeof ICON_COLORS)[number];

const fill: Record<IconColor, string> = {
  green: 'bg-[#1a9c5b]',
  blue: 'bg-[#3b7be0]',
  orange: 'bg-[#e98a1d]',
  red: 'bg-[#e05252]',
  purple: 'bg-[#8a63d2]',
  yellow: 'bg-[#e0b11d]',
  gray: 'bg-[#8c8c8c]',
};

/** A neutral coloured shape standing in for an icon. Never an app's own artwork. */
export function Icon({ color = 'gray', className }: { color?: IconColor; className?: string }) {
  return (
    <span aria-hidden="true" className={cx('inline-grid size-[1.5em] shrink-0 place-items-center rounded-[0.4em]', fill[color], className)}>
      <span className="size-[0.6em] rounded-full border-[0.14em] border-white/90" />
    </span>
  );
}

/** A grey bar for a menu item we have no source for. */
export function Placeholder({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cx('block h-[0.75em] rounded-full bg-[#dcdcdc]', className)} />;
}
