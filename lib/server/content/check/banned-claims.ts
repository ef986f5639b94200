import 'server-only';
import type { Register } from '../load/register';
import { problem, type Problem } from '../problem';

/**
 * Claims that circulate on content farms and that no reliable source supports (content/banned-claims.yaml):
 * a guide or a screen must never state them, not even to repeat them. Scans the raw lines, so positions are exact.
 */
export function checkBannedClaims(file: string, text: string, banned: Register['banned']): Problem[] {
  return text.split('\n').flatMap((line, i) =>
    banned.flatMap((b) => {
      const m = b.re.exec(line);
      return m ? [problem(file, { line: i + 1, column: m.index + 1 }, `states a claim no reliable source supports: “${b.claim}” (${b.why})`, b.hint ?? 'leave it out')] : [];
    }),
  );
}
