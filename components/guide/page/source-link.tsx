import type { Source } from '@/lib/shared/types';

/** The host a copy lives on, for “（转载：360doc.com）”. */
function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A source named as its original: publisher and title, linked when it has an address (never passing
 * on where the reader came from). When the link is a copy on another site, readers are told so.
 */
export function SourceLink({ source }: { source: Source }) {
  const name = source.publisher ? `${source.publisher}：${source.title}` : source.title;
  if (!source.url) return <span>{name}（没有可以打开的网址）</span>;
  return (
    <>
      <a href={source.url} rel="nofollow noopener noreferrer" className="text-emerald-800 underline underline-offset-2">
        {name}
      </a>
      {source.copy ? (
        <span className="text-stone-600" data-source-copy={source.copy}>
          （链接是{source.copy}：{host(source.url)}）
        </span>
      ) : null}
    </>
  );
}
