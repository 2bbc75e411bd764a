/**
 * The run through the built CLI: worker threads give the same report as one
 * thread, in file order; --cache skips unchanged files (MEDLINT_DEBUG_STATS
 * says how many were parsed) and re-lints what changed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigResolver } from '../../src/config/index.js';
import { formatterNeedsEvidence } from '../../src/format/index.js';
import { lintFiles } from '../../src/runner/lint-files.js';
import { projectRoot, runCli, tempTree } from '../cli/run-cli.js';

interface Stats {
  files: number;
  linted: number;
  fromCache: number;
  threads: number;
  lintedHere: number;
  maxRssKb: number;
}

function statsOf(stderr: string): Stats {
  const line = stderr.split('\n').find((each) => each.startsWith('medlint-stats '));
  if (line === undefined) throw new Error(`no stats in: ${stderr}`);
  return JSON.parse(line.slice('medlint-stats '.length)) as Stats;
}

const statsEnv = { MEDLINT_DEBUG_STATS: '1' };

/** Articles from the project's fixtures, repeated to `count` files in nested folders. */
function articleTree(count: number): string {
  const sources: Array<{ name: string; text: string }> = [];
  for (const folder of ['fixtures/examples', 'fixtures/rules/unsourced-claim/flag', 'fixtures/rules/citation-style/flag']) {
    for (const name of readdirSync(join(projectRoot, folder))) {
      sources.push({ name, text: readFileSync(join(projectRoot, folder, name), 'utf8') });
    }
  }
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    files[`part-${index % 3}/${String(index).padStart(3, '0')}-${source.name}`] = source.text;
  }
  return tempTree(files);
}

function reportWithoutEvidence(stdout: string): unknown {
  return (JSON.parse(stdout) as Array<Record<string, unknown>>).map(({ evidence: _evidence, ...rest }) => rest);
}

describe('worker threads', () => {
  it('report exactly what one thread reports, in file order', () => {
    const root = articleTree(60);
    const threaded = runCli(['--format', 'json', '--concurrency', '3', '.'], { cwd: root, env: statsEnv });
    const single = runCli(['--format', 'json', '--concurrency', 'off', '.'], { cwd: root, env: statsEnv });
    // Three lanes: two workers and the main thread, which lints some of the files itself.
    expect(statsOf(threaded.stderr).threads).toBe(2);
    expect(statsOf(threaded.stderr).lintedHere).toBeGreaterThan(0);
    expect(statsOf(threaded.stderr).lintedHere).toBeLessThan(60);
    expect(statsOf(single.stderr).threads).toBe(0);
    expect(statsOf(single.stderr).lintedHere).toBe(60);
    expect(threaded.code).toBe(single.code);
    expect(reportWithoutEvidence(threaded.stdout)).toEqual(reportWithoutEvidence(single.stdout));
    const paths = (JSON.parse(threaded.stdout) as Array<{ filePath: string }>).map((result) => result.filePath);
    expect(paths).toHaveLength(60);
    expect(paths).toEqual([...paths].sort());
    expect(threaded.stdout).not.toContain('"source"');
  });

  it('keep the stylish report identical too', () => {
    const root = articleTree(45);
    const threaded = runCli(['--concurrency', '2', '.'], { cwd: root });
    const single = runCli(['--concurrency', 'off', '.'], { cwd: root });
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('compute the evidence summary only for reporters that print it (json, html)', async () => {
    const root = articleTree(45);
    const threaded = JSON.parse(runCli(['--format', 'json', '--concurrency', '2', '.'], { cwd: root }).stdout) as Array<{ evidence?: unknown }>;
    expect(threaded.every((result) => typeof result.evidence === 'object')).toBe(true);
    expect(['json', 'html', 'stylish', 'compact', 'github', 'sarif', 'junit', 'gitlab'].filter(formatterNeedsEvidence)).toEqual(['json', 'html']);
    const resolver = new ConfigResolver({ cwd: root, useConfigFiles: false, builtinRules });
    const run = async (evidence: boolean) => (await lintFiles(['.'], { cwd: root, resolver, concurrency: 'off', evidence })).results;
    const [without, withIt] = [await run(false), await run(true)];
    expect(without.some((result) => 'evidence' in result)).toBe(false);
    expect(withIt.every((result) => typeof result.evidence === 'object')).toBe(true);
    expect(without.map((result) => result.messages)).toEqual(withIt.map((result) => result.messages));
  });

  it('reject a bad --concurrency', () => {
    const run = runCli(['--concurrency', 'lots', '.'], { cwd: articleTree(1) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--concurrency');
  });
});

describe('--cache', () => {
  it('parses nothing on a second run over an unchanged tree, and gives the same report', () => {
    const root = articleTree(50);
    const first = runCli(['--cache', '--format', 'json', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(first.stderr)).toMatchObject({ files: 50, linted: 50, fromCache: 0 });
    const second = runCli(['--cache', '--format', 'json', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(second.stderr)).toMatchObject({ files: 50, linted: 0, fromCache: 50, threads: 0 });
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(join(root, '.medlintcache'), 'utf8')).not.toContain('"source"');
  });

  it('re-lints a file whose text changed, and everything when the config changes', () => {
    const root = articleTree(6);
    runCli(['--cache', '--format', 'json', '.'], { cwd: root });
    const [changed] = readdirSync(join(root, 'part-0'));
    writeFileSync(join(root, 'part-0', changed!), '# Changed\n\nGarlic cures colds.\n');
    const afterEdit = runCli(['--cache', '--format', 'json', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(afterEdit.stderr)).toMatchObject({ linted: 1, fromCache: 5 });
    const edited = (JSON.parse(afterEdit.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>).find((result) =>
      result.filePath.endsWith(changed!),
    );
    expect(edited?.messages.some((message) => message.message.includes('"cures"'))).toBe(true);
    const otherRule = runCli(['--cache', '--rule', 'unhedged-efficacy:error', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(otherRule.stderr)).toMatchObject({ linted: 6, fromCache: 0 });
    writeFileSync(join(root, '.medlintrc.json'), JSON.stringify({ root: true, extends: 'medlint:strict' }));
    const newConfig = runCli(['--cache', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(newConfig.stderr)).toMatchObject({ linted: 6, fromCache: 0 });
  });

  it('re-lints files cached by a run without the evidence summary when the report prints it, and not the other way', () => {
    const root = articleTree(5);
    const stylish = runCli(['--cache', '--format', 'compact', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(stylish.stderr)).toMatchObject({ linted: 5, fromCache: 0 });
    expect(readFileSync(join(root, '.medlintcache'), 'utf8')).not.toContain('"evidence"');
    const json = runCli(['--cache', '--format', 'json', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(json.stderr)).toMatchObject({ linted: 5, fromCache: 0 });
    expect((JSON.parse(json.stdout) as Array<{ evidence?: unknown }>).every((result) => typeof result.evidence === 'object')).toBe(true);
    const jsonAgain = runCli(['--cache', '--format', 'json', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(jsonAgain.stderr)).toMatchObject({ linted: 0, fromCache: 5 });
    expect(jsonAgain.stdout).toBe(json.stdout);
    const compactAgain = runCli(['--cache', '--format', 'compact', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(compactAgain.stderr)).toMatchObject({ linted: 0, fromCache: 5 });
    expect(compactAgain.stdout).toBe(stylish.stdout);
  });

  it('writes where --cache-location says: a file, or a directory', () => {
    const root = articleTree(3);
    runCli(['--cache', '--cache-location', 'custom.json', '.'], { cwd: root });
    expect(JSON.parse(readFileSync(join(root, 'custom.json'), 'utf8')).files).not.toEqual({});
    runCli(['--cache', '--cache-location', 'cache-dir/', '.'], { cwd: root });
    expect(readdirSync(join(root, 'cache-dir'))).toEqual(['.medlintcache']);
  });

  it('ignores a corrupt cache with a warning and rebuilds it', () => {
    const root = articleTree(3);
    writeFileSync(join(root, '.medlintcache'), '{"medlint": "0.1.0", "files": {');
    const run = runCli(['--cache', '.'], { cwd: root, env: statsEnv });
    expect(run.stderr).toMatch(/warning: cache file .*\.medlintcache is unreadable/);
    expect(statsOf(run.stderr)).toMatchObject({ linted: 3 });
    const again = runCli(['--cache', '.'], { cwd: root, env: statsEnv });
    expect(statsOf(again.stderr)).toMatchObject({ linted: 0, fromCache: 3 });
    expect(again.stderr).not.toContain('unreadable');
  });

  it('with --fix, lints a cached file that has fixes, and re-lints the fixed file next time', () => {
    const root = tempTree({ 'a.md': '# Zinc\n\nZinc may shorten colds [1,2].\n\n## References\n\n1. Smith J. Zinc. 2020.\n2. Lee K. Colds. 2021.\n' });
    const rule = ['--rule', 'citation-style:warn'];
    const before = runCli(['--cache', ...rule, 'a.md'], { cwd: root, env: statsEnv });
    expect(before.stdout).toContain('citation-style');
    const fixing = runCli(['--cache', '--fix', ...rule, 'a.md'], { cwd: root, env: statsEnv });
    expect(statsOf(fixing.stderr)).toMatchObject({ linted: 1, fromCache: 0 });
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toContain('[1, 2]');
    const after = runCli(['--cache', ...rule, 'a.md'], { cwd: root, env: statsEnv });
    expect(statsOf(after.stderr)).toMatchObject({ linted: 1, fromCache: 0 });
    expect(after.stdout).not.toContain('citation-style');
    const settled = runCli(['--cache', ...rule, 'a.md'], { cwd: root, env: statsEnv });
    expect(statsOf(settled.stderr)).toMatchObject({ linted: 0, fromCache: 1 });
    rmSync(root, { recursive: true, force: true });
  });
});

describe('progress', () => {
  it('never appears when stderr is a pipe', () => {
    const run = runCli(['.'], { cwd: articleTree(5) });
    expect(run.stderr).not.toContain('files');
  });
});
