import coerce from 'semver/functions/coerce';
import satisfies from 'semver/functions/satisfies';
import type { App } from './constants';
import type { VariantMeta } from './types';
import type { DetectedApp } from './user-agent';

/** The guide's variant whose `match` fits the detected app version (and UI language, when it says). */
export function pickVariant(
  guideApp: App,
  variants: readonly Pick<VariantMeta, 'id' | 'match'>[],
  detected: DetectedApp | undefined,
): string | undefined {
  if (!detected || detected.app !== guideApp) return undefined;
  const version = coerce(detected.version);
  if (!version) return undefined;
  const fits = variants.filter((v) => v.match && satisfies(version, v.match.version));
  return (fits.find((v) => v.match?.lang && v.match.lang === (detected.lang ?? 'zh')) ?? fits.find((v) => !v.match?.lang) ?? fits[0])?.id;
}
