'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { Segmented } from '@/components/ui/segmented';
import { useDict } from '@/lib/shared/i18n/context.client';
import { readTextSize, saveTextSize, TEXT_SIZES, type TextSize } from '@/lib/shared/prefs';

/** Another tab changing the size. */
const subscribe = (changed: () => void) => {
  addEventListener('storage', changed);
  return () => removeEventListener('storage', changed);
};

/**
 * 字号: 标准 / 大 / 特大 for the whole page, the drawn phone included; remembered in this browser only
 * (the inline TextSizeScript applies it before the first paint on the next page).
 */
export function TextSizeControl() {
  const [open, setOpen] = useState(false);
  const stored = useSyncExternalStore(subscribe, readTextSize, () => 'standard' as const);
  const [picked, setPicked] = useState<TextSize>();
  const size = picked ?? stored;
  const id = useId();
  const t = useDict();
  const labels: Record<TextSize, string> = { standard: t.textStandard, large: t.textLarge, xlarge: t.textXlarge };
  const pick = (s: TextSize) => {
    setPicked(s);
    saveTextSize(s);
    if (s === 'standard') document.documentElement.removeAttribute('data-text-size');
    else document.documentElement.setAttribute('data-text-size', s);
  };
  return (
    <div className="relative shrink-0" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="tg-btn h-11 border-stone-300 px-2.5! text-[15px]"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t.textSize}
      </button>
      {open && (
        <div
          id={id}
          className="absolute right-0 top-full z-40 mt-1 rounded-xl border border-stone-200 bg-white p-3 shadow-lg"
          data-text-size-panel=""
        >
          <p id={`${id}-label`} className="mb-2 text-sm font-medium text-stone-800">
            {t.textSizeLegend}
          </p>
          <Segmented
            name="text-size"
            labelledBy={`${id}-label`}
            value={size}
            options={TEXT_SIZES.map((s) => ({ value: s, label: labels[s] }))}
            onValueChange={pick}
          />
        </div>
      )}
    </div>
  );
}
