/**
 * Run one rule over a snippet the way the engine does (parse → Article →
 * rule), for valid/invalid tables in rule tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Format } from '../../src/article/types.js';
import { analyse } from '../../src/engine/lint.js';
import type { Report, Rule } from '../../src/engine/types.js';

const fixturesRoot = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

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

/**
 * A rule's fixture articles, `fixtures/rules/<id>/<kind>/*`, as
 * `[file, source, format]` rows for `it.each`.
 */
export function ruleFixtures(ruleId: string, kind: 'flag' | 'quiet'): Array<[string, string, Format]> {
  const folder = join(fixturesRoot, ruleId, kind);
  return readdirSync(folder)
    .sort()
    .map((file) => [file, readFileSync(join(folder, file), 'utf8'), file.endsWith('.txt') ? 'text' : 'markdown']);
}
