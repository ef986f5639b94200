import { OS_LABEL } from '@/lib/shared/constants';
import type { VariantMeta } from '@/lib/shared/types';
import { variantLabel } from '@/lib/shared/variants';

/** “仅适用于：7.x · Android” — shown on content limited to some variants, in the no-JavaScript page. */
export function ScopeBadge({ variants, os, all }: { variants?: string[]; os?: string; all: VariantMeta[] }) {
  const parts = [
    variants?.length ? variants.map((v) => variantLabel(all, v)).join('、') : null,
    os === 'ios' || os === 'android' ? `${OS_LABEL[os]}（${os === 'ios' ? 'iOS' : 'Android'}）` : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <span className="inline-block rounded-md bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
      仅适用于：{parts.join(' · ')}
    </span>
  );
}
