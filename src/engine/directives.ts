/**
 * Inline directives in HTML comments (in Markdown and, on their own line, in
 * plain text):
 *   <!-- medlint-disable [rule ...] -->            until enabled again
 *   <!-- medlint-enable [rule ...] -->
 *   <!-- medlint-disable-next-line [rule ...] -->  the next non-blank line
 *   <!-- medlint-disable-line [rule ...] -->       the comment's own line
 * Rules may be separated by spaces or commas; text after " -- " is a reason.
 */
import type { Article, Comment } from '../article/types.js';
import type { LintMessage } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  ruleIds: string[];
  comment: Comment;
  /** 1-based line and column of the comment's start. */
  line: number;
  column: number;
  /** For line directives: the line they cover. */
  targetLine: number | null;
}

const DIRECTIVE = /^medlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)\s*([^]*)$/;

export function parseDirectives(article: Article): Directive[] {
  const directives: Directive[] = [];
  for (const comment of article.comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const list = (match[2] ?? '').split(/\s--\s/)[0] ?? '';
    const ruleIds = list
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const { line, column } = article.lines.positionAt(comment.range.start);
    const endLine = article.lines.positionAt(comment.range.end).line;
    let targetLine: number | null = null;
    if (kind === 'disable-line') targetLine = line;
    if (kind === 'disable-next-line') targetLine = nextNonBlankLine(article, endLine);
    directives.push({ kind, ruleIds, comment, line, column, targetLine });
  }
  return directives;
}

function nextNonBlankLine(article: Article, afterLine: number): number {
  const { source, lines } = article;
  for (let line = afterLine + 1; line <= lines.lineCount; line++) {
    const start = lines.offsetAt({ line, column: 1 });
    const end = line < lines.lineCount ? lines.offsetAt({ line: line + 1, column: 1 }) : source.length;
    if (source.slice(start, end).trim() !== '') return line;
  }
  return afterLine + 1;
}

function covers(directive: Directive, ruleId: string | null): boolean {
  return directive.ruleIds.length === 0 || (ruleId !== null && directive.ruleIds.includes(ruleId));
}

export interface DirectiveOutcome {
  kept: LintMessage[];
  /** Disable directives that suppressed nothing (for --report-unused-directives). */
  unused: Directive[];
}

/**
 * Drop messages that directives disable. Messages must be sorted by position;
 * one pass over messages with the block directives swept alongside.
 */
export function applyDirectives(messages: LintMessage[], directives: Directive[]): DirectiveOutcome {
  if (directives.length === 0) return { kept: messages, unused: [] };
  const used = new Set<Directive>();
  const lineDirectives = new Map<number, Directive[]>();
  const blockDirectives: Directive[] = [];
  for (const directive of directives) {
    if (directive.targetLine !== null) {
      const list = lineDirectives.get(directive.targetLine) ?? [];
      list.push(directive);
      lineDirectives.set(directive.targetLine, list);
    } else {
      blockDirectives.push(directive);
    }
  }

  // Block state: which disable directive currently silences all rules / each rule.
  let allDisabledBy: Directive | null = null;
  const ruleDisabledBy = new Map<string, Directive>();
  const reEnabled = new Set<string>(); // rules enabled again while "all" is disabled
  let next = 0;
  const kept: LintMessage[] = [];

  for (const message of messages) {
    while (next < blockDirectives.length && isBefore(blockDirectives[next] as Directive, message)) {
      const directive = blockDirectives[next++] as Directive;
      if (directive.kind === 'disable') {
        if (directive.ruleIds.length === 0) {
          allDisabledBy = directive;
          reEnabled.clear();
          ruleDisabledBy.clear();
        } else {
          for (const id of directive.ruleIds) {
            ruleDisabledBy.set(id, directive);
            reEnabled.delete(id);
          }
        }
      } else if (directive.ruleIds.length === 0) {
        allDisabledBy = null;
        ruleDisabledBy.clear();
        reEnabled.clear();
      } else {
        for (const id of directive.ruleIds) {
          ruleDisabledBy.delete(id);
          if (allDisabledBy) reEnabled.add(id);
        }
      }
    }

    let silencer: Directive | undefined;
    for (const directive of lineDirectives.get(message.line) ?? []) {
      if (covers(directive, message.ruleId)) {
        silencer = directive;
        break;
      }
    }
    if (!silencer && message.ruleId !== null) {
      silencer = ruleDisabledBy.get(message.ruleId);
      if (!silencer && allDisabledBy && !reEnabled.has(message.ruleId)) silencer = allDisabledBy;
    }
    if (silencer && !message.fatal) used.add(silencer);
    else kept.push(message);
  }

  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { kept, unused };
}

function isBefore(directive: Directive, message: LintMessage): boolean {
  return directive.line < message.line || (directive.line === message.line && directive.column <= message.column);
}
