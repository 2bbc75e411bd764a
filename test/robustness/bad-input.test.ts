/**
 * Hostile and broken input through the built CLI: every case ends with a
 * clear outcome and the documented exit code, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { binPath, runCli, tempTree, type CliRun } from '../cli/run-cli.js';

const flagged = '# Magnesium\n\nMagnesium cures insomnia in everyone.\n';
const isRoot = process.getuid?.() === 0;
const nobody = 65534;

function lintJson(root: string, args: string[]): CliRun & { results: LintResult[] } {
  const run = runCli(['--no-config', '-f', 'json', ...args], { cwd: root });
  return { ...run, results: run.stdout.trim() ? (JSON.parse(run.stdout) as LintResult[]) : [] };
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

function positions(result: LintResult | undefined): string[] {
  return (result?.messages ?? []).map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
}

describe('empty and near-empty files', () => {
  it('empty, whitespace-only and front-matter-only files: no findings, exit 0', () => {
    const root = tempTree({ 'empty.md': '', 'blank.md': ' \n\t\r\n  \n', 'front.md': '---\ntitle: Magnesium\n---\n', 'empty.txt': '' });
    const run = lintJson(root, ['empty.md', 'blank.md', 'front.md', 'empty.txt']);
    expect(run.code).toBe(0);
    expect(run.results).toHaveLength(4);
    for (const result of run.results) expect(result.messages).toEqual([]);
    expect(run.stderr).toBe('');
  });
});

describe('binary and mis-encoded files', () => {
  it('a NUL-byte file or a known binary type named explicitly is skipped with one warning line naming it', () => {
    const root = tempTree({ 'good.md': flagged });
    writeFileSync(join(root, 'nul.md'), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42, 0x0a]));
    writeFileSync(join(root, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(join(root, 'scan.PDF'), '%PDF-1.4 text-looking bytes');
    const run = lintJson(root, ['good.md', 'nul.md', 'photo.png', 'scan.PDF']);
    expect(run.code).toBeLessThan(2);
    expect(run.results.map((result) => result.filePath)).toEqual([join(root, 'good.md')]);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const name of ['nul.md', 'photo.png', 'scan.PDF']) {
      expect(lines.filter((line) => line.includes(join(root, name)) && /warning.*binary.*skipped/.test(line))).toHaveLength(1);
    }
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning naming the file and line', () => {
    const root = tempTree({});
    writeFileSync(join(root, 'latin1.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nMagnesium cures insomnia in everyone.\n')]));
    const run = lintJson(root, ['latin1.md']);
    expect(run.stderr).toMatch(new RegExp(`${join(root, 'latin1.md')}: invalid UTF-8 at line 1`));
    expect(positions(run.results[0])).toContain('unhedged-efficacy 3:11-3:16');
  });

  it('UTF-8 BOM, UTF-16 LE/BE with BOM, CRLF and lone CR give the same line:column as plain LF', () => {
    const text = '# Magnesium\n\nIt helps. Magnesium cures insomnia in everyone.\n\nMore text here.\n';
    const utf16be = Buffer.from(text, 'utf16le');
    utf16be.swap16();
    const root = tempTree({ 'lf.md': text, 'crlf.md': text.replace(/\n/g, '\r\n'), 'cr.md': text.replace(/\n/g, '\r') });
    writeFileSync(join(root, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(root, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(root, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    const run = lintJson(root, ['lf.md', 'crlf.md', 'cr.md', 'bom.md', 'le.md', 'be.md']);
    expect(run.stderr).toBe('');
    const expected = positions(run.results.find((result) => result.filePath.endsWith('lf.md')));
    expect(expected).toContain('unhedged-efficacy 3:21-3:26');
    for (const result of run.results) expect(positions(result), result.filePath).toEqual(expected);
  });
});

describe('malformed front matter and config', () => {
  it('bad YAML front matter is a warning at its line; an unclosed --- is a warning too; no stack trace', () => {
    const root = tempTree({
      'bad.md': '---\ntitle: Sleep habits\ntags: [sleep\n---\n# Sleep habits\n\nText.\n',
      'unclosed.md': '---\ntitle: Sleep habits\n\n# Sleep habits\n\nText.\n',
    });
    const run = lintJson(root, ['bad.md', 'unclosed.md']);
    expectNoStackTrace(run);
    expect(run.code).toBe(0);
    const [bad, unclosed] = run.results;
    expect(bad?.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 3 });
    expect(bad?.messages[0]?.message).toMatch(/front matter/i);
    expect(unclosed?.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 1 });
    expect(unclosed?.messages[0]?.message).toMatch(/never closed/);
  });

  it('front matter YAML is parsed with the safe schema: tags never run code', () => {
    const marker = join(tempTree({}), 'pwned');
    const root = tempTree({
      'tags.md': `---\ntitle: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"\nother: !<tag:yaml.org,2002:js/undefined> ''\n---\n# T\n\nText.\n`,
    });
    const run = lintJson(root, ['tags.md']);
    expectNoStackTrace(run);
    expect(run.code).toBeLessThan(2);
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ['.medlintrc.json', '{\n  "rules": {\n    "unsourced-claim": \n  }\n}\n', /\.medlintrc\.json.*line 4/],
    ['.medlintrc.yaml', 'rules:\n  unsourced-claim: [warn\n', /\.medlintrc\.yaml.*line 3/],
    ['.medlintrc.yml', 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', /\.medlintrc\.yml.*alias/i],
  ])('a malformed %s stops the run with exit 2, naming the file and where', (name, content, expected) => {
    const root = tempTree({ [name]: content, 'a.md': flagged });
    const run = runCli(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(expected);
    expectNoStackTrace(run);
  });
});

describe('missing, unreadable and vanishing paths', () => {
  it('a missing file is named, the other files are still linted, exit 2', () => {
    const root = tempTree({ 'a.md': flagged });
    const run = lintJson(root, ['missing.md', 'a.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.md/);
    expect(run.results.map((result) => result.filePath)).toEqual([join(root, 'a.md')]);
  });

  it('a symbolic link loop is named and not followed; the other files are still linted, exit 2', () => {
    const root = tempTree({ 'docs/a.md': flagged, 'docs/sub/b.md': flagged });
    symlinkSync('..', join(root, 'docs/sub/up'));
    symlinkSync('self.md', join(root, 'docs/self.md'));
    const run = lintJson(root, ['docs']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/loop.*docs\/sub\/up/i);
    expect(run.stderr).toMatch(/docs\/self\.md: ELOOP/);
    expect(run.results.map((result) => result.filePath).sort()).toEqual([join(root, 'docs/a.md'), join(root, 'docs/sub/b.md')]);
  });

  // Root reads anything, so as root the run is made as "nobody" to see permissions bite.
  it('an unreadable file and an unreadable directory are named; the others are still linted, exit 2', () => {
    const root = tempTree({ 'a.md': flagged, 'secret.md': flagged, 'locked/b.md': flagged });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'secret.md'), 0o000);
    chmodSync(join(root, 'locked'), 0o000);
    const result = spawnSync(process.execPath, [binPath, '--no-config', '-f', 'json', 'a.md', 'secret.md', 'locked'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      ...(isRoot ? { uid: nobody, gid: nobody } : {}),
    });
    chmodSync(join(root, 'locked'), 0o755);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`${join(root, 'secret.md')}: EACCES`));
    expect(result.stderr).toMatch(new RegExp(`directory ${join(root, 'locked')}: EACCES`));
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect((JSON.parse(result.stdout) as LintResult[]).map((r) => r.filePath)).toEqual([join(root, 'a.md')]);
  });

  it('a file deleted while the run is going is named; the files before and after are still linted, exit 2', () => {
    // b/'s config is loaded when b/two.md is linted, after the file list is made, and deletes c/three.md.
    const root = tempTree({ 'a/one.md': flagged, 'b/two.md': flagged, 'c/three.md': flagged, 'd/four.md': flagged });
    writeFileSync(
      join(root, 'b/medlint.config.mjs'),
      `import { rmSync } from 'node:fs';\nrmSync(${JSON.stringify(join(root, 'c/three.md'))});\nexport default {};\n`,
    );
    const run = runCli(['-f', 'json', '.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${join(root, 'c/three.md')}: ENOENT`));
    const linted = (JSON.parse(run.stdout) as LintResult[]).map((result) => result.filePath);
    expect(linted).toEqual(['a/one.md', 'b/two.md', 'd/four.md'].map((path) => join(root, path)));
    rmSync(root, { recursive: true, force: true });
  });
});

describe('a directory given where files are expected', () => {
  it('an empty directory is a clear message, exit 2', () => {
    const root = tempTree({});
    mkdirSync(join(root, 'empty'));
    const run = runCli(['--no-config', 'empty'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty/);
    expectNoStackTrace(run);
  });
});
