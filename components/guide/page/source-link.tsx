import { format } from '@/lib/shared/i18n/format';
import { langOf } from '@/lib/shared/i18n/han';
import type { Dict } from '@/lib/shared/i18n/zh';
import type { Source } from '@/lib/shared/types';

/** The host a copy lives on, for “（转载：360doc.com）”. */
function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A source named as its original: publisher and title, linked when it has an address (never passing
 * on where the reader came from). When the link is a copy on another site, readers are told so.
 */
export function SourceLink({ source, t }: { source: Source; t: Dict }) {
  const name = source.publisher ? `${source.publisher}${t.lang === 'zh' ? '：' : ': '}${source.title}` : source.title;
  // A Chinese source on an English page keeps its Chinese title, marked as Chinese.
  const lang = langOf(name, t.lang === 'en' ? 'en' : 'zh');
  if (!source.url) return <span lang={lang}>{format(t.sourceNoUrl, { name })}</span>;
  return (
    <>
      <a href={source.url} rel="nofollow noopener noreferrer" className="text-emerald-800 underline underline-offset-2" lang={lang}>
        {name}
      </a>
      {source.copy ? (
        <span className="text-stone-600" data-source-copy={source.copy}>
          {format(t.sourceCopy, { copy: source.copy === '镜像' ? t.copyKindMirror : t.copyKindRepost, host: host(source.url) })}
        </span>
      ) : null}
    </>
  );
}
