import 'server-only';
import type { Flow } from '../../../flow/types';
import type { ScreenData, Variant } from '../../../shared/types';
import { problem, type Position, type Problem } from '../problem';

/** Han characters and CJK punctuation (、。，：「」 and the full-width forms). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;
/** What an editor marks as Chinese the reader will see: `<Zh>收款码</Zh>`, rendered with lang="zh-CN". */
const MARKED = /<Zh>[\s\S]*?<\/Zh>/g;

/**
 * English content says everything in English: Chinese the reader will meet (a merchant's sign, a
 * Chinese-interface label) is marked `<Zh>…</Zh>`, so it gets lang="zh-CN" (screen readers switch
 * voice; search indexes it apart). Scans raw lines (YAML comments skipped) so positions are exact.
 */
export function checkEnglishText(file: string, source: string): Problem[] {
  const lines = source.split('\n');
  const fmEnd = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  return lines.flatMap((line, i) => {
    if (i < fmEnd && /^\s*#/.test(line)) return [];
    const blanked = line.replace(MARKED, (m) => ' '.repeat(m.length));
    return [...blanked.matchAll(CJK)].slice(0, 1).map((m) =>
      problem(
        file,
        { line: i + 1, column: m.index + 1 },
        `Chinese text in English content (${m[0]})`,
        i < fmEnd ? 'the frontmatter of an English guide or page is in English' : 'write it in English, or mark Chinese the reader will see as <Zh>…</Zh> (in the text, not in a title or label)',
      ),
    );
  });
}

/**
 * The phone of an English guide is drawn in WeChat's English interface: every step's screen is an
 * English screen definition (`lang: en`, e.g. wechat/me-en), so its labels come from the English
 * labels sources quote. A step shown only on versions declared `match.lang: zh` (a Chinese-interface
 * version of the guide) may draw a Chinese screen.
 */
export function checkEnglishScreens(
  file: string,
  flow: Flow,
  at: Record<string, Partial<Record<string, Position>>>,
  variants: Variant[] | undefined,
  screens: Record<string, ScreenData>,
): Problem[] {
  const chinese = new Set((variants ?? []).filter((v) => v.match.lang === 'zh').map((v) => v.id));
  return flow.steps.flatMap((s) => {
    const screen = screens[s.screen];
    if (!screen || screen.lang === 'en') return [];
    const shownOn = s.variants ?? (variants ?? []).map((v) => v.id);
    if (shownOn.length && shownOn.every((v) => chinese.has(v))) return [];
    return [
      problem(file, at[s.id]?.screen, `step "${s.id}" draws ${s.screen}, a Chinese screen, in an English guide`, 'use an English screen (lang: en, e.g. wechat/me-en), or show the step only on a version declared match: { lang: zh }'),
    ];
  });
}
