/**
 * A row of radio options drawn as one control (after shadcn/ui's radio-group): native radios, so
 * the keyboard, forms and screen readers work as they do everywhere. `look`: "segmented" (the
 * picker's pill-in-a-track) or "choices" (separate buttons that wrap, for longer labels).
 * No hooks: the caller holds the value.
 */
export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

export function Segmented<T extends string>({
  name,
  value,
  options,
  onValueChange,
  labelledBy,
  look = 'segmented',
  className,
}: {
  name: string;
  value: T | undefined;
  options: readonly SegmentedOption<T>[];
  onValueChange: (value: T) => void;
  /** The id of the visible label; makes the options a named radio group (inside a <fieldset>, leave it out). */
  labelledBy?: string;
  look?: 'segmented' | 'choices';
  className?: string;
}) {
  const item = look === 'segmented' ? undefined : 'tg-choice';
  return (
    <div
      role={labelledBy ? 'radiogroup' : undefined}
      aria-labelledby={labelledBy}
      className={look === 'segmented' ? `tg-segmented ${className ?? ''}`.trim() : `flex flex-wrap gap-2 ${className ?? ''}`.trim()}
    >
      {options.map((o) => (
        <label key={o.value} className={item}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onValueChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
