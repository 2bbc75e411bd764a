import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream, writeFileAtomic } from '../../src/files/write-atomic.js';
import { json } from '../../src/format/json.js';
import type { LintResult } from '../../src/engine/types.js';
import { runCli, tempTree } from '../cli/run-cli.js';

const articles: Record<string, string> = {};
for (let index = 0; index < 45; index++) {
  articles[`a/${String(index).padStart(2, '0')}.md`] = `# Zinc ${index}\n\nZinc lozenges cure colds [${index}].\n\nIt is "the best" remedy.\n`;
}

describe('the json report written as the run goes', () => {
  it('prints the same bytes to stdout and to -o, workers or not, quiet or not', () => {
    const dir = tempTree(articles);
    const threaded = runCli(['--no-config', '--format', 'json', 'a'], { cwd: dir });
    const single = runCli(['--no-config', '--format', 'json', '--concurrency', 'off', 'a'], { cwd: dir });
    expect(threaded.code).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stdout.endsWith(']\n')).toBe(true);
    const results = JSON.parse(threaded.stdout) as LintResult[];
    expect(results.map((result) => result.filePath)).toEqual(Object.keys(articles).map((path) => join(dir, path)));
    // The formatter itself, given the same results, makes the same text.
    expect(`${json(results, { cwd: dir, color: false, rulesMeta: {}, version: '' })}\n`).toBe(threaded.stdout);
    const toFile = runCli(['--no-config', '--format', 'json', '-o', 'out.json', 'a'], { cwd: dir });
    expect(toFile.code).toBe(1);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(threaded.stdout.slice(0, -1));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const quiet = runCli(['--no-config', '--format', 'json', '--quiet', 'a'], { cwd: dir });
    const quietResults = JSON.parse(quiet.stdout) as LintResult[];
    expect(quietResults.every((result) => result.warningCount === 0 && result.messages.every((message) => message.severity === 2))).toBe(true);
  });

  it('an empty run is []', () => {
    const dir = tempTree({ 'a/x.md': '# Title\n' });
    const run = runCli(['--no-config', '--format', 'json', '--rule', 'reading-grade: off', '--ignore-pattern', 'a/x.md', 'a'], { cwd: dir });
    expect(run.stdout).toBe('[]\n');
  });
});

describe('writing to a device or a FIFO', () => {
  it('writeFileAtomic and openAtomicStream write a FIFO in place instead of replacing it', async () => {
    const dir = tempTree({});
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = (): Promise<string> =>
      new Promise((resolve) => {
        const cat = spawn('cat', [fifo]);
        let text = '';
        cat.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        cat.on('close', () => resolve(text));
      });
    const first = read();
    await writeFileAtomic(fifo, 'whole');
    expect(await first).toBe('whole');
    const second = read();
    const stream = openAtomicStream(fifo);
    stream.write('in ');
    stream.write('pieces');
    stream.commit();
    expect(await second).toBe('in pieces');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('a regular file gets the whole text at commit, and nothing on discard', () => {
    const dir = tempTree({ 'out.txt': 'old' });
    const target = join(dir, 'out.txt');
    const kept = openAtomicStream(target);
    kept.write('new');
    expect(readFileSync(target, 'utf8')).toBe('old');
    kept.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
    const dropped = openAtomicStream(target);
    dropped.write('never');
    dropped.discard();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});
