import type { ClientDict } from '@/lib/shared/i18n/client-dict';
import { format, osName } from '@/lib/shared/i18n/format';
import type { VariantMeta } from '@/lib/shared/types';
import { variantLabel } from '@/lib/shared/variants';

/** “仅适用于：7.x · Android” — shown on content limited to some variants, in the no-JavaScript page. */
export function ScopeBadge({ variants, os, all, t }: { variants?: string[]; os?: string; all: VariantMeta[]; t: ClientDict }) {
  const parts = [
    variants?.length ? variants.map((v) => variantLabel(all, v)).join(t.listSep) : null,
    os === 'ios' || os === 'android' ? (t.lang === 'en' ? osName(t, os) : `${osName(t, os)}（${os === 'ios' ? 'iOS' : 'Android'}）`) : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <span className="inline-block rounded-md bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
      {format(t.onlyFor, { parts: parts.join(' · ') })}
    </span>
  );
}
