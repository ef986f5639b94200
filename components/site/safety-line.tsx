import type { Dict } from '@/lib/shared/i18n/zh';

/** The one reminder every page that leads into the apps carries, in the page's words. */
export function SafetyLine({ t, className = '' }: { t: Dict; className?: string }) {
  return <p className={`rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-[15px] text-red-950 ${className}`}>{t.safetyLine}</p>;
}
