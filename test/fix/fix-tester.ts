/**
 * ESLint-style fix tables: run rules through the real engine (parse → Article
 * → rules → fix loop) and compare messages and fixed output.
 */
import type { Format } from '../../src/article/types.js';
import { lintText } from '../../src/engine/lint.js';
import type { ConfiguredRule } from '../../src/engine/run-rules.js';
import type { LintResult, Rule } from '../../src/engine/types.js';

export interface FixRun {
  format?: Format;
  options?: Record<string, unknown>;
}

export function configured(rule: Rule<any>, options: Record<string, unknown> = {}): ConfiguredRule {
  return { rule: rule as Rule, severity: 'warn', options: { ...rule.defaultOptions, ...options } };
}

function filePathFor(format: Format): string {
  return format === 'text' ? 'article.txt' : 'article.md';
}

/** Messages of one unfixed run. */
export function lintWith(rules: ConfiguredRule[], source: string, format: Format = 'markdown'): LintResult {
  return lintText(source, { filePath: filePathFor(format), format, rules });
}

/** The text after the fix loop (the source itself when nothing changed). */
export function fixWith(rules: ConfiguredRule[], source: string, format: Format = 'markdown'): string {
  return lintText(source, { filePath: filePathFor(format), format, rules, fix: true }).output ?? source;
}

export function fixOne(rule: Rule<any>, source: string, run: FixRun = {}): string {
  return fixWith([configured(rule, run.options)], source, run.format);
}

export function messagesOf(rule: Rule<any>, source: string, run: FixRun = {}): string[] {
  return lintWith([configured(rule, run.options)], source, run.format).messages.map((message) => message.message);
}
