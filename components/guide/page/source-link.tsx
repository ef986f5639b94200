import type { Source } from '@/lib/shared/types';

/** A source's title, linked when it has an address (never passing on where the reader came from). */
export function SourceLink({ source }: { source: Source }) {
  return source.url ? (
    <a href={source.url} rel="nofollow noopener noreferrer" className="text-emerald-800 underline underline-offset-2">
      {source.title}
    </a>
  ) : (
    <span>{source.title}（没有可以打开的网址）</span>
  );
}
