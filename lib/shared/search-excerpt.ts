/**
 * Pagefind's excerpts are escaped text with <mark> around the matched words. Read that into
 * plain parts instead of putting HTML into the page: [text, marked, text, …].
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return { text: decode((m ? m[1]! : part).replace(/<[^>]*>/g, '')), mark: !!m };
    });
}

/**
 * A step's heading has the id `<step>-title`; Pagefind links sub-results to headings, while the
 * guide's step links are `#<step>`.
 */
export function stepAnchor(url: string): string {
  return url.replace(/-title$/, '');
}
