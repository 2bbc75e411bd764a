import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../cli/run-cli.js';
import { parseXml } from './xml-parse.js';
import { runMultitool, schemaErrors } from './sarif-validator.js';

const config = JSON.stringify({
  root: true,
  rules: { 'dangling-citation': 'error', 'unused-reference': 'warn', 'unhedged-efficacy': 'warn' },
});

const article = [
  '# Zinc lozenges',
  '',
  'Zinc lozenges cure colds [4].',
  '',
  '## References',
  '',
  '1. Hemila H. Zinc lozenges and the common cold. J R Soc Med Open. 2017;8(5).',
  '2. Smith J. Something nobody cites. 2019.',
  '',
].join('\n');

function lintWith(format: string, extra: string[] = []) {
  const dir = tempTree({ '.medlintrc.json': config, 'articles/zinc lozenges.md': article });
  return { dir, run: runCli(['--format', format, ...extra, 'articles'], { cwd: dir }) };
}

describe('CI formats from the command line', () => {
  it('--format sarif writes a log that validates, with paths relative to the working directory', () => {
    const { dir, run } = lintWith('sarif', ['-o', 'report.sarif']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const text = readFileSync(join(dir, 'report.sarif'), 'utf8');
    const log = JSON.parse(text) as { runs: Array<{ results: Array<{ ruleId: string; locations: unknown[] }>; artifacts: unknown[] }> };
    expect(log.runs[0]!.results.map((result) => result.ruleId).sort()).toContain('dangling-citation');
    expect(log.runs[0]!.artifacts).toEqual([{ location: { uri: 'articles/zinc%20lozenges.md', uriBaseId: '%SRCROOT%' }, sourceLanguage: 'markdown' }]);
    expect(schemaErrors(log)).toEqual([]);
    const findings = runMultitool(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((finding) => finding.level === 'error' || finding.level === 'warning')).toEqual([]);
  }, 120_000);

  it('--format github prints workflow commands', () => {
    const { run } = lintWith('github');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=articles\/zinc lozenges\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=dangling-citation::/m);
    expect(run.stdout.trimEnd().split('\n').every((line) => line.startsWith('::'))).toBe(true);
  });

  it('--format compact prints one line per finding', () => {
    const { run } = lintWith('compact');
    expect(run.stdout).toMatch(/^articles\/zinc lozenges\.md:3:\d+: error .*\[dangling-citation\]$/m);
  });

  it('--format junit prints well-formed XML', () => {
    const { run } = lintWith('junit');
    const root = parseXml(run.stdout);
    expect(root.children[0]!.attributes.name).toBe('articles/zinc lozenges.md');
  });

  it('--format gitlab prints a Code Quality array', () => {
    const { run } = lintWith('gitlab');
    const issues = JSON.parse(run.stdout) as Array<{ check_name: string; location: { path: string } }>;
    expect(issues.map((issue) => issue.check_name)).toContain('dangling-citation');
    expect(issues[0]!.location.path).toBe('articles/zinc lozenges.md');
  });

  it('a clean run still writes a valid, empty report', () => {
    const dir = tempTree({ '.medlintrc.json': JSON.stringify({ root: true, rules: {} }), 'a.md': '# A\n\nText.\n' });
    const sarif = runCli(['--format', 'sarif', 'a.md'], { cwd: dir });
    expect(sarif.code).toBe(0);
    expect(schemaErrors(JSON.parse(sarif.stdout))).toEqual([]);
    expect(runCli(['--format', 'github', 'a.md'], { cwd: dir }).stdout).toBe('');
    expect(parseXml(runCli(['--format', 'junit', 'a.md'], { cwd: dir }).stdout).attributes.failures).toBe('0');
  });
});
