/**
 * GitLab Code Quality report (a JSON array of issues), which merge requests
 * show as a quality widget and inline diff annotations.
 */
import { createHash } from 'node:crypto';
import { createLineIndex } from '../article/lines.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { messageWithSuggestions, ruleIdOf } from './message-text.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

interface CodeQualityIssue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'minor' | 'major';
  location: { path: string; lines: { begin: number; end: number } };
}

/** The text a finding points at, when the source is at hand; the message otherwise. */
function flaggedText(message: LintMessage, source: string | undefined, lines: ReturnType<typeof createLineIndex> | null): string {
  if (source === undefined || lines === null) return message.message;
  const start = lines.offsetAt({ line: message.line, column: message.column });
  const end = lines.offsetAt({ line: message.endLine, column: message.endColumn });
  return end > start ? source.slice(start, end) : message.message;
}

/** The end is exclusive: a range ending at column 1 ends on the line before. */
function lastLine(message: LintMessage): number {
  const end = message.endColumn > 1 ? message.endLine : message.endLine - 1;
  return Math.max(message.line, end);
}

/**
 * GitLab matches issues across pipelines by fingerprint, so it must survive
 * edits elsewhere in the file: hash path, rule and flagged text (not the line),
 * plus how many times that same triple came before, so repeats stay distinct.
 */
function issuesFor(result: LintResult, cwd: string): CodeQualityIssue[] {
  const path = displayPath(result.filePath, cwd);
  const lines = result.source === undefined ? null : createLineIndex(result.source);
  const occurrences = new Map<string, number>();
  return result.messages.map((message) => {
    const rule = ruleIdOf(message);
    const key = JSON.stringify([path, rule, flaggedText(message, result.source, lines)]);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      type: 'issue',
      description: messageWithSuggestions(message),
      check_name: rule,
      fingerprint: createHash('sha256').update(`${key}#${occurrence}`).digest('hex'),
      severity: message.severity === 2 ? 'major' : 'minor',
      location: { path, lines: { begin: message.line, end: lastLine(message) } },
    };
  });
}

export const gitlab: Formatter = (results, context) =>
  `${JSON.stringify(results.flatMap((result) => issuesFor(result, context.cwd)), null, 2)}\n`;
