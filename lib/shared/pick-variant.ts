import coerce from 'semver/functions/coerce';
import satisfies from 'semver/functions/satisfies';
import type { VariantMeta } from './types';

/** The guide's variant whose `match` fits the app version (and UI language, when it says). */
export function pickVariant(
  variants: readonly Pick<VariantMeta, 'id' | 'match'>[],
  app: { version: string; lang?: 'zh' | 'en' },
): string | undefined {
  const version = coerce(app.version);
  if (!version) return undefined;
  const fits = variants.filter((v) => v.match && satisfies(version, v.match.version));
  return (fits.find((v) => v.match?.lang && v.match.lang === (app.lang ?? 'zh')) ?? fits.find((v) => !v.match?.lang) ?? fits[0])?.id;
}
