import 'server-only';
import { findPersonalData } from '../../../shared/personal-data';
import { problem, type Problem } from '../problem';

/**
 * Real-looking personal data in guides and screens. Everything shown must be fake and look
 * fake (张三, 1****************X, 138****0000, 尾号 0000). Scans the raw text line by line so
 * positions are exact. Addresses are left to the report service: guides name places in prose.
 */
export function checkSampleData(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, i) =>
    findPersonalData(line, ['id', 'card', 'mobile']).map((m) => problem(file, { line: i + 1, column: m.index + 1 }, `${m.message} (${m.match})`, m.hint)),
  );
}
