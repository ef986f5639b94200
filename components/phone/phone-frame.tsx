import type { ReactNode } from 'react';
import type { Os } from '@/lib/shared/constants';
import { cx } from './tap';

/**
 * The device outline in the skin's shape. The outer box is a size container; everything
 * inside is sized in em from a font size in container-query units, so the phone scales to
 * any width without JavaScript.
 */
export function PhoneFrame({
  skin,
  label,
  className,
  focusable,
  children,
}: {
  skin: Os;
  label: string;
  className?: string;
  focusable?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={cx('tg-phone', className)} data-skin={skin}>
      <div className="tg-phone-body">
        <div className="tg-phone-screen" role="group" aria-label={label} tabIndex={focusable ? -1 : undefined}>
          {children}
        </div>
      </div>
    </div>
  );
}
