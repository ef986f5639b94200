/** Han characters: text holding them on an English page is Chinese the reader sees, marked lang="zh-CN". */
export const HAN = /\p{Script=Han}/u;

/** The lang attribute a piece of text needs on a page of `pageLang`, or undefined when it is the page's own. */
export function langOf(text: string, pageLang: 'zh' | 'en'): 'zh-CN' | undefined {
  return pageLang === 'en' && HAN.test(text) ? 'zh-CN' : undefined;
}
