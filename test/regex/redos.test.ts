/**
 * ReDoS check: every regular expression written in src/ and rules/ goes
 * through recheck's automaton checker (deterministic). Exponential
 * backtracking fails the test; polynomial backtracking fails unless the
 * pattern is in the list below, each a known debt: `\s+$`-style tails cost
 * O(n²) on a long run of the repeated character that does not reach the end.
 * Patterns the automaton cannot decide (lookbehind, or time) are covered by
 * the adversarial-lines test instead.
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../cli/run-cli.js';
import { collectPatterns, type FoundPattern } from './collect-patterns.js';

/** [pattern source, file]: quadratic or cubic on hostile lines, to be rewritten. */
const knownPolynomial: ReadonlyArray<readonly [string, string]> = [
  ["[\\s.,:;(–-]+$", "src/article/bibliography.ts"], // 2nd degree polynomial, src/article/bibliography.ts:121
  ["^\\s*\\^?[\\d\\s,–-]*\\s*$", "src/article/markers.ts"], // 3rd degree polynomial, src/article/markers.ts:76
  ["\\{:[^}]*\\}", "src/article/markers.ts"], // 2nd degree polynomial, src/article/markers.ts:109
  ["([\\p{L}]+)[\\s-]*$", "src/article/sentences.ts"], // 2nd degree polynomial, src/article/sentences.ts:129
  ["\\s+$", "src/format/message-text.ts"], // 2nd degree polynomial, src/format/message-text.ts:15
  ["\\s+$", "src/format/stylish.ts"], // 2nd degree polynomial, src/format/stylish.ts:41
  ["^#\\s*source:\\s*(.*)$", "src/words/wordlist.ts"], // 2nd degree polynomial, src/words/wordlist.ts:24
  ["\\s+#.*$", "src/words/wordlist.ts"], // 2nd degree polynomial, src/words/wordlist.ts:28
  ["[,)]+$", "rules/lib/animal-evidence.ts"], // 2nd degree polynomial, rules/lib/animal-evidence.ts:60
  ["\\s+$", "rules/lib/citation-fix-list.ts"], // 2nd degree polynomial, rules/lib/citation-fix-list.ts:85
  ["^(<sup>\\s*\\[?)([\\d\\s,–—-]*?)\\]?\\s*<\\/sup>$", "rules/lib/citation-fix-numbers.ts"], // 3rd degree polynomial, rules/lib/citation-fix-numbers.ts:41
  ["[\\s,;:]+$", "rules/lib/citation-messages.ts"], // 2nd degree polynomial, rules/lib/citation-messages.ts:79
  ["<[^>]*>|[*_\"“”‘’']", "rules/lib/references-duplicates.ts"], // 2nd degree polynomial, rules/lib/references-duplicates.ts:22
  ["<[^>]*>|[*_]", "rules/lib/references-entries.ts"], // 2nd degree polynomial, rules/lib/references-entries.ts:21
  ["\\s+\\S*$", "rules/lib/references-entries.ts"], // 2nd degree polynomial, rules/lib/references-entries.ts:25
  ["[.,;:]+$", "rules/lib/references-identifiers.ts"], // 2nd degree polynomial, rules/lib/references-identifiers.ts:25
  ["\\s+$", "rules/lib/safety-section-stub.ts"], // 2nd degree polynomial, rules/lib/safety-section-stub.ts:38
  ["\\]\\([^)\\s]*\\)", "rules/lib/safety-section.ts"], // 2nd degree polynomial, rules/lib/safety-section.ts:72
  [" \\(\".*$", "rules/malformed-reference.ts"], // 2nd degree polynomial, rules/malformed-reference.ts:77
  ["\\bhttps?:\\/\\/\\S+|\\b10\\.\\d{4,9}\\/\\S+|<[^>]*>", "src/article/bibliography.ts"], // 2nd degree polynomial (a run where the check did not time out)
  ["\\d+\\s*\\(\\d+\\)|\\bjournal\\b|\\bet al\\b", "src/article/bibliography.ts"], // 2nd degree polynomial (a run where the check did not time out)
  ["<li\\b[^>]*>([\\s\\S]*?)<\\/li\\s*>", "src/article/references.ts"], // 2nd degree polynomial (a run where the check did not time out)
  ["^(?:[\\p{L}\\p{N}-]+\\.)+[\\p{L}\\p{N}-]*\\p{L}[\\p{L}\\p{N}-]*$|^\\[[0-9a-f:]+\\]$|^\\d{1,3}(?:\\.\\d{1,3}){3}$", "rules/lib/references-identifiers.ts"], // 2nd degree polynomial (a run where the check did not time out)
  ["\\b(?:page\\s+|article\\s+|content\\s+|last\\s+|medically\\s+)*reviewed(?:\\s+on)?\\s*:?\\s*", "rules/lib/review-info.ts"], // 2nd degree polynomial (a run where the check did not time out)
  ["\\b(?:page\\s+|article\\s+|last\\s+)*(?:updated|modified|revised)(?:\\s+on)?\\s*:?\\s*", "rules/lib/review-info.ts"], // 2nd degree polynomial (a run where the check did not time out)
];

const { patterns, dynamic } = collectPatterns(projectRoot, ['src', 'rules']);

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let index = 0; index < items.length; index += size) results.push(...(await Promise.all(items.slice(index, index + size).map(work))));
  return results;
}

describe('regular expressions in src/ and rules/', () => {
  it('are found: literals and static new RegExp(...) sources', () => {
    expect(patterns.length).toBeGreaterThan(100);
    // Computed patterns (word lists, option lists) are exercised by the adversarial-lines test.
    expect(dynamic.length).toBeLessThan(patterns.length);
  });

  it('none backtracks exponentially, and none polynomially unless listed as known', async () => {
    const verdicts = await inBatches(patterns, 4, async (pattern: FoundPattern) => ({
      pattern,
      result: await check(pattern.source, pattern.flags, { checker: 'automaton', timeout: 10_000 }),
    }));
    const problems: string[] = [];
    for (const { pattern, result } of verdicts) {
      if (result.status !== 'vulnerable') continue;
      const file = pattern.where.split(':')[0];
      const listed = knownPolynomial.some(([source, listedFile]) => source === pattern.source && listedFile === file);
      if (result.complexity.type === 'exponential' || !listed) {
        problems.push(`${pattern.where} /${pattern.source}/${pattern.flags}: ${result.complexity.summary}, e.g. ${JSON.stringify(result.attack.string.slice(0, 60))}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
