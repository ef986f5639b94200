import Range from 'semver/classes/range';
import coerce from 'semver/functions/coerce';
import satisfies from 'semver/functions/satisfies';
import type { VariantMeta } from './types';

/** How narrowly a range is drawn (`>=8.0.0 <9.0.0` more than `>=0.0.0`, which is any version). */
const bounds = (range: string) => Math.max(...new Range(range).set.map((comparators) => comparators.filter((c) => c.value).length));

/**
 * The guide's variant whose `match` fits the app version (and UI language, when it says); of
 * several that fit, the most narrowly drawn, then the first.
 */
export function pickVariant(
  variants: readonly Pick<VariantMeta, 'id' | 'match'>[],
  app: { version: string; lang?: 'zh' | 'en' },
): string | undefined {
  const version = coerce(app.version);
  if (!version) return undefined;
  const fits = variants
    .filter((v) => v.match && satisfies(version, v.match.version))
    .map((v, i) => ({ v, i, b: bounds(v.match!.version) }))
    .sort((a, b) => b.b - a.b || a.i - b.i)
    .map((x) => x.v);
  return (fits.find((v) => v.match?.lang && v.match.lang === (app.lang ?? 'zh')) ?? fits.find((v) => !v.match?.lang) ?? fits[0])?.id;
}
