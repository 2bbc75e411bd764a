/** Results that exercise every formatter: errors, warnings, fixes, suggestions, hostile text, a clean file. */
import { join } from 'node:path';
import type { LintMessage, LintResult, RuleMeta } from '../../src/engine/types.js';
import type { FormatContext } from '../../src/format/types.js';

export const cwd = '/repo';

/** Newlines, `%`, `:`, `,`, markup, quotes, control characters (valid and invalid in XML), emoji, a lone surrogate. */
export const HOSTILE = 'Line one\r\nline two: 100% "sure", <b>bold</b> & \'quoted\'\t\u0007bell\u0000nul \u001b[31m 💊 \ud800 ]]> %0A';

const source = [
  '# Ketamine & anxiety',
  '',
  'Ketamine cures anxiety [4].',
  'It is completely safe.',
  '',
].join('\n');

const cures = source.indexOf('cures');

const messages: LintMessage[] = [
  {
    ruleId: 'dangling-citation',
    severity: 2,
    message: 'Citation [4] points to no reference entry.',
    line: 3,
    column: 24,
    endLine: 3,
    endColumn: 27,
    fix: { range: [source.indexOf(' [4]'), source.indexOf(' [4]') + 4], text: '' },
  },
  {
    ruleId: 'unhedged-efficacy',
    severity: 1,
    message: '"cures" states efficacy as certain.',
    line: 3,
    column: 10,
    endLine: 3,
    endColumn: 15,
    suggestions: [
      { desc: 'Replace "cures" with "may relieve"', fix: { range: [cures, cures + 5], text: 'may relieve' } },
      { desc: 'Replace "cures" with "can ease"', fix: { range: [cures, cures + 5], text: 'can ease' } },
    ],
  },
  {
    ruleId: 'unsourced-claim',
    severity: 1,
    message: HOSTILE,
    line: 4,
    column: 1,
    endLine: 5,
    endColumn: 1,
  },
  // An empty range (an insertion point), from a rule no context knows (a plugin).
  { ruleId: 'house-style/no-miracle', severity: 2, message: 'Empty range.', line: 1, column: 1, endLine: 1, endColumn: 1 },
  // A problem with the file itself has no rule.
  { ruleId: null, severity: 2, message: 'Front matter: bad YAML', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true },
];

function summarise(filePath: string, list: LintMessage[], text: string): LintResult {
  return {
    filePath,
    messages: list,
    errorCount: list.filter((m) => m.severity === 2).length,
    warningCount: list.filter((m) => m.severity === 1).length,
    fixableErrorCount: list.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: list.filter((m) => m.severity === 1 && m.fix).length,
    source: text,
  };
}

/** A hostile file name too: comma, colon, percent, space, `#`. */
export const hostileName = 'news, 50%: a#b.md';

export function sampleResults(): LintResult[] {
  return [
    summarise(join(cwd, 'articles', 'ketamine.md'), messages, source),
    summarise(join(cwd, 'articles', 'clean.txt'), [], 'Clean\n'),
    summarise(join(cwd, hostileName), [{ ...messages[1]!, suggestions: [] }], source),
  ];
}

const meta = (id: string, defaultSeverity: 'warn' | 'error'): RuleMeta => ({
  id,
  description: `Description of ${id}.`,
  defaultSeverity,
  docs: `docs/rules/${id}.md`,
});

export function sampleContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    cwd,
    color: false,
    version: '0.1.0',
    rulesMeta: {
      'dangling-citation': meta('dangling-citation', 'error'),
      'unhedged-efficacy': meta('unhedged-efficacy', 'warn'),
      'unsourced-claim': meta('unsourced-claim', 'warn'),
      'unused-reference': meta('unused-reference', 'warn'),
    },
    ...overrides,
  };
}
