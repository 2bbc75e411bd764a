import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli, tempTree } from './run-cli.js';

const onlyDangling = JSON.stringify({ root: true, rules: { 'dangling-citation': 'error' } });
const onlyUnused = JSON.stringify({ root: true, rules: { 'unused-reference': 'warn' } });

const cited = [
  '# Zinc lozenges',
  '',
  'Zinc lozenges may shorten colds by about a day [1].',
  '',
  '## References',
  '',
  '1. Hemila H. Zinc lozenges and the common cold. J R Soc Med Open. 2017;8(5). doi:10.1177/2054270417694291',
  '',
].join('\n');

const dangling = [
  '# Zinc lozenges',
  '',
  'Zinc lozenges may shorten colds by about a day [1].',
  'Higher doses may upset the stomach [4].',
  '',
  '## References',
  '',
  '1. Hemila H. Zinc lozenges and the common cold. J R Soc Med Open. 2017;8(5).',
  '',
].join('\n');

describe('exit codes', () => {
  it('0 for a clean article', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': cited });
    const run = runCli(['zinc.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('1 for a lint error, with file, position, message and rule', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': dangling });
    const run = runCli(['zinc.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('zinc.md');
    expect(run.stdout).toMatch(/4:36\s+error\s+.*\[4\].*dangling-citation/);
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('2 for a missing file, naming it, while other files are still linted', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': dangling });
    const run = runCli(['nope.md', 'zinc.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.md');
    expect(run.stdout).toContain('dangling-citation');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('2 for an unknown option or format, without a stack trace', () => {
    expect(runCli(['--no-such-flag']).code).toBe(2);
    const run = runCli(['--format', 'xml', 'fixtures/examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"');
  });

  it('2 for a config with an unknown rule, naming file and key', () => {
    const dir = tempTree({
      '.medlintrc.json': JSON.stringify({ rules: { 'unsorced-claim': 'warn' } }),
      'zinc.md': cited,
    });
    const run = runCli(['zinc.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.medlintrc.json');
    expect(run.stderr).toContain('unsorced-claim');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('warnings pass unless --max-warnings is exceeded; --quiet hides them', () => {
    const withUnused = `${cited}2. Smith J. Something uncited. 2019.\n`;
    const dir = tempTree({ '.medlintrc.json': onlyUnused, 'zinc.md': withUnused });
    expect(runCli(['zinc.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['zinc.md', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    const quiet = runCli(['zinc.md', '--quiet'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
  });
});

describe('formats and input', () => {
  it('json is ESLint-shaped', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': dangling });
    const run = runCli(['zinc.md', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(results[0].filePath).toBe(join(dir, 'zinc.md'));
    expect(results[0].messages[0]).toEqual({
      ruleId: 'dangling-citation',
      severity: 2,
      message: expect.stringContaining('[4]'),
      line: 4,
      column: 36,
      endLine: 4,
      endColumn: 39,
    });
  });

  it('--output-file writes the report', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': dangling });
    const run = runCli(['zinc.md', '-f', 'json', '-o', 'out/report.json'], { cwd: tempTree({}) });
    expect(run.code).toBe(2); // zinc.md is not in that folder
    const ok = runCli(['zinc.md', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(ok.code).toBe(1);
    expect(ok.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  it('--stdin with --stdin-filename picks the format and config', () => {
    const dir = tempTree({ '.medlintrc.json': onlyDangling });
    const run = runCli(['--stdin', '--stdin-filename', 'draft.md', '-f', 'json'], { cwd: dir, input: dangling });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('dangling-citation');
  });

  it('walks directories for .md, .markdown and .txt, skipping node_modules and .medlintignore entries', () => {
    const dir = tempTree({
      '.medlintrc.json': onlyDangling,
      'a/one.md': dangling,
      'a/two.markdown': dangling,
      'a/three.txt': 'Zinc\nZinc may help [2].\n',
      'a/notes.html': dangling,
      'node_modules/x/readme.md': dangling,
      'skip/four.md': dangling,
      '.medlintignore': 'skip/\n',
    });
    const run = runCli(['.', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(files.sort()).toEqual(['a/one.md', 'a/three.txt', 'a/two.markdown']);
  });
});

describe('directives', () => {
  it('disable-next-line and disable/enable silence findings; unused ones can be reported', () => {
    const text = [
      '# Zinc',
      '',
      '<!-- medlint-disable-next-line dangling-citation -->',
      'Zinc may help [7].',
      '',
      '<!-- medlint-disable -->',
      'Zinc may help [8].',
      '<!-- medlint-enable -->',
      '',
      'Zinc may help [9].',
      '',
      '<!-- medlint-disable-next-line unused-reference -->',
      'Nothing here.',
      '',
    ].join('\n');
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'z.md': text });
    const run = runCli(['z.md', '-f', 'json', '--report-unused-directives'], { cwd: dir });
    const messages = JSON.parse(run.stdout)[0].messages;
    expect(messages.map((m: { line: number; ruleId: string | null }) => [m.line, m.ruleId])).toEqual([
      [10, 'dangling-citation'],
      [12, null],
    ]);
  });
});

describe('commands', () => {
  it('rules lists every rule with its severities', () => {
    const run = runCli(['rules']);
    expect(run.code).toBe(0);
    for (const id of ['unsourced-claim', 'dangling-citation', 'unused-reference', 'missing-contraindications', 'unhedged-efficacy']) {
      expect(run.stdout).toContain(id);
    }
  });

  it('explain prints the rule page; an unknown rule is exit 2', () => {
    const run = runCli(['explain', 'dangling-citation']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dangling-citation');
    expect(runCli(['explain', 'nope']).code).toBe(2);
  });

  it('init writes a starter config once and never overwrites it', () => {
    const dir = tempTree({});
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const written = readFileSync(join(dir, '.medlintrc.json'), 'utf8');
    expect(JSON.parse(written)).toBeTypeOf('object');
    const again = runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, '.medlintrc.json'), 'utf8')).toBe(written);
  });

  it('--version and --print-config', () => {
    const version = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version;
    expect(runCli(['--version']).stdout.trim()).toBe(version);
    const dir = tempTree({ '.medlintrc.json': onlyDangling, 'zinc.md': cited });
    const printed = JSON.parse(runCli(['--print-config', 'zinc.md'], { cwd: dir }).stdout);
    expect(Object.keys(printed.rules)).toEqual(['dangling-citation']);
  });
});

describe('plugins', () => {
  it('loads the README custom rule from a path in the config', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const code = /## Writing a rule[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    // The README imports 'medlint'; a temp folder can't resolve that, so point it at this checkout.
    const plugin = (code as string).replace("from 'medlint'", `from '${join(projectRoot, 'dist/src/index.js')}'`);
    const dir = tempTree({
      '.medlintrc.json': JSON.stringify({ root: true, plugins: ['./house-style.js'], rules: { 'no-miracle': 'error' } }),
      'house-style.js': plugin,
      'a.md': '# A\n\nThis `miracle` is code, but this miracle is prose.\n',
    });
    const run = runCli(['a.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const messages = JSON.parse(run.stdout)[0].messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'no-miracle', line: 3, column: 34 });
  });
});

const seed = join(projectRoot, '../shared/seeds/ketamine-for-anxiety.txt');
describe.skipIf(!existsSync(seed))('the seed article', () => {
  it('lints with no dangling citations and no missing-contraindications', () => {
    const run = runCli([seed, '-f', 'json', '--no-config']);
    const [result] = JSON.parse(run.stdout);
    const rules = result.messages.map((m: { ruleId: string }) => m.ruleId);
    expect(rules).not.toContain('dangling-citation');
    expect(rules).not.toContain('missing-contraindications');
    expect(rules).not.toContain('unused-reference');
  });
});
