import { problem, type Problem } from './problem';

/**
 * Real-looking personal data in guides and screens. Everything shown must be fake and look
 * fake (张三, 1****************X, 138****0000, 尾号 0000). Scans the raw text so positions are exact.
 */

/** The examples from the GB 11643 standard itself: fake, and approved for use. */
export const APPROVED_FAKE_IDS = ['11010519491231002X', '440524188001010014'];

// Digits not glued to a word, a path or a URL (…/18511130.html is an address, not data); a
// full stop may follow them at the end of a sentence.
const EDGE_BEFORE = '(?<![\\w/.=#%+-])';
const EDGE_AFTER = '(?![\\w/%-]|\\.\\w)';
const SEP = '[ -]?';
const RULES: { re: RegExp; allow?: (m: string) => boolean; message: string; hint: string }[] = [
  {
    re: new RegExp(`${EDGE_BEFORE}[1-9]\\d{16}[\\dXx]${EDGE_AFTER}`, 'g'),
    allow: (m) => APPROVED_FAKE_IDS.includes(m.toUpperCase()),
    message: 'this looks like a real 18-digit ID number',
    hint: 'show the approved fake sample masked: 1****************X',
  },
  {
    // Bank cards: 16–19 digits, starting as Chinese, Visa, Mastercard and JCB/Amex cards do (3–6).
    re: new RegExp(`${EDGE_BEFORE}[3-6]\\d{3}(?:${SEP}\\d{4}){3}(?:${SEP}\\d{1,3})?${EDGE_AFTER}`, 'g'),
    message: 'this looks like a full bank card number',
    hint: 'write **** **** **** 0000, or 尾号 0000',
  },
  {
    re: new RegExp(`${EDGE_BEFORE}[1-9]\\d{14}${EDGE_AFTER}`, 'g'),
    message: 'this looks like a real 15-digit (old format) ID number',
    hint: 'show the approved fake sample masked: 1****************X',
  },
  {
    re: new RegExp(`${EDGE_BEFORE}(?:\\+?86${SEP})?1[3-9]\\d(?:${SEP}\\d{4}){2}${EDGE_AFTER}`, 'g'),
    message: 'this looks like a full mobile number',
    hint: 'mask it like 138****0000',
  },
];

export function checkSampleData(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const taken: [number, number][] = [];
    for (const rule of RULES) {
      for (const m of line.matchAll(rule.re)) {
        const start = m.index!;
        if (taken.some(([a, b]) => start >= a && start < b)) continue;
        taken.push([start, start + m[0].length]); // an approved sample is claimed too, so no other rule reads it as a card
        if (rule.allow?.(m[0])) continue;
        problems.push(problem(file, { line: i + 1, column: start + 1 }, `${rule.message} (${m[0]})`, rule.hint));
      }
    }
  });
  return problems;
}
