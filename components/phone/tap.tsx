import type { ReactNode } from 'react';

/**
 * How a drawn screen responds to taps. Absent (static rendering, no JavaScript): targets are
 * drawn highlighted but nothing is a button. The player passes handlers.
 */
export interface TapApi {
  /** Ids drawn as the element(s) to tap now. */
  targets: readonly string[];
  /** Accessible name for a target button, e.g. 点击“服务”. */
  name: (id: string) => string;
  onTap?: (id: string) => void;
  /** Form fields the reader has tapped (they show their sample value). */
  filled?: ReadonlySet<string>;
  onFill?: (id: string) => void;
  /** Label every tappable element with its id (the screen gallery, for editors). */
  showIds?: boolean;
  /** Words drawn beside a target (a choice's options: which target means what). */
  tags?: Readonly<Record<string, string>>;
}

export function cx(...xs: (string | false | null | undefined)[]): string {
  return xs.filter(Boolean).join(' ');
}

/**
 * An element a step may ask readers to tap: a real <button> when it is the target and the player
 * is live. A form field (`fillLabel`) is a button in the live player even when it is not the
 * target: a tap shows its fake sample value.
 */
export function Tappable({
  id,
  tap,
  className,
  fillLabel,
  children,
}: {
  id?: string;
  tap?: TapApi;
  className?: string;
  /** A form field's name for a tap that fills in its sample, e.g. 姓名：点一下填入示例. */
  fillLabel?: string;
  children: ReactNode;
}) {
  const isTarget = !!id && !!tap?.targets.includes(id);
  const press = isTarget ? tap?.onTap : fillLabel ? tap?.onFill : undefined;
  if (id && tap && press) {
    return (
      <button
        type="button"
        className={cx(className, isTarget && 'tg-target')}
        data-target={isTarget ? id : undefined}
        data-field={fillLabel ? id : undefined}
        aria-label={isTarget ? tap.name(id) : fillLabel}
        onClick={(e) => {
          e.stopPropagation();
          press(id);
        }}
      >
        {children}
        {isTarget && tap.tags?.[id] && <TargetTag text={tap.tags[id]} />}
      </button>
    );
  }
  return (
    <div className={cx(className, isTarget && 'tg-target tg-target-static', tap?.showIds && id && 'relative')} data-el={id}>
      {children}
      {isTarget && tap?.tags?.[id] && <TargetTag text={tap.tags[id]} />}
      {tap?.showIds && id && <IdTag id={id} />}
    </div>
  );
}

/** A choice option's words beside its target; the button's name already says them, so it is hidden from screen readers. */
function TargetTag({ text }: { text: string }) {
  return (
    <span aria-hidden="true" className="tg-target-tag">
      {text}
    </span>
  );
}

/** The element id drawn over it, so editors can see what to write in tap="…". */
export function IdTag({ id }: { id: string }) {
  return <span className="tg-id-tag">{id}</span>;
}
