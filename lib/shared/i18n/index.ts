import type { Lang } from '../constants';
import { en } from './en';
import { zh, type Dict } from './zh';

export type { Dict } from './zh';
export { format } from './format';

/**
 * Both editions' dictionaries, for server components and build scripts only: a client component
 * imports useDict (./context.client.tsx) instead, so its bundle holds no dictionary.
 */
export const DICTS: Record<Lang, Dict> = { zh, en };
export const dictFor = (lang: Lang = 'zh'): Dict => DICTS[lang];
