/** --fix, --fix-dry-run and --fix-type through the built binary, on real files. */
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../cli/run-cli.js';

const config = JSON.stringify({
  root: true,
  rules: { 'citation-order': 'warn', 'citation-style': 'warn', 'unhedged-efficacy': 'warn' },
});
const refs = '\n\n## References\n\n1. Alpha A. One. J Inv. 2016;1:1-9.\n2. Beta B. Two. J Inv. 2017;2:1-9.\n3. Gamma C. Three. J Inv. 2018;3:1-9.\n';
const reordered = '\n\n## References\n\n1. Beta B. Two. J Inv. 2017;2:1-9.\n2. Gamma C. Three. J Inv. 2018;3:1-9.\n3. Alpha A. One. J Inv. 2016;1:1-9.\n';
const messy = `Fast [2,3]. Lasting [1]. This tea cures anxiety.${refs}`;
const fixed = `Fast [1, 2]. Lasting [3]. This tea cures anxiety.${reordered}`;
const clean = `Fast [1, 2]. Lasting [3]. Tea may ease anxiety for some people.${refs}`;

function tree(files: Record<string, string>): string {
  return tempTree({ '.medlintrc.json': config, ...files });
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; suggestions?: { desc: string }[]; fix?: unknown }[];
  output?: string;
}

describe('--fix', () => {
  it('writes the fixed text, keeps the mode, reports what is left and leaves no temp file', () => {
    const root = tree({ 'a.md': messy });
    chmodSync(join(root, 'a.md'), 0o640);
    const run = runCli(['--fix', '--format', 'json', 'a.md'], { cwd: root });
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(fixed);
    expect(statSync(join(root, 'a.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(root).sort()).toEqual(['.medlintrc.json', 'a.md']);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    // Only the suggestion-bearing finding is left: suggestions are never applied.
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['unhedged-efficacy']);
    expect(result?.messages[0]?.suggestions?.[0]?.desc).toBe('Replace "cures" with "may help relieve"');
  });

  it('leaves a file with nothing to fix untouched, even one with suggestions', () => {
    const root = tree({ 'clean.md': clean, 'suggest.md': `This tea cures anxiety [1].${refs}` });
    const before = ['clean.md', 'suggest.md'].map((file) => statSync(join(root, file)));
    const run = runCli(['--fix', '.'], { cwd: root });
    expect(run.stdout).toContain('suggestion: Replace "cures"');
    ['clean.md', 'suggest.md'].forEach((file, index) => {
      const after = statSync(join(root, file));
      expect(after.ino).toBe(before[index]?.ino);
      expect(after.mtimeMs).toBe(before[index]?.mtimeMs);
    });
  });

  it('keeps a UTF-8 byte-order mark and fixes plain text', () => {
    const seedLike = readFileSync('fixtures/rules/citation-style/flag/trailing-list.txt', 'utf8');
    const root = tree({ 'bom.md': `\uFEFF${messy}`, 'seed.txt': seedLike });
    runCli(['--fix', '.'], { cwd: root });
    expect(readFileSync(join(root, 'bom.md'), 'utf8')).toBe(`\uFEFF${fixed}`);
    expect(readFileSync(join(root, 'seed.txt'), 'utf8')).toContain('- The Outdoor Health Team\n1. Varga, P.');
  });

  it('never writes a file it could not read exactly, and says so', () => {
    const root = tree({});
    const bytes = Buffer.concat([Buffer.from(messy), Buffer.from([0xff, 0x0a])]);
    writeFileSync(join(root, 'bad.md'), bytes);
    const run = runCli(['--fix', 'bad.md'], { cwd: root });
    expect(readFileSync(join(root, 'bad.md'))).toEqual(bytes);
    expect(run.stderr).toMatch(/bad\.md: fixes not written: it has bytes that are not valid text/);
  });
});

describe('--fix-dry-run', () => {
  it('reports the remaining problems with the fixed text as `output`, writing nothing', () => {
    const root = tree({ 'a.md': messy });
    const run = runCli(['--fix-dry-run', '--format', 'json', 'a.md'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result?.output).toBe(fixed);
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['unhedged-efficacy']);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(messy);
  });

  it('has no `output` when nothing would change', () => {
    const root = tree({ 'clean.md': clean });
    const [result] = JSON.parse(runCli(['--fix-dry-run', '-f', 'json', 'clean.md'], { cwd: root }).stdout) as JsonResult[];
    expect(result).not.toHaveProperty('output');
  });

  it('with --stdin prints the fixed text, and the report of what is left on stderr or in --output-file', () => {
    const root = tree({});
    const run = runCli(['--stdin', '--stdin-filename', 'draft.md', '--fix-dry-run'], { cwd: root, input: messy });
    expect(run.stdout).toBe(fixed);
    expect(run.stderr).toContain('unhedged-efficacy');
    expect(run.code).toBe(0);

    const unchanged = runCli(['--stdin', '--stdin-filename', 'draft.md', '--fix-dry-run'], { cwd: root, input: clean });
    expect(unchanged.stdout).toBe(clean);
    expect(unchanged.stderr).toBe('');

    const toFile = runCli(['--stdin', '--stdin-filename', 'draft.md', '--fix-dry-run', '-f', 'json', '-o', 'report.json'], { cwd: root, input: messy });
    expect(toFile.stdout).toBe(fixed);
    const [result] = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as JsonResult[];
    expect(result?.output).toBe(fixed);
  });

  it('cannot be combined with --fix', () => {
    expect(runCli(['--fix', '--fix-dry-run', 'x.md'], { cwd: tree({}) }).code).toBe(2);
  });
});

describe('--fix-type', () => {
  it('applies only the kinds asked for', () => {
    const root = tree({ 'a.md': messy });
    const layout = JSON.parse(runCli(['--fix-dry-run', '--fix-type', 'layout', '-f', 'json', 'a.md'], { cwd: root }).stdout) as JsonResult[];
    expect(layout[0]?.output).toBe(`Fast [2, 3]. Lasting [1]. This tea cures anxiety.${refs}`);
    const citation = JSON.parse(runCli(['--fix-dry-run', '--fix-type', 'citation', '-f', 'json', 'a.md'], { cwd: root }).stdout) as JsonResult[];
    expect(citation[0]?.output).toBe(`Fast [1,2]. Lasting [3]. This tea cures anxiety.${reordered}`);
    const both = JSON.parse(runCli(['--fix-dry-run', '--fix-type', 'citation,layout', '-f', 'json', 'a.md'], { cwd: root }).stdout) as JsonResult[];
    expect(both[0]?.output).toBe(fixed);
  });

  it('rejects an unknown kind with exit 2', () => {
    const run = runCli(['--fix', '--fix-type', 'spelling', 'a.md'], { cwd: tree({ 'a.md': messy }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fix-type: unknown type "spelling" (allowed: citation, layout, wording)');
  });
});
