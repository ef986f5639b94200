'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * On a Chinese guide with an English counterpart, a reader whose WeChat says `Language/en` in its
 * user agent is offered the English guide: a notice, never a redirect. Its words are English only
 * (shown only to readers of English), marked lang="en" on the Chinese page.
 */
export function EnglishOffer({ href, title }: { href: string; title: string }) {
  const english = useSyncExternalStore(
    noop,
    () => /\bLanguage\/en\b/i.test(navigator.userAgent),
    () => false,
  );
  if (!english) return null;
  return (
    <p
      lang="en"
      role="status"
      className="rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-[15px] text-sky-950"
      data-english-offer=""
    >
      Your WeChat is in English: this guide is also in English.{' '}
      <a href={href} hrefLang="en" className="font-medium underline underline-offset-2">
        {title}
      </a>
    </p>
  );
}
