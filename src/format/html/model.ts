/**
 * Results → what the page shows: files worst first, each finding with its
 * source offsets, rules with their colour and counts. Pure data, no HTML.
 */
import { relative } from 'node:path';
import { createLineIndex } from '../../article/lines.js';
import type { LintMessage, LintResult, SeverityLevel } from '../../engine/types.js';
import type { FormatContext } from '../types.js';
import { evidenceColumns, readEvidence, type EvidenceCell, type EvidenceColumn } from './evidence.js';

/** Distinct rule colours the stylesheet defines (`--r0` … `--r9`); more rules reuse them. */
export const PALETTE_SIZE = 10;

/** The class that carries a palette colour: `c0`…`c9`, or `cx` for messages from no rule. */
export function colourClass(colour: number): string {
  return colour < 0 ? 'cx' : `c${colour}`;
}

export interface FindingView {
  /** 1-based, the number shown beside the highlight and in the list. */
  number: number;
  ruleId: string | null;
  /** Index into the palette; -1 for messages that come from no rule. */
  colour: number;
  severity: SeverityLevel;
  message: string;
  suggestions: string[];
  line: number;
  column: number;
  /** UTF-16 offsets into the file's source, end exclusive; null without source. */
  range: { start: number; end: number } | null;
}

export interface FileView {
  /** Stable anchor number (position in the input). */
  index: number;
  displayPath: string;
  source: string | null;
  findings: FindingView[];
  errorCount: number;
  warningCount: number;
  evidence: EvidenceCell[] | null;
}

export interface RuleView {
  id: string | null;
  colour: number;
  description: string;
  errors: number;
  warnings: number;
}

export interface ReportModel {
  /** Worst first: most errors, then most warnings, then by path. */
  files: FileView[];
  rules: RuleView[];
  evidenceColumns: EvidenceColumn[];
  totals: { files: number; filesWithFindings: number; errors: number; warnings: number };
  version: string;
}

function displayPath(filePath: string, cwd: string): string {
  const name = relative(cwd, filePath);
  return name && !name.startsWith('..') ? name : filePath;
}

/**
 * Colours go to the rules that have findings in this report, in the run's
 * rule order, so up to PALETTE_SIZE rules never share a colour.
 */
function colourAssigner(results: LintResult[], ruleOrder: string[]): (ruleId: string | null) => number {
  const present = new Set<string>();
  for (const result of results) for (const message of result.messages) if (message.ruleId !== null) present.add(message.ruleId);
  const rank = (id: string): number => {
    const known = ruleOrder.indexOf(id);
    return known >= 0 ? known : ruleOrder.length;
  };
  const ordered = [...present].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const colours = new Map(ordered.map((id, index) => [id, index % PALETTE_SIZE]));
  return (ruleId) => (ruleId === null ? -1 : (colours.get(ruleId) ?? 0));
}

function findingRange(message: LintMessage, lines: ReturnType<typeof createLineIndex> | null): FindingView['range'] {
  if (!lines) return null;
  const start = lines.offsetAt({ line: message.line, column: message.column });
  const end = lines.offsetAt({ line: message.endLine, column: message.endColumn });
  return { start, end: Math.max(start, end) };
}

export function buildReportModel(results: LintResult[], context: FormatContext): ReportModel {
  const colourOf = colourAssigner(results, Object.keys(context.rulesMeta));
  const rules = new Map<string | null, RuleView>();
  const totals = { files: results.length, filesWithFindings: 0, errors: 0, warnings: 0 };

  const files = results.map((result, index): FileView => {
    const source = typeof result.source === 'string' ? result.source : null;
    const lines = source === null ? null : createLineIndex(source);
    const messages = [...result.messages].sort((a, b) => a.line - b.line || a.column - b.column);
    const findings = messages.map((message, position): FindingView => {
      const colour = colourOf(message.ruleId);
      let rule = rules.get(message.ruleId);
      if (!rule) {
        const description = message.ruleId ? (context.rulesMeta[message.ruleId]?.description ?? '') : 'Problems with the file itself';
        rule = { id: message.ruleId, colour, description, errors: 0, warnings: 0 };
        rules.set(message.ruleId, rule);
      }
      if (message.severity === 2) rule.errors++;
      else rule.warnings++;
      return {
        number: position + 1,
        ruleId: message.ruleId,
        colour,
        severity: message.severity,
        message: message.message,
        suggestions: (message.suggestions ?? []).map((suggestion) => suggestion.desc),
        line: message.line,
        column: message.column,
        range: findingRange(message, lines),
      };
    });
    const errorCount = findings.filter((finding) => finding.severity === 2).length;
    const warningCount = findings.length - errorCount;
    totals.errors += errorCount;
    totals.warnings += warningCount;
    if (findings.length > 0) totals.filesWithFindings++;
    const evidence = readEvidence(result.evidence);
    return { index, displayPath: displayPath(result.filePath, context.cwd), source, findings, errorCount, warningCount, evidence };
  });

  files.sort(
    (a, b) =>
      b.errorCount - a.errorCount ||
      b.warningCount - a.warningCount ||
      (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0),
  );
  const ruleList = [...rules.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.colour - b.colour);
  return {
    files,
    rules: ruleList,
    evidenceColumns: evidenceColumns(files.map((file) => file.evidence)),
    totals,
    version: context.version,
  };
}
