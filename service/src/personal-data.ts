import { findPersonalDataInTyping, type PersonalDataKind } from '../../lib/shared/personal-data';
import { unreadableText } from '../../lib/shared/report-contract';

/**
 * The shared rules for typed text, which the browser runs before sending too: the personal-data
 * patterns (lib/shared/personal-data.ts) and the unreadable-text rule (lib/shared/report-contract.ts).
 */

const WHAT: Record<PersonalDataKind, string> = {
  id: 'an ID number',
  card: 'a card number',
  mobile: 'a phone number',
  address: 'an address',
  email: 'an email address',
  qq: 'a QQ number',
  wechat: 'a WeChat id',
};

/** What kind of personal data `text` seems to hold, in words ("a phone number"), or null. */
export function personalDataIn(text: string): string | null {
  const hit = findPersonalDataInTyping(text);
  return hit ? WHAT[hit.kind] : null;
}

export { unreadableText };
