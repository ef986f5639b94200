import coerce from 'semver/functions/coerce';
import satisfies from 'semver/functions/satisfies';
import type { App } from './content/constants';
import type { DetectedApp } from './user-agent';

export interface MatchableVariant {
  id: string;
  match?: { version: string; lang?: 'zh' | 'en' };
}

/** The guide's variant whose `match` fits the detected app version (and UI language, when it says). */
export function pickVariant(guideApp: App, variants: MatchableVariant[], detected: DetectedApp | undefined): string | undefined {
  if (!detected || detected.app !== guideApp) return undefined;
  const version = coerce(detected.version);
  if (!version) return undefined;
  const fits = variants.filter((v) => v.match && satisfies(version, v.match.version));
  return (fits.find((v) => v.match?.lang && v.match.lang === (detected.lang ?? 'zh')) ?? fits.find((v) => !v.match?.lang) ?? fits[0])?.id;
}
