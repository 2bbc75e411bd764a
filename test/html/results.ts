/** Hand-made LintResults for formatter tests: findings named by the text they point at. */
import { createLineIndex } from '../../src/article/lines.js';
import type { LintMessage, LintResult, SeverityLevel } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/format/types.js';

export interface FindingSpec {
  ruleId: string | null;
  severity?: SeverityLevel;
  /** The text the finding covers (its first occurrence at or after `from`). */
  text: string;
  from?: number;
  message?: string;
  suggestion?: string;
}

export function resultFor(filePath: string, source: string, specs: FindingSpec[], extra: Record<string, unknown> = {}): LintResult {
  const lines = createLineIndex(source);
  const messages = specs.map((spec): LintMessage => {
    const start = source.indexOf(spec.text, spec.from ?? 0);
    if (start < 0) throw new Error(`not in source: ${spec.text}`);
    const from = lines.positionAt(start);
    const to = lines.positionAt(start + spec.text.length);
    return {
      ruleId: spec.ruleId,
      severity: spec.severity ?? 1,
      message: spec.message ?? `Finding on "${spec.text}".`,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      ...(spec.suggestion ? { suggestions: [{ desc: spec.suggestion, fix: { range: [start, start + spec.text.length] as [number, number], text: 'x' } }] } : {}),
    };
  });
  const errorCount = messages.filter((message) => message.severity === 2).length;
  return {
    filePath,
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source,
    ...extra,
  };
}

export const context: FormatContext = {
  cwd: '/articles',
  color: false,
  version: '9.9.9',
  rulesMeta: {
    'unsourced-claim': { id: 'unsourced-claim', description: 'Claims with no source <b>bold</b>.', defaultSeverity: 'warn', docs: 'docs/rules/unsourced-claim.md' },
    'unhedged-efficacy': { id: 'unhedged-efficacy', description: 'Overstated efficacy.', defaultSeverity: 'warn', docs: 'docs/rules/unhedged-efficacy.md' },
    'dangling-citation': { id: 'dangling-citation', description: 'Citations to nothing.', defaultSeverity: 'error', docs: 'docs/rules/dangling-citation.md' },
  },
};

/** Undo escapeHtml: what a browser would show for a text node. */
export function unescape(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The article text of the section for `displayPath`, with the marks removed. */
export function renderedText(page: string, fileIndex: number): string {
  const section = page.indexOf(`id="file-${fileIndex}"`);
  const start = page.indexOf('<div class="text">', section) + '<div class="text">'.length;
  const end = page.indexOf('</div>', start);
  return unescape(page.slice(start, end).replace(/<mark [^>]*>|<\/mark>/g, ''));
}

/** Each mark's attributes and inner text, in order. */
export function marks(page: string): Array<{ attributes: string; text: string }> {
  return [...page.matchAll(/<mark ([^>]*)>([^<]*)<\/mark>/g)].map((match) => ({
    attributes: match[1] ?? '',
    text: unescape(match[2] ?? ''),
  }));
}
