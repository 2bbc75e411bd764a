/**
 * --fix writes safely: atomically (temp file + rename), keeping the mode,
 * touching nothing that did not change, and leaving every file old or new,
 * never partial, when the run is killed with SIGINT or SIGTERM.
 */
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write-atomic.js';
import { binPath, runCli, tempTree } from '../cli/run-cli.js';

const outOfOrder = (n: number) =>
  `# Sleep and magnesium ${n}\n\nMagnesium was linked to deeper sleep [2]. Low levels were common [1].\n\n` +
  '## References\n\n1. Lee K. Magnesium levels. Nutrients. 2019.\n2. Park J. Sleep depth. Sleep. 2020.\n';
const ruleArgs = ['--no-config', '--rule', 'citation-order:error'];

function leftoverTempFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => name.endsWith('.tmp'));
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode exactly and leaves no temp file', async () => {
    const root = tempTree({ 'a.md': 'old\n', 'script.md': 'old\n' });
    chmodSync(join(root, 'a.md'), 0o640);
    chmodSync(join(root, 'script.md'), 0o755);
    await writeFileAtomic(join(root, 'a.md'), 'new\n');
    await writeFileAtomic(join(root, 'script.md'), 'new\n');
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('new\n');
    expect(statSync(join(root, 'a.md')).mode & 0o7777).toBe(0o640);
    expect(statSync(join(root, 'script.md')).mode & 0o7777).toBe(0o755);
    expect(leftoverTempFiles(root)).toEqual([]);
  });

  it('writes through a symbolic link to the file it names, and the link stays a link', async () => {
    const root = tempTree({ 'real.md': 'old\n' });
    symlinkSync('real.md', join(root, 'link.md'));
    await writeFileAtomic(join(root, 'link.md'), 'new\n');
    expect(lstatSync(join(root, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'real.md'), 'utf8')).toBe('new\n');
    expect(leftoverTempFiles(root)).toEqual([]);
  });

  it('a failed write leaves the target as it was and no temp file', async () => {
    const root = tempTree({ 'a.md': 'old\n' });
    await expect(writeFileAtomic(join(root, 'missing-dir', 'a.md'), 'new\n')).rejects.toThrow();
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('old\n');
    expect(leftoverTempFiles(root)).toEqual([]);
  });
});

describe('medlint --fix', () => {
  it('rewrites a fixable file with its mode kept; leaves a file without fixes untouched; --fix-dry-run writes nothing', () => {
    const clean = '# Sleep\n\nMagnesium was linked to deeper sleep [1].\n\n## References\n\n1. Lee K. Magnesium. Nutrients. 2019.\n';
    const root = tempTree({ 'fix.md': outOfOrder(1), 'clean.md': clean, 'dry.md': outOfOrder(2) });
    chmodSync(join(root, 'fix.md'), 0o600);
    const before = statSync(join(root, 'clean.md'));

    runCli([...ruleArgs, '--fix', 'fix.md', 'clean.md'], { cwd: root });
    const fixed = readFileSync(join(root, 'fix.md'), 'utf8');
    expect(fixed).toContain('deeper sleep [1]. Low levels were common [2].');
    expect(statSync(join(root, 'fix.md')).mode & 0o7777).toBe(0o600);
    const after = statSync(join(root, 'clean.md'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

    runCli([...ruleArgs, '--fix-dry-run', 'dry.md'], { cwd: root });
    expect(readFileSync(join(root, 'dry.md'), 'utf8')).toBe(outOfOrder(2));
    expect(leftoverTempFiles(root)).toEqual([]);
  });

  it('a file the parser guard refuses is never written', () => {
    const refused = `${'> '.repeat(500)}deep\n\n${outOfOrder(3)}`;
    const root = tempTree({ 'deep.md': refused });
    const run = runCli([...ruleArgs, '--fix', 'deep.md'], { cwd: root });
    expect(run.stdout).toMatch(/not linted/);
    expect(readFileSync(join(root, 'deep.md'), 'utf8')).toBe(refused);
  });

  describe.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('interrupted by %s', (signal, exitCode) => {
    it(`leaves every file old or new, never partial, removes temp files and exits ${exitCode}`, async () => {
      const count = 400;
      const files: Record<string, string> = {};
      for (let n = 0; n < count; n++) files[`articles/a${String(n).padStart(3, '0')}.md`] = outOfOrder(n);
      const root = tempTree(files);
      const directory = join(root, 'articles');
      // What --fix makes of article 0; the others differ only in the number in their title.
      const fixedZero = runCli([...ruleArgs, '--stdin', '--stdin-filename', 'x.md', '--fix'], { cwd: root, input: outOfOrder(0) }).stdout;
      expect(fixedZero).not.toBe(outOfOrder(0));

      const child = spawn(process.execPath, [binPath, ...ruleArgs, '--fix', 'articles'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

      // Interrupt once the run has fixed a few files, so the signal lands in the middle of the writes.
      const deadline = Date.now() + 120_000;
      const firstChanged = () => readFileSync(join(directory, 'a002.md'), 'utf8') !== outOfOrder(2);
      while (!firstChanged() && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      child.kill(signal);
      const code = await exited;

      const names = readdirSync(directory);
      expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      expect(names).toHaveLength(count);
      let fixedCount = 0;
      for (let n = 0; n < count; n++) {
        const text = readFileSync(join(directory, `a${String(n).padStart(3, '0')}.md`), 'utf8');
        const renumbered = fixedZero.replace('magnesium 0', `magnesium ${n}`);
        expect([outOfOrder(n), renumbered], `a${n}.md is neither old nor new`).toContain(text);
        if (text !== outOfOrder(n)) fixedCount++;
      }
      if (fixedCount < count) {
        // Stopped part-way: the signal's exit code and a line saying so.
        expect(code).toBe(exitCode);
        expect(stderr).toMatch(new RegExp(`interrupted by ${signal}`));
      }
      expect(fixedCount).toBeGreaterThan(0);
    }, 300_000);
  });
});
