import { findPersonalData, type PersonalDataKind } from '../../lib/shared/personal-data';

/**
 * The shared patterns (lib/shared/personal-data.ts, the same ones the browser runs before
 * sending), applied a little harder here because the server is the last word: full-width digits
 * are folded to ASCII (NFKC), and digits split by spaces, dots or dashes are joined again, so
 * “１３８ １２３４ ５６７８” or “1 3 8 1 2 3 4 5 6 7 8” cannot slip past.
 */

const WHAT: Record<PersonalDataKind, string> = {
  id: 'an ID number',
  card: 'a card number',
  mobile: 'a phone number',
  address: 'an address',
};

/** What kind of personal data `text` seems to hold, in words ("a phone number"), or null. */
export function personalDataIn(text: string): string | null {
  const folded = text.normalize('NFKC');
  const joined = folded.replace(/(?<=\d)[\s.\-_·]+(?=\d)/gu, '');
  const hit = findPersonalData(folded)[0] ?? findPersonalData(joined, ['id', 'card', 'mobile'])[0];
  return hit ? WHAT[hit.kind] : null;
}
