import { HTML_LANG, type Lang } from '@/lib/shared/constants';

/**
 * The same guide in the other edition (frontmatter `counterpart`): “English” on the Chinese guide,
 * “中文” on the English one, each in its own language.
 */
export function CounterpartLink({
  href,
  lang,
  label,
  title,
  className = '',
}: {
  href: string;
  lang: Lang;
  label: string;
  title: string;
  className?: string;
}) {
  return (
    <p className={`text-sm ${className}`} data-counterpart={lang}>
      <a
        href={href}
        lang={HTML_LANG[lang]}
        hrefLang={HTML_LANG[lang]}
        className="font-medium text-emerald-800 underline underline-offset-2"
      >
        {label}: {title}
      </a>
    </p>
  );
}
