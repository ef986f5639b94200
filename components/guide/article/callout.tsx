import type { ReactNode } from 'react';

import type { Dict } from '@/lib/shared/i18n/zh';

const look = {
  note: { box: 'border-sky-200 bg-sky-50', title: 'text-sky-900', label: 'calloutNote' },
  safety: { box: 'border-red-200 bg-red-50', title: 'text-red-900', label: 'calloutSafety' },
  unverified: { box: 'border-amber-300 bg-amber-50', title: 'text-amber-900', label: 'calloutUnverified' },
} as const;

/** A boxed note for editors: type="safety" | "note" | "unverified". */
export function Callout({ type = 'note', title, children, t }: { type?: keyof typeof look; title?: string; children: ReactNode; t: Dict }) {
  const l = look[type] ?? look.note;
  return (
    // A note in the text, not a landmark: a guide has several, and landmarks must be few and uniquely named.
    <div role="note" className={`my-3 rounded-xl border px-4 py-3 ${l.box}`} data-callout={type}>
      <p className={`mb-1 text-sm font-semibold ${l.title}`}>{title ?? t[l.label]}</p>
      <div className="tg-prose text-[15px]">{children}</div>
    </div>
  );
}
