/**
 * The baseline arithmetic, pure: count what a run found, hide what the
 * baseline allows, and compute the baseline to write for --suppress-all,
 * --suppress-rule and --prune-suppressions. Only the files a run linted are
 * touched; entries for other files are kept as they were.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { LintMessage, LintResult } from '../engine/types.js';
import { flaggedTextReader } from './flagged-text.js';
import type { RuleSuppression, Suppressions } from './file.js';

/** The key a result is filed under, or null for input with no real path (stdin). */
export function suppressionPath(filePath: string, baseDir: string): string | null {
  if (!isAbsolute(filePath)) return null;
  return relative(baseDir, filePath).split(sep).join('/');
}

/** Messages about the file itself (a parse failure) are never suppressed. */
function suppressible(message: LintMessage): message is LintMessage & { ruleId: string } {
  return message.ruleId !== null && !message.fatal;
}

function sum(texts: Record<string, number>): number {
  let total = 0;
  for (const times of Object.values(texts)) total += times;
  return total;
}

/** What this run found, in the suppressions shape (every entry has texts). */
export function countFindings(results: readonly LintResult[], baseDir: string, onlyRules?: ReadonlySet<string>): Suppressions {
  const found: Suppressions = {};
  for (const result of results) {
    const path = suppressionPath(result.filePath, baseDir);
    if (path === null) continue;
    const textOf = flaggedTextReader(result.source);
    const rules: Record<string, RuleSuppression> = {};
    for (const message of result.messages) {
      if (!suppressible(message) || (onlyRules && !onlyRules.has(message.ruleId))) continue;
      const entry = (rules[message.ruleId] ??= { count: 0, texts: {} });
      const texts = entry.texts as Record<string, number>;
      const text = textOf(message);
      texts[text] = (texts[text] ?? 0) + 1;
      entry.count++;
    }
    found[path] = rules;
  }
  return found;
}

function recount(result: LintResult, messages: LintMessage[]): LintResult {
  const counted: LintResult = { ...result, messages, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const message of messages) {
    if (message.severity === 2) {
      counted.errorCount++;
      if (message.fix) counted.fixableErrorCount++;
    } else {
      counted.warningCount++;
      if (message.fix) counted.fixableWarningCount++;
    }
  }
  return counted;
}

export interface FilteredRun {
  results: LintResult[];
  /** Findings hidden by the baseline. */
  suppressedCount: number;
  /** Baseline allowance left over in the linted files: findings that were fixed since. */
  unusedCount: number;
}

/** For each file, rule and text, the first `n` findings in document order are hidden. */
export function filterSuppressed(results: readonly LintResult[], suppressions: Suppressions, baseDir: string): FilteredRun {
  const filtered: FilteredRun = { results: [], suppressedCount: 0, unusedCount: 0 };
  for (const result of results) {
    const path = suppressionPath(result.filePath, baseDir);
    const rules = path === null ? undefined : suppressions[path];
    if (!rules) {
      filtered.results.push(result);
      continue;
    }
    // Budgets are copies: the baseline itself is not consumed.
    const budgets = new Map<string, { count: number; texts: Map<string, number> | null }>();
    for (const [ruleId, entry] of Object.entries(rules)) {
      budgets.set(ruleId, { count: entry.count, texts: entry.texts ? new Map(Object.entries(entry.texts)) : null });
    }
    const textOf = flaggedTextReader(result.source);
    const kept = result.messages.filter((message) => {
      const budget = suppressible(message) ? budgets.get(message.ruleId) : undefined;
      if (!budget) return true;
      if (budget.texts) {
        const text = textOf(message);
        const left = budget.texts.get(text) ?? 0;
        if (left <= 0) return true;
        budget.texts.set(text, left - 1);
      } else {
        if (budget.count <= 0) return true;
        budget.count--;
      }
      filtered.suppressedCount++;
      return false;
    });
    for (const budget of budgets.values()) {
      if (budget.texts) for (const left of budget.texts.values()) filtered.unusedCount += left;
      else filtered.unusedCount += budget.count;
    }
    filtered.results.push(kept.length === result.messages.length ? result : recount(result, kept));
  }
  return filtered;
}

/**
 * --suppress-all (no `onlyRules`) or --suppress-rule: the linted files'
 * entries (for those rules) become what was found now; everything else stays.
 */
export function replaceWithFindings(
  existing: Suppressions,
  found: Suppressions,
  onlyRules?: ReadonlySet<string>,
): Suppressions {
  const next: Suppressions = structuredClone(existing);
  for (const [path, foundRules] of Object.entries(found)) {
    const kept: Record<string, RuleSuppression> = {};
    for (const [ruleId, entry] of Object.entries(next[path] ?? {})) {
      if (onlyRules && !onlyRules.has(ruleId)) kept[ruleId] = entry;
    }
    next[path] = { ...kept, ...foundRules };
  }
  return next;
}

/**
 * --prune-suppressions: in the linted files no entry may allow more than now
 * occurs; files listed in `goneFiles` (deleted since) are dropped.
 */
export function pruneSuppressions(existing: Suppressions, found: Suppressions, goneFiles: ReadonlySet<string>): Suppressions {
  const next: Suppressions = {};
  for (const [path, rules] of Object.entries(existing)) {
    if (goneFiles.has(path)) continue;
    const foundRules = found[path];
    if (!foundRules) {
      next[path] = structuredClone(rules);
      continue;
    }
    const pruned: Record<string, RuleSuppression> = {};
    for (const [ruleId, entry] of Object.entries(rules)) {
      const now = foundRules[ruleId];
      if (entry.texts) {
        const texts: Record<string, number> = {};
        for (const [text, times] of Object.entries(entry.texts)) {
          const left = Math.min(times, now?.texts?.[text] ?? 0);
          if (left > 0) texts[text] = left;
        }
        if (sum(texts) > 0) pruned[ruleId] = { count: sum(texts), texts };
      } else {
        const left = Math.min(entry.count, now?.count ?? 0);
        if (left > 0) pruned[ruleId] = { count: left };
      }
    }
    next[path] = pruned;
  }
  return next;
}
