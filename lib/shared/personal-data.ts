/**
 * Text that looks like someone's real personal data: an ID number, a bank card, a mobile number,
 * a street address. One set of patterns for three places: the content checker (guides and screens
 * must show only fake, masked samples), the reader's report form in the browser, and the report
 * service, which refuses such text before anything is stored. Pure and dependency-free.
 */

export type PersonalDataKind = 'id' | 'card' | 'mobile' | 'address';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text matched, as written. */
  match: string;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
  message: string;
  hint: string;
}

/** The examples from the GB 11643 standard itself: fake, and approved for use. */
export const APPROVED_FAKE_IDS = ['11010519491231002X', '440524188001010014'];

// Digits not glued to a word, a path or a URL (…/18511130.html is an address, not data); a
// full stop may follow them at the end of a sentence.
const EDGE_BEFORE = '(?<![\\w/.=#%+-])';
const EDGE_AFTER = '(?![\\w/%-]|\\.\\w)';
const SEP = '[ -]?';

interface Rule {
  kind: PersonalDataKind;
  re: RegExp;
  allow?: (m: string) => boolean;
  message: string;
  hint: string;
}

const RULES: Rule[] = [
  {
    kind: 'id',
    re: new RegExp(`${EDGE_BEFORE}[1-9]\\d{16}[\\dXx]${EDGE_AFTER}`, 'g'),
    allow: (m) => APPROVED_FAKE_IDS.includes(m.toUpperCase()),
    message: 'this looks like a real 18-digit ID number',
    hint: 'show the approved fake sample masked: 1****************X',
  },
  {
    // Bank cards: 16–19 digits, starting as Chinese, Visa, Mastercard and JCB/Amex cards do (3–6).
    kind: 'card',
    re: new RegExp(`${EDGE_BEFORE}[3-6]\\d{3}(?:${SEP}\\d{4}){3}(?:${SEP}\\d{1,3})?${EDGE_AFTER}`, 'g'),
    message: 'this looks like a full bank card number',
    hint: 'write **** **** **** 0000, or 尾号 0000',
  },
  {
    kind: 'id',
    re: new RegExp(`${EDGE_BEFORE}[1-9]\\d{14}${EDGE_AFTER}`, 'g'),
    message: 'this looks like a real 15-digit (old format) ID number',
    hint: 'show the approved fake sample masked: 1****************X',
  },
  {
    kind: 'mobile',
    re: new RegExp(`${EDGE_BEFORE}(?:\\+?86${SEP})?1[3-9]\\d(?:${SEP}\\d{4}){2}${EDGE_AFTER}`, 'g'),
    message: 'this looks like a full mobile number',
    hint: 'mask it like 138****0000',
  },
  {
    // A street address: a road, street or lane name followed by a house number (…路 12 号, …街8号),
    // or a building/unit/room number (3 栋 2 单元 501 室). Menu labels never look like this.
    // 道 is a road only after a name: not in 知道, 频道, 味道, 一道… (“我不知道 3 号按钮在哪”).
    kind: 'address',
    re: /[\u4e00-\u9fa5]{1,12}(?:路|街|(?<![知频味难渠轨管跑赛车报一])道|巷|弄|胡同)\s*\d{1,5}\s*号|\d{1,4}\s*(?:号楼|栋|幢)\s*(?:\d{1,3}\s*单元\s*)?(?:\d{1,5}\s*(?:室|号|房))?/g,
    message: 'this looks like a street address',
    hint: 'leave out addresses',
  },
];

/** Every piece of real-looking personal data in `text`, in order; approved fake samples are not reported. */
export function findPersonalData(text: string, kinds?: readonly PersonalDataKind[]): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    if (kinds && !kinds.includes(rule.kind)) continue;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      if (taken.some(([a, b]) => start >= a && start < b)) continue;
      taken.push([start, start + m[0].length]); // an approved sample is claimed too, so no other rule reads it as a card
      if (rule.allow?.(m[0])) continue;
      found.push({ kind: rule.kind, match: m[0], index: start, message: rule.message, hint: rule.hint });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * For text someone typed (a reader's report): the patterns applied a little harder, in the browser
 * before sending and again on the server. Full-width digits are folded to ASCII (NFKC), and digits
 * split by spaces, dots or dashes are joined again, so “１３８ １２３４ ５６７８” cannot slip past.
 */
export function findPersonalDataInTyping(text: string): PersonalDataMatch | undefined {
  const folded = text.normalize('NFKC');
  const joined = folded.replace(/(?<=\d)[\s.\-_·]+(?=\d)/gu, '');
  return findPersonalData(folded)[0] ?? findPersonalData(joined, ['id', 'card', 'mobile'])[0];
}
