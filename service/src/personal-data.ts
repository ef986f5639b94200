import { findPersonalDataInTyping, type PersonalDataKind } from '../../lib/shared/personal-data';

/** The shared patterns for typed text (lib/shared/personal-data.ts), which the browser runs before sending too. */

const WHAT: Record<PersonalDataKind, string> = {
  id: 'an ID number',
  card: 'a card number',
  mobile: 'a phone number',
  address: 'an address',
};

/** What kind of personal data `text` seems to hold, in words ("a phone number"), or null. */
export function personalDataIn(text: string): string | null {
  const hit = findPersonalDataInTyping(text);
  return hit ? WHAT[hit.kind] : null;
}
