/**
 * Text that looks like someone's real personal data: an ID number, a bank card, a phone number,
 * a street address, an email, a QQ number or WeChat id. One set of patterns for three places: the
 * content checker (guides and screens must show only fake, masked samples), the reader's report
 * form in the browser, and the report service, which refuses such text before anything is stored.
 * Pure and dependency-free. The corpus that holds it to its promise: tests/unit/personal-data-corpus.ts.
 */

export type PersonalDataKind = 'id' | 'card' | 'mobile' | 'address' | 'email' | 'qq' | 'wechat';

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

// ---- Typed text (a reader's report, a device check): the same patterns, applied harder. ----

// Chinese numerals, as someone might spell a number out to slip past digit patterns (一三八…, 壹叁捌…, 幺 for 1).
const NUMERALS: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};
const NUMERAL = `[\\d${Object.keys(NUMERALS).join('')}]`;
// What people put between the digits of a number they type: spaces, dots, dashes, commas, slashes, colons…
const SPLIT = '[\\s.,，、/\\\\\\-_·:：|]';
// Only a run of five or more is a number written out (一三八一二三四五六七八); 第一步, 三个点 stay words.
const NUMERAL_RUN = new RegExp(`${NUMERAL}(?:${SPLIT}*${NUMERAL}){4,}`, 'gu');
const JOIN = new RegExp(`(?<=\\d)${SPLIT}+(?=\\d)`, 'gu');

interface TypedRule {
  kind: PersonalDataKind;
  re: RegExp;
  allow?: (m: RegExpExecArray) => boolean;
  message: string;
}

// Digits joined back together, bounded by non-digits only: a letter next to a number (tel138…,
// id1101…) hides nothing. Exact lengths, so a version or a date joined up (8.0.50 → 8050) is too short.
const D = (body: string) => new RegExp(`(?<!\\d)(?:${body})(?!\\d)`, 'g');
const NUMBER_RULES: TypedRule[] = [
  {
    kind: 'id',
    re: D('[1-9]\\d{16}[\\dXx]'),
    allow: (m) => APPROVED_FAKE_IDS.includes(m[0].toUpperCase()),
    message: 'this looks like a real 18-digit ID number',
  },
  { kind: 'card', re: D('[3-6]\\d{15,18}'), message: 'this looks like a full bank card number' },
  { kind: 'id', re: D('[1-9]\\d{14}'), message: 'this looks like a real 15-digit (old format) ID number' },
  { kind: 'mobile', re: D('(?:\\+?86)?1[3-9]\\d{9}'), message: 'this looks like a full mobile number' },
  { kind: 'mobile', re: D('0[1-9]\\d{8,10}'), message: 'this looks like a full phone number (with its area code)' },
];

// After a keyword only: a QQ number (5–11 digits; dots only between groups of three or more, so
// “QQ 9.0.50” and “QQ 8.9.85.12345” are versions) and a
// WeChat id (a letter, then 5–19 letters, digits, _ or -).
const QQ = new RegExp(
  `(?:qq|扣扣|企鹅号|q\\s*号)\\s*(?:号码|号|账号|帐号)?[^\\d\\n]{0,6}?(?<!\\d)([1-9]\\d{2,4}(?:\\.\\d{3,4}){1,3}|[1-9](?:[\\s,，、/\\-]*\\d){4,10})(?![\\d.])`,
  'giu',
);
const WECHAT_KEYWORD =
  /(微信号|微信账号|微信帐号|微信\s*id|加我?微信|我的微信|微信是|微信\s*[:：]|wechat\s*id|weixin|wx\s*号|vx|v信|威信)\s*(?:是|为|[:：])?\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/giu;
const WXID = /wxid_[a-z0-9]{4,}/giu;
// local@domain.tld, with the spaces and full-width or ideographic dots people type around them.
const EMAIL =
  /[\p{L}\p{N}._%+-]+\s*@\s*[a-z0-9-]+(?:\s*[.。]\s*[a-z0-9-]+)+|[\p{L}\p{N}._%+-]+\s*@\s*(?:qq|163|126|gmail|outlook|hotmail|foxmail|sina|sohu|yahoo|icloud)(?![a-z0-9])/giu;

const TYPED_RULES: TypedRule[] = [
  { kind: 'email', re: EMAIL, message: 'this looks like an email address' },
  { kind: 'wechat', re: WXID, message: 'this looks like a WeChat id' },
  {
    kind: 'wechat',
    re: WECHAT_KEYWORD,
    // After an English keyword, an id must hold a digit, _ or - (“WeChat ID settings” is a label).
    allow: (m) => /^[a-z\s]+$/i.test(m[1]!) && !/[\d_-]/.test(m[2]!),
    message: 'this looks like a WeChat id',
  },
  { kind: 'qq', re: QQ, message: 'this looks like a QQ number' },
];

const HINT: Record<PersonalDataKind, string> = {
  id: 'leave out ID numbers',
  card: 'leave out card numbers',
  mobile: 'leave out phone numbers',
  address: 'leave out addresses',
  email: 'leave out email addresses',
  qq: 'leave out QQ numbers',
  wechat: 'leave out WeChat ids',
};

function firstMatch(text: string, rules: readonly TypedRule[]): PersonalDataMatch | undefined {
  const found: PersonalDataMatch[] = [];
  const taken: [number, number][] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      if (taken.some(([a, b]) => start >= a && start < b)) continue;
      taken.push([start, start + m[0].length]);
      if (rule.allow?.(m as RegExpExecArray)) continue;
      found.push({ kind: rule.kind, match: m[0], index: start, message: rule.message, hint: HINT[rule.kind] });
    }
  }
  return found.sort((a, b) => a.index - b.index)[0];
}

/**
 * For text someone typed (a reader's report, a device check): the first piece of personal data,
 * or undefined. Runs in the browser before sending and again on the server, so both refuse the
 * same things. The text is folded first (NFKC: full-width digits and letters, ＠ and ．), Chinese
 * numerals are read as digits in runs of five or more, and digits split by spaces, dots, dashes,
 * commas, slashes or colons are joined again; then every rule runs, a digit rule next to letters
 * too. `index` is where the match starts in the folded text.
 */
export function findPersonalDataInTyping(text: string): PersonalDataMatch | undefined {
  const folded = text.normalize('NFKC');
  const numerals = folded.replace(NUMERAL_RUN, (run) => run.replace(/./gu, (c) => NUMERALS[c] ?? c));
  const joined = numerals.replace(JOIN, '');
  return findPersonalData(folded)[0] ?? firstMatch(numerals, TYPED_RULES) ?? firstMatch(joined, NUMBER_RULES);
}
