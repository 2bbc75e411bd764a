/** Lint in-process with every built-in rule on, the way the property and size tests need. */
import { builtinRules } from '../../rules/index.js';
import type { Format } from '../../src/article/types.js';
import { lintText } from '../../src/engine/lint.js';
import type { ConfiguredRule } from '../../src/engine/run-rules.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';

export const allRules: ConfiguredRule[] = builtinRules.map((rule) => ({
  rule,
  severity: rule.meta.defaultSeverity,
  options: { ...rule.defaultOptions },
}));

/** Picked up automatically, so rules that gain fixes later are covered too. */
export const fixableRuleIds: string[] = builtinRules.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id);

export function lintAll(source: string, format: Format, fix = false): LintResult {
  return lintText(source, { filePath: format === 'text' ? 'article.txt' : 'article.md', format, rules: allRules, fix });
}

/** Line contents (terminators removed) split exactly as the LineIndex splits: \r\n, \n or a lone \r. */
export function linesOf(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** Why a message's position is invalid for this source, or null when it is fine. */
export function positionProblem(message: LintMessage, lines: string[]): string | null {
  const { line, column, endLine, endColumn } = message;
  if (!(line >= 1 && line <= lines.length)) return `line ${line} outside 1..${lines.length}`;
  if (!(endLine >= line && endLine <= lines.length)) return `endLine ${endLine} outside ${line}..${lines.length}`;
  const startLength = (lines[line - 1] as string).length;
  const endLength = (lines[endLine - 1] as string).length;
  if (!(column >= 1 && column <= startLength + 1)) return `column ${column} outside 1..${startLength + 1} on line ${line}`;
  if (!(endColumn >= 1 && endColumn <= endLength + 1)) return `endColumn ${endColumn} outside 1..${endLength + 1} on line ${endLine}`;
  if (endLine === line && endColumn < column) return `end ${endLine}:${endColumn} before start ${line}:${column}`;
  return null;
}

export function isSorted(messages: LintMessage[]): boolean {
  for (let index = 1; index < messages.length; index++) {
    const previous = messages[index - 1] as LintMessage;
    const current = messages[index] as LintMessage;
    if (current.line < previous.line || (current.line === previous.line && current.column < previous.column)) return false;
  }
  return true;
}
