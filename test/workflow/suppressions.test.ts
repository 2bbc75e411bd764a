/** Bulk suppressions: the baseline arithmetic, the file, and the CLI end to end. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import {
  applySuppressions,
  countFindings,
  filterSuppressed,
  normaliseFlaggedText,
  pruneSuppressions,
  readSuppressions,
  replaceWithFindings,
  serialiseSuppressions,
  SuppressionsError,
  type Suppressions,
} from '../../src/suppressions/index.js';
import { runCli, tempTree } from '../cli/run-cli.js';

/** A result whose messages flag the given substrings of `source` (each occurrence in order). */
function resultFor(filePath: string, source: string, flags: [ruleId: string, text: string, severity?: 1 | 2][]): LintResult {
  const messages: LintMessage[] = [];
  // Repeated texts flag successive occurrences.
  const searchFrom = new Map<string, number>();
  for (const [ruleId, text, severity = 2] of flags) {
    const start = source.indexOf(text, searchFrom.get(text) ?? 0);
    if (start < 0) throw new Error(`"${text}" not in source`);
    searchFrom.set(text, start + 1);
    const position = (offset: number): { line: number; column: number } => {
      const before = source.slice(0, offset).split('\n');
      return { line: before.length, column: (before.at(-1) as string).length + 1 };
    };
    const begin = position(start);
    const end = position(start + text.length);
    messages.push({ ruleId, severity, message: `flagged by ${ruleId}`, line: begin.line, column: begin.column, endLine: end.line, endColumn: end.column });
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return { filePath, messages, errorCount, warningCount: messages.length - errorCount, fixableErrorCount: 0, fixableWarningCount: 0, source };
}

describe('normaliseFlaggedText', () => {
  it('ignores re-wrapping and indentation, not wording or case', () => {
    expect(normaliseFlaggedText('  Zinc cures\n   colds. ')).toBe('Zinc cures colds.');
    expect(normaliseFlaggedText('Zinc cures colds.')).not.toBe(normaliseFlaggedText('zinc cures colds.'));
  });

  it('shortens very long texts to a readable start and a hash of the whole', () => {
    const long = 'word '.repeat(200);
    const key = normaliseFlaggedText(long);
    expect(key.length).toBeLessThan(270);
    expect(key).toMatch(/^word word .*… #[0-9a-f]{16}$/);
    expect(normaliseFlaggedText(`${long}more`)).not.toBe(key);
  });
});

describe('baseline arithmetic', () => {
  const base = '/site';
  const source = '# Zinc\n\nZinc cures colds [4]. It is proven [5].\n\nAgain [4].\n';
  const found = [
    resultFor('/site/a.md', source, [
      ['dangling-citation', '[4]'],
      ['dangling-citation', '[5]'],
      ['dangling-citation', '[4]'],
      ['unhedged-efficacy', 'cures', 1],
    ]),
  ];

  it('counts findings per file, rule and flagged text', () => {
    expect(countFindings(found, base)).toEqual({
      'a.md': {
        'dangling-citation': { count: 3, texts: { '[4]': 2, '[5]': 1 } },
        'unhedged-efficacy': { count: 1, texts: { cures: 1 } },
      },
    });
    expect(Object.keys(countFindings(found, base, new Set(['unhedged-efficacy']))['a.md'] ?? {})).toEqual(['unhedged-efficacy']);
  });

  it('hides the first n occurrences of each key and recounts', () => {
    const baseline: Suppressions = { 'a.md': { 'dangling-citation': { count: 1, texts: { '[4]': 1 } } } };
    const run = filterSuppressed(found, baseline, base);
    const result = run.results[0] as LintResult;
    expect(result.messages.map((m) => `${m.line}:${m.column}`)).toEqual(['3:6', '3:36', '5:7']);
    expect(result.errorCount).toBe(2);
    expect(result.warningCount).toBe(1);
    expect(run.suppressedCount).toBe(1);
    expect(run.unusedCount).toBe(0);
  });

  it('follows text that moved to another line', () => {
    const baseline = countFindings(found, base);
    const shifted = resultFor('/site/a.md', `# Zinc\n\nNew intro.\n\nMore.\n\n${source.slice(8)}`, [
      ['dangling-citation', '[4]'],
      ['dangling-citation', '[5]'],
      ['dangling-citation', '[4]'],
      ['unhedged-efficacy', 'cures', 1],
    ]);
    const run = filterSuppressed([shifted], baseline, base);
    expect(run.results[0]?.messages).toEqual([]);
    expect(run.results[0]?.errorCount).toBe(0);
  });

  it('reports what goes beyond the baseline and counts what is left over', () => {
    const baseline: Suppressions = {
      'a.md': { 'dangling-citation': { count: 4, texts: { '[4]': 1, '[9]': 2 } } },
      'other.md': { 'dangling-citation': { count: 7, texts: { '[1]': 7 } } },
    };
    const run = filterSuppressed(found, baseline, base);
    expect(run.results[0]?.messages.map((m) => m.ruleId)).toEqual(['unhedged-efficacy', 'dangling-citation', 'dangling-citation']);
    // Only files this run linted count as unused: other.md was not linted.
    expect(run.unusedCount).toBe(2);
  });

  it("treats an entry with only a count as ESLint does: the rule's first n findings", () => {
    const run = filterSuppressed(found, { 'a.md': { 'dangling-citation': { count: 2 } } }, base);
    expect(run.results[0]?.messages.map((m) => `${m.ruleId} ${m.line}`)).toEqual(['unhedged-efficacy 3', 'dangling-citation 5']);
  });

  it('never hides fatal messages or messages without a rule, and skips stdin', () => {
    const fatal = resultFor('/site/a.md', source, [['dangling-citation', '[4]']]);
    fatal.messages = [{ ...(fatal.messages[0] as LintMessage), fatal: true }];
    const stdin = { ...resultFor('/site/a.md', source, [['dangling-citation', '[4]']]), filePath: '<text>' };
    const baseline: Suppressions = { 'a.md': { 'dangling-citation': { count: 1 } }, '<text>': { 'dangling-citation': { count: 1 } } };
    expect(filterSuppressed([fatal, stdin], baseline, base).results.map((r) => r.messages.length)).toEqual([1, 1]);
  });

  it('--suppress-rule replaces only that rule in the linted files', () => {
    const existing: Suppressions = {
      'a.md': { 'unhedged-efficacy': { count: 9, texts: { old: 9 } }, 'unsourced-claim': { count: 1, texts: { x: 1 } } },
      'b.md': { 'unhedged-efficacy': { count: 1, texts: { y: 1 } } },
    };
    const only = new Set(['unhedged-efficacy']);
    expect(replaceWithFindings(existing, countFindings(found, base, only), only)).toEqual({
      'a.md': { 'unhedged-efficacy': { count: 1, texts: { cures: 1 } }, 'unsourced-claim': { count: 1, texts: { x: 1 } } },
      'b.md': { 'unhedged-efficacy': { count: 1, texts: { y: 1 } } },
    });
  });

  it('prunes to what still occurs and drops files that are gone', () => {
    const existing: Suppressions = {
      'a.md': { 'dangling-citation': { count: 6, texts: { '[4]': 5, '[8]': 1 } }, 'unsourced-claim': { count: 3 } },
      'gone.md': { 'dangling-citation': { count: 1 } },
      'not-linted.md': { 'dangling-citation': { count: 1 } },
    };
    expect(pruneSuppressions(existing, countFindings(found, base), new Set(['gone.md']))).toEqual({
      'a.md': { 'dangling-citation': { count: 2, texts: { '[4]': 2 } } },
      'not-linted.md': { 'dangling-citation': { count: 1 } },
    });
  });

  it('serialises sorted, without empty entries', () => {
    const text = serialiseSuppressions({
      'b.md': { z: { count: 1, texts: { q: 1, a: 0 } }, a: { count: 0 } },
      'a.md': {},
    });
    expect(text).toBe('{\n  "b.md": {\n    "z": {\n      "count": 1,\n      "texts": {\n        "q": 1\n      }\n    }\n  }\n}\n');
  });
});

describe('applySuppressions', () => {
  it('keys findings by the file text when the run dropped the source, and hands results back without it', async () => {
    const source = '# Zinc\n\nZinc may shorten colds [4].\n';
    const root = tempTree({ 'a.md': source });
    const withSource = resultFor(join(root, 'a.md'), source, [['dangling-citation', '[4]']]);
    const { source: _dropped, ...withoutSource } = withSource;

    const recorded = await applySuppressions([withoutSource], { cwd: root, suppressAll: true });
    expect(recorded.results[0]?.messages).toEqual([]);
    expect(recorded.results[0] && 'source' in recorded.results[0]).toBe(false);
    expect(JSON.parse(readFileSync(join(root, 'medlint-suppressions.json'), 'utf8'))).toEqual({
      'a.md': { 'dangling-citation': { count: 1, texts: { '[4]': 1 } } },
    });
    // A run that kept the source matches the same key.
    expect((await applySuppressions([withSource], { cwd: root })).results[0]?.messages).toEqual([]);
  });

  it('does nothing without a baseline file or a flag to write one', async () => {
    const root = tempTree({});
    const results = [resultFor(join(root, 'a.md'), 'x [4]', [['dangling-citation', '[4]']])];
    expect(await applySuppressions(results, { cwd: root })).toEqual({ results, notes: [] });
    expect(existsSync(join(root, 'medlint-suppressions.json'))).toBe(false);
  });
});

describe('readSuppressions', () => {
  it('is null when there is no file, and names the file and key when it is malformed', async () => {
    const root = tempTree({
      'bad-json.json': '{',
      'bad-shape.json': JSON.stringify({ 'a.md': { 'some-rule': { count: -1 } } }),
      'bad-texts.json': JSON.stringify({ 'a.md': { 'some-rule': { count: 1, texts: { x: 'one' } } } }),
    });
    expect(await readSuppressions(join(root, 'none.json'))).toBeNull();
    await expect(readSuppressions(join(root, 'bad-json.json'))).rejects.toThrow(/bad-json\.json is not valid JSON/);
    await expect(readSuppressions(join(root, 'bad-shape.json'))).rejects.toThrow(SuppressionsError);
    await expect(readSuppressions(join(root, 'bad-shape.json'))).rejects.toThrow(/"a\.md" › "some-rule": "count"/);
    await expect(readSuppressions(join(root, 'bad-texts.json'))).rejects.toThrow(/"texts" › "x"/);
  });
});

describe('medlint --suppress-all and later runs', () => {
  const config = JSON.stringify({ root: true, rules: { 'dangling-citation': 'error', 'unused-reference': 'warn' } });
  const legacy = [
    '# Zinc lozenges',
    '',
    'Zinc lozenges may shorten colds by about a day [1].',
    'Higher doses may upset the stomach [4].',
    '',
    '## References',
    '',
    '1. Hemila H. Zinc lozenges and the common cold. J R Soc Med Open. 2017;8(5).',
    '2. An entry nothing cites. 2019.',
    '',
  ].join('\n');

  function site(): string {
    return tempTree({ '.medlintrc.json': config, 'articles/zinc.md': legacy, 'articles/other.md': legacy.replace('[4]', '[7]') });
  }

  it('records every finding, then passes until something new appears', () => {
    const root = site();
    const before = runCli(['-f', 'compact'], { cwd: root });
    expect(before.code).toBe(1);

    const record = runCli(['--suppress-all'], { cwd: root });
    expect(record.code).toBe(0);
    expect(record.stdout).toBe('');
    expect(record.stderr).toBe('medlint: wrote medlint-suppressions.json\n');
    const written = JSON.parse(readFileSync(join(root, 'medlint-suppressions.json'), 'utf8')) as Suppressions;
    expect(written['articles/zinc.md']?.['dangling-citation']).toEqual({ count: 1, texts: { '[4]': 1 } });
    expect(written['articles/other.md']?.['unused-reference']?.count).toBe(1);

    const clean = runCli([], { cwd: root });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });

    // Lines added above the old findings do not revive them; a new dangling marker is reported alone.
    writeFileSync(
      join(root, 'articles/zinc.md'),
      legacy.replace('# Zinc lozenges\n', '# Zinc lozenges\n\nA new opening paragraph.\n\nAnd a second one [9].\n'),
    );
    const after = runCli(['-f', 'compact', '--max-warnings', '0'], { cwd: root });
    expect(after.code).toBe(1);
    expect(after.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^articles\/zinc\.md:5:\d+: error .*\[9\].*\[dangling-citation\]$/)]);
  });

  it('notes suppressions that no longer occur without failing, and --prune-suppressions drops them', () => {
    const root = site();
    runCli(['--suppress-all'], { cwd: root });
    writeFileSync(join(root, 'articles/zinc.md'), legacy.replace(' [4]', ' [1]'));

    const run = runCli([], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'medlint: 1 suppressed finding in medlint-suppressions.json no longer occurs; run with --prune-suppressions to drop them\n',
    );

    rmSync(join(root, 'articles/other.md'));
    const prune = runCli(['--prune-suppressions'], { cwd: root });
    expect(prune.code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'medlint-suppressions.json'), 'utf8'))).toEqual({
      'articles/zinc.md': { 'unused-reference': { count: 1, texts: { 'An entry nothing cites. 2019.': 1 } } },
    });
    expect(runCli([], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('linting a subset leaves the other files\' entries alone', () => {
    const root = site();
    runCli(['--suppress-all'], { cwd: root });
    const before = readFileSync(join(root, 'medlint-suppressions.json'), 'utf8');
    writeFileSync(join(root, 'articles/zinc.md'), legacy.replace(' [4]', ''));
    expect(runCli(['--prune-suppressions', 'articles/zinc.md'], { cwd: root }).code).toBe(0);
    const after = JSON.parse(readFileSync(join(root, 'medlint-suppressions.json'), 'utf8')) as Suppressions;
    expect(after['articles/other.md']).toEqual((JSON.parse(before) as Suppressions)['articles/other.md']);
    expect(after['articles/zinc.md']?.['dangling-citation']).toBeUndefined();
  });

  it('--suppress-rule records one rule; the others still fail the run', () => {
    const root = site();
    const run = runCli(['--suppress-rule', 'unused-reference', '-f', 'compact'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[dangling-citation]');
    expect(run.stdout).not.toContain('[unused-reference]');
    const written = JSON.parse(readFileSync(join(root, 'medlint-suppressions.json'), 'utf8')) as Suppressions;
    expect(Object.values(written).flatMap((rules) => Object.keys(rules))).toEqual(['unused-reference', 'unused-reference']);
  });

  it('--suppressions-location puts the file elsewhere, with paths relative to it', () => {
    const root = site();
    const run = runCli(['--suppress-all', '--suppressions-location', 'ci/baseline.json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(existsSync(join(root, 'medlint-suppressions.json'))).toBe(false);
    const written = JSON.parse(readFileSync(join(root, 'ci/baseline.json'), 'utf8')) as Suppressions;
    expect(Object.keys(written).sort()).toEqual(['../articles/other.md', '../articles/zinc.md']);
    expect(runCli(['--suppressions-location', 'ci/baseline.json'], { cwd: root }).code).toBe(0);
    // The default location has no file, so nothing is suppressed.
    expect(runCli([], { cwd: root }).code).toBe(1);
  });

  it('a baseline made at the root works from a subfolder via --suppressions-location', () => {
    const root = site();
    runCli(['--suppress-all'], { cwd: root });
    const run = runCli(['--suppressions-location', '../medlint-suppressions.json', '.'], { cwd: join(root, 'articles') });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 for a malformed file or clashing options', () => {
    const root = site();
    writeFileSync(join(root, 'medlint-suppressions.json'), '{"articles/zinc.md": []}');
    const malformed = runCli([], { cwd: root });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^medlint: .*medlint-suppressions\.json: "articles\/zinc\.md": expected an object of rules\n$/);

    const clash = runCli(['--suppress-all', '--prune-suppressions'], { cwd: root });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('medlint: use one of --suppress-all, --prune-suppressions at a time\n');
    const stdin = runCli(['--suppress-all', '--stdin'], { cwd: root, input: 'text' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toBe('medlint: --suppress-all needs files, not --stdin\n');
  });
});
