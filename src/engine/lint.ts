/**
 * One text in, one LintResult out: parse once, build the Article once, run
 * the rules, filter by directives; with fixing on, repeat on the fixed text.
 */
import { buildArticle } from '../article/build.js';
import { hasUnclosedFrontMatter } from '../article/frontmatter.js';
import type { Article, Format } from '../article/types.js';
import { parse } from '../parse/index.js';
import { findParseHazard } from '../parse/limits.js';
import { summariseEvidence } from './evidence.js';
import { applyFixes, fixesOf, MAX_FIX_PASSES } from './fix.js';
import { runRules, type ConfiguredRule, type RunOptions } from './run-rules.js';
import type { LintMessage, LintResult } from './types.js';

export interface LintTextOptions extends RunOptions {
  filePath: string;
  format: Format;
  rules: ConfiguredRule[];
  /** Apply fixes; a predicate chooses which messages' fixes (e.g. by --fix-type). */
  fix?: boolean | ((message: LintMessage) => boolean);
  /** Add the evidence summary (`LintResult.evidence`); default true. Only some reporters print it, and it costs a claim scan. */
  evidence?: boolean;
}

export function analyse(source: string, filePath: string, format: Format): Article {
  return buildArticle({ path: filePath, format, source, tree: parse(source, format) });
}

function frontMatterMessages(article: Article): LintMessage[] {
  if (!article.frontMatter && article.format === 'markdown' && hasUnclosedFrontMatter(article.source)) {
    const message = 'Front matter opened with --- on line 1 is never closed with a --- line: it was read as body text.';
    const fence = article.source.charCodeAt(0) === 0xfeff ? 1 : 0;
    const start = article.lines.positionAt(fence);
    const end = article.lines.positionAt(fence + 3);
    return [{ ruleId: null, severity: 1, message, ...start, endLine: end.line, endColumn: end.column }];
  }
  const error = article.frontMatter?.error;
  if (!error) return [];
  return [
    {
      ruleId: null,
      severity: 1,
      message: `Front matter is not valid ${article.frontMatter?.language === 'toml' ? 'TOML' : 'YAML'} (${error.message}): its fields were ignored.`,
      line: error.line,
      column: error.column,
      endLine: error.line,
      endColumn: error.column,
    },
  ];
}

export function lintArticle(article: Article, options: Omit<LintTextOptions, 'filePath' | 'format' | 'fix'>): LintMessage[] {
  const messages = runRules(article, options.rules, options);
  const fileMessages = frontMatterMessages(article);
  return fileMessages.length > 0 ? [...fileMessages, ...messages] : messages;
}

/** `source` is the text the messages point into; `original` what was read, when fixes changed it. */
export function summarise(filePath: string, messages: LintMessage[], source: string, original: string = source): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source,
  };
  for (const message of messages) {
    if (message.severity === 2) {
      result.errorCount++;
      if (message.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (message.fix) result.fixableWarningCount++;
    }
  }
  if (source !== original) result.output = source;
  return result;
}

function fatalCount(messages: LintMessage[]): number {
  return messages.filter((message) => message.fatal).length;
}

export function lintText(source: string, options: LintTextOptions): LintResult {
  const hazard = findParseHazard(source, options.format);
  if (hazard) {
    const at = { line: hazard.line, column: 1, endLine: hazard.line, endColumn: 1 };
    return summarise(options.filePath, [{ ruleId: null, severity: 2, message: hazard.message, ...at, fatal: true }], source);
  }
  let text = source;
  const first = analyse(text, options.filePath, options.format);
  let messages = lintArticle(first, options);
  if (options.fix) {
    const accept = typeof options.fix === 'function' ? options.fix : undefined;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = fixesOf(messages, accept);
      if (fixes.length === 0) break;
      const { output, applied } = applyFixes(text, fixes);
      if (applied === 0 || output === text) break;
      const next = lintArticle(analyse(output, options.filePath, options.format), options);
      // A pass after which a rule fails on the fixed text is dropped: the text stays as the last good pass left it.
      if (fatalCount(next) > fatalCount(messages)) break;
      text = output;
      messages = next;
    }
  }
  const result = summarise(options.filePath, messages, text, source);
  if (options.evidence === false) return result;
  const article = text === source ? first : analyse(text, options.filePath, options.format);
  return { ...result, evidence: summariseEvidence(article, { today: new Date() }) };
}
