import type { Dict } from './zh';

/**
 * Words that only server components show (the site's chrome, the sources, the 404). The root layout
 * gives client components the rest: the dictionary travels in every page's RSC payload, and these
 * would travel for nothing. A client component that reads one of them does not typecheck.
 */
const SERVER_ONLY = [
  'skipToMain',
  'offline',
  'headerTagline',
  'logoMark',
  'footerUnofficial',
  'footerPrivacy',
  'footerForSupport',
  'footerSteps',
  'footerForEditors',
  'footerScreens',
  'otherEdition',
  'otherEditionName',
  'breadcrumb',
  'allGuides',
  'home',
  'sourcesNone',
  'sourcesSummary',
  'sourcesYear',
  'sourceNoUrl',
  'sourceCopy',
  'copyKindRepost',
  'copyKindMirror',
  'calloutNote',
  'calloutSafety',
  'calloutUnverified',
  'checklistTitle',
  'fillSample',
  'fieldPlaceholder',
  'stepsOf',
  'otherVersions',
  'allSteps',
  'changeVersion',
  'seeInGuide',
  'seeInGuideRest',
  'aliasTitle',
  'aliasText',
  'confidenceIs',
  'confidenceLabel',
  'checkedAll',
  'checkedSome',
  'notChecked',
  'sourceCount',
  'updatedIs',
  'provenanceTitle',
  'deviceCheck',
  'notCheckedLong',
  'sourcesHeading',
  'sourcesNote',
  'safetyLine',
  'deviceCheckSep',
  'stepDescription',
  'stepImageAlt',
  'notFoundTitle',
  'notFoundText',
  'notFoundHome',
] as const satisfies readonly (keyof Dict)[];

/** The words client components may show. */
export type ClientDict = Omit<Dict, (typeof SERVER_ONLY)[number]>;

export function clientDict(t: Dict): ClientDict {
  const out: Partial<Dict> = { ...t };
  for (const key of SERVER_ONLY) delete out[key];
  return out as ClientDict;
}
