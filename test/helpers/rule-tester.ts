/**
 * Run one rule over a snippet the way the engine does (parse → Article →
 * rule), for valid/invalid tables in rule tests.
 */
import type { Format } from '../../src/article/types.js';
import { analyse } from '../../src/engine/lint.js';
import type { Report, Rule } from '../../src/engine/types.js';

export interface RunRuleOptions {
  format?: Format;
  options?: Record<string, unknown>;
  filePath?: string;
}

export function runRule(rule: Rule<any>, source: string, run: RunRuleOptions = {}): Report[] {
  const format = run.format ?? 'markdown';
  const article = analyse(source, run.filePath ?? (format === 'text' ? 'test.txt' : 'test.md'), format);
  const reports: Report[] = [];
  rule.check(article, {
    options: { ...rule.defaultOptions, ...(run.options ?? {}) },
    report: (report) => reports.push(report),
  });
  return reports;
}

/** The source text each report points at, for readable assertions. */
export function flaggedTexts(rule: Rule<any>, source: string, run: RunRuleOptions = {}): string[] {
  return runRule(rule, source, run).map((report) => source.slice(report.range.start, report.range.end));
}
