/** --shard i/n: a deterministic split that covers every file exactly once. */
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard, shardOf, ShardError } from '../../src/files/shard.js';
import { runCli, tempTree } from '../cli/run-cli.js';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2 / 10 ')).toEqual({ index: 2, count: 10 });
  });

  it.each(['0/3', '4/3', '1/0', '-1/3', '1.5/3', '1', '1/', '/3', 'a/b', '', '1/3/5', '99999999999999999999/1'])(
    'rejects "%s" with the expected form in the message',
    (text) => {
      expect(() => parseShard(text)).toThrow(ShardError);
      expect(() => parseShard(text)).toThrow('--shard expects i/n with 1 <= i <= n');
    },
  );
});

describe('selectShard', () => {
  const cwd = '/site';
  const files = Array.from({ length: 500 }, (_, i) => `/site/content/${i % 7}/article-${i}.md`);

  it.each([1, 2, 3, 5, 8])('with %i shards covers every file exactly once', (count) => {
    const seen = new Map<string, number>();
    for (let index = 1; index <= count; index++) {
      for (const file of selectShard(files, { index, count }, cwd)) seen.set(file, (seen.get(file) ?? 0) + 1);
    }
    expect(seen.size).toBe(files.length);
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
  });

  it('keeps the list order and spreads files evenly', () => {
    const parts = [1, 2, 3, 4].map((index) => selectShard(files, { index, count: 4 }, cwd));
    for (const part of parts) {
      expect(part).toEqual(files.filter((file) => part.includes(file)));
      // 125 expected per shard; a decent hash stays well inside ±30%.
      expect(part.length).toBeGreaterThan(87);
      expect(part.length).toBeLessThan(163);
    }
  });

  it('depends only on the path relative to cwd, not on where the checkout is or what else is listed', () => {
    const here = selectShard(files, { index: 2, count: 3 }, cwd).map((file) => file.slice(cwd.length));
    const moved = files.map((file) => file.replace('/site', '/home/runner/work/site'));
    const there = selectShard(moved, { index: 2, count: 3 }, '/home/runner/work/site').map((file) =>
      file.slice('/home/runner/work/site'.length),
    );
    expect(there).toEqual(here);
    const withNewFile = selectShard([...files, '/site/content/new.md'], { index: 2, count: 3 }, cwd).map((file) =>
      file.slice(cwd.length),
    );
    expect(withNewFile.filter((file) => file !== '/content/new.md')).toEqual(here);
  });

  it('is pinned: the same path lands in the same shard on every machine and release', () => {
    // If this changes, CI matrices reshuffle: change it only on purpose.
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => shardOf(`articles/post-${i}.md`, 4))).toEqual([4, 4, 2, 3, 1, 1, 3, 1]);
    expect(shardOf('über/ß.md', 7)).toBe(2);
    expect(shardOf('a.md', 1)).toBe(1);
  });
});

describe('medlint --shard', () => {
  const onlyDangling = JSON.stringify({ root: true, rules: { 'dangling-citation': 'error' } });
  const article = (n: number): string => `# Article ${n}\n\nSomething may help [${n + 10}].\n`;

  function lintedFiles(stdout: string, root: string): string[] {
    return (JSON.parse(stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1));
  }

  it('lints disjoint parts that together are the whole, after ignores', () => {
    const files: Record<string, string> = { '.medlintrc.json': onlyDangling, '.medlintignore': 'drafts/\n' };
    for (let n = 0; n < 12; n++) files[`articles/a${n}.md`] = article(n);
    files['drafts/skip.md'] = article(99);
    const root = tempTree(files);

    const all = lintedFiles(runCli(['-f', 'json'], { cwd: root }).stdout, root);
    expect(all).toHaveLength(12);
    const parts = [1, 2, 3].map((index) => {
      const run = runCli(['--shard', `${index}/3`, '-f', 'json'], { cwd: root });
      expect(run.stderr).toBe('');
      return lintedFiles(run.stdout, root);
    });
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(12);
    // Same answer on a second run.
    expect(lintedFiles(runCli(['--shard', '2/3', '-f', 'json'], { cwd: root }).stdout, root)).toEqual(parts[1]);
  });

  it('exits 2 with one clear line for a bad shard', () => {
    const root = tempTree({ 'a.md': article(1) });
    for (const shard of ['0/2', '3/2', 'two']) {
      const run = runCli(['--shard', shard], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`medlint: --shard expects i/n with 1 <= i <= n (e.g. 2/4), got "${shard}"\n`);
    }
  });
});
