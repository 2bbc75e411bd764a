/**
 * Run configured rules over one Article and turn their reports into
 * positioned, filtered, sorted messages.
 */
import type { Article, Range } from '../article/types.js';
import { applyDirectives, parseDirectives } from './directives.js';
import type { LintMessage, Report, Rule, SeverityLevel } from './types.js';

export interface ConfiguredRule {
  rule: Rule;
  severity: 'warn' | 'error';
  options: Record<string, unknown>;
}

export interface RunOptions {
  /** Report disable directives that silence nothing, at this severity. */
  reportUnusedDirectives?: 'warn' | 'error' | 'off';
}

export function severityLevel(severity: 'warn' | 'error'): SeverityLevel {
  return severity === 'error' ? 2 : 1;
}

function clampRange(range: Range, length: number): Range {
  const start = Math.max(0, Math.min(Number.isFinite(range.start) ? range.start : 0, length));
  const end = Math.max(start, Math.min(Number.isFinite(range.end) ? range.end : start, length));
  return { start, end };
}

export function toMessage(
  article: Article,
  ruleId: string | null,
  severity: SeverityLevel,
  report: Pick<Report, 'message' | 'range' | 'fix' | 'suggestions'>,
): LintMessage {
  const range = clampRange(report.range, article.source.length);
  const start = article.lines.positionAt(range.start);
  const end = article.lines.positionAt(range.end);
  const message: LintMessage = {
    ruleId,
    severity,
    message: report.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (report.fix) message.fix = report.fix;
  if (report.suggestions && report.suggestions.length > 0) message.suggestions = report.suggestions;
  return message;
}

/** Rule ids as medlint's own are spelt; among these, code-unit order is the order localeCompare gives. */
const PLAIN_ID = /^[a-z0-9-]*$/;

/**
 * Rule ids in locale order. Plain ids skip localeCompare: its first call sets up the ICU
 * collator, ~15 ms of a one-file run.
 */
function compareRuleIds(a: string, b: string): number {
  if (a === b) return 0;
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareRuleIds(a.ruleId ?? '', b.ruleId ?? '')
  );
}

export function runRules(article: Article, rules: ConfiguredRule[], options: RunOptions = {}): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const { rule, severity, options: ruleOptions } of rules) {
    const level = severityLevel(severity);
    const id = rule.meta.id;
    try {
      rule.check(article, {
        options: ruleOptions,
        report(report) {
          messages.push(toMessage(article, id, level, report));
        },
      });
    } catch (error) {
      // A broken (often user-written) rule must not hide every other finding.
      const reason = error instanceof Error ? error.message : String(error);
      messages.push({
        ...toMessage(article, id, 2, { message: `Rule "${id}" failed: ${reason}`, range: { start: 0, end: 0 } }),
        fatal: true,
      });
    }
  }
  messages.sort(compareMessages);

  const directives = parseDirectives(article);
  const { kept, unused } = applyDirectives(messages, directives);
  const reportUnused = options.reportUnusedDirectives ?? 'off';
  if (reportUnused !== 'off') {
    for (const directive of unused) {
      const which = directive.ruleIds.length > 0 ? ` for ${directive.ruleIds.join(', ')}` : '';
      kept.push(
        toMessage(article, null, severityLevel(reportUnused), {
          message: `Unused medlint-${directive.kind} directive${which}: nothing was reported there. Remove it.`,
          range: directive.comment.range,
        }),
      );
    }
    kept.sort(compareMessages);
  }
  return kept;
}
