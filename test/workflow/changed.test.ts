/** --changed and --changed-since against real git repositories. */
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, GitError, pathsFromPorcelain } from '../../src/files/changed.js';
import { runCli } from '../cli/run-cli.js';
import { git, gitConfigEnv, gitRepo, writeFiles } from './git-repo.js';

const onlyDangling = JSON.stringify({ root: true, rules: { 'dangling-citation': 'error' } });
const dangling = (title: string): string => `# ${title}\n\nZinc may shorten colds [4].\n`;

function relativeNames(paths: Set<string>, root: string): string[] {
  return [...paths].map((path) => path.slice(root.length + 1).split('\\').join('/')).sort();
}

/** Files linted, from the JSON report, relative to `root`. */
function lintedFiles(stdout: string, root: string): string[] {
  const results = JSON.parse(stdout) as { filePath: string }[];
  return results.map((result) => result.filePath.slice(root.length + 1).split('\\').join('/')).sort();
}

describe('pathsFromPorcelain', () => {
  it('takes the new path of a rename and skips the old one', () => {
    expect(pathsFromPorcelain(' M a.md\0R  new.md\0old.md\0?? dir/c d.md\0')).toEqual(['a.md', 'new.md', 'dir/c d.md']);
  });
});

describe('changedFiles', () => {
  it('finds staged, unstaged and untracked files, not ignored, deleted or untouched ones', async () => {
    const root = gitRepo({
      '.gitignore': 'build/\n',
      'unchanged.md': dangling('Unchanged'),
      'edited.md': dangling('Edited'),
      'staged.md': dangling('Staged'),
      'deleted.md': dangling('Deleted'),
      'renamed-from.md': dangling('Renamed'),
    });
    writeFiles(root, {
      'edited.md': dangling('Edited again'),
      'staged.md': dangling('Staged again'),
      'new folder/untracked ü.md': dangling('Untracked'),
      'build/ignored.md': dangling('Ignored'),
    });
    git(root, 'add', 'staged.md');
    rmSync(join(root, 'deleted.md'));
    git(root, 'mv', 'renamed-from.md', 'renamed-to.md');

    const changed = await changedFiles({ cwd: root });
    expect(relativeNames(changed, root)).toEqual(['edited.md', 'new folder/untracked ü.md', 'renamed-to.md', 'staged.md']);
  });

  it('reports paths from a subfolder as seen from it, including changes above it', async () => {
    const root = gitRepo({ 'top.md': dangling('Top'), 'sub/inner.md': dangling('Inner') });
    writeFiles(root, { 'top.md': dangling('Top 2'), 'sub/inner.md': dangling('Inner 2') });
    const changed = await changedFiles({ cwd: join(root, 'sub') });
    expect([...changed].sort()).toEqual([join(root, 'sub', 'inner.md'), join(root, 'top.md')].sort());
  });

  it('keeps the cwd as given when it is reached through a symlink', async () => {
    const root = gitRepo({ 'a.md': dangling('A') });
    writeFiles(root, { 'a.md': dangling('A 2') });
    const link = join(mkdtempSync(join(tmpdir(), 'medlint-link-')), 'repo');
    symlinkSync(root, link);
    expect([...(await changedFiles({ cwd: link }))]).toEqual([join(link, 'a.md')]);
  });

  it('with a ref, adds what the branch changed since it left the ref', async () => {
    const root = gitRepo({ 'base.md': dangling('Base'), 'later-deleted.md': dangling('Gone') });
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFiles(root, { 'feature.md': dangling('Feature') });
    rmSync(join(root, 'later-deleted.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'feature work');
    // A commit on main after the branch point is not the branch's change (three-dot diff).
    git(root, 'checkout', '-q', 'main');
    writeFiles(root, { 'main-only.md': dangling('Main') });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'main work');
    git(root, 'checkout', '-q', 'feature');
    writeFiles(root, { 'wip.md': dangling('Work in progress') });

    expect(relativeNames(await changedFiles({ cwd: root, since: 'main' }), root)).toEqual(['feature.md', 'wip.md']);
    expect(relativeNames(await changedFiles({ cwd: root }), root)).toEqual(['wip.md']);
  });

  it('works in a repository with no commits yet', async () => {
    const root = mkdtempSync(join(tmpdir(), 'medlint-git-'));
    git(root, 'init', '-q');
    writeFiles(root, { 'first.md': dangling('First') });
    expect(relativeNames(await changedFiles({ cwd: root }), root)).toEqual(['first.md']);
  });

  it('throws a GitError outside a repository and for an unknown or option-like ref', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'medlint-nogit-'));
    await expect(changedFiles({ cwd: outside })).rejects.toThrow(GitError);
    await expect(changedFiles({ cwd: outside })).rejects.toThrow(/not inside/);
    const root = gitRepo({ 'a.md': dangling('A') });
    await expect(changedFiles({ cwd: root, since: 'no-such-branch' })).rejects.toThrow(/no commit "no-such-branch"/);
    await expect(changedFiles({ cwd: root, since: '--output=/tmp/x' })).rejects.toThrow(GitError);
    await expect(changedFiles({ cwd: root, since: '' })).rejects.toThrow(GitError);
  });
});

describe('medlint --changed', () => {
  const env = gitConfigEnv;

  it('lints only changed files that the patterns select', () => {
    const root = gitRepo({
      '.medlintrc.json': onlyDangling,
      'docs/old.md': dangling('Old'),
      'docs/edited.md': dangling('Edited'),
      'notes/edited.md': dangling('Notes'),
    });
    writeFiles(root, {
      'docs/edited.md': dangling('Edited 2'),
      'docs/new.md': dangling('New'),
      'notes/edited.md': dangling('Notes 2'),
      'docs/data.json': '{"changed": true}\n',
    });

    const everything = runCli(['--changed', '-f', 'json'], { cwd: root, env });
    expect(everything.stderr).toBe('');
    expect(everything.code).toBe(1);
    expect(lintedFiles(everything.stdout, root)).toEqual(['docs/edited.md', 'docs/new.md', 'notes/edited.md']);

    const docsOnly = runCli(['--changed', '-f', 'json', 'docs'], { cwd: root, env });
    expect(lintedFiles(docsOnly.stdout, root)).toEqual(['docs/edited.md', 'docs/new.md']);
  });

  it('exits 0 with nothing to lint when nothing changed', () => {
    const root = gitRepo({ '.medlintrc.json': onlyDangling, 'a.md': dangling('A') });
    const run = runCli(['--changed', '-f', 'json'], { cwd: root, env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('--changed-since takes the branch changes too', () => {
    const root = gitRepo({ '.medlintrc.json': onlyDangling, 'a.md': dangling('A') });
    git(root, 'checkout', '-q', '-b', 'topic');
    writeFiles(root, { 'b.md': dangling('B') });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'b');
    const run = runCli(['--changed-since', 'main', '-f', 'json'], { cwd: root, env });
    expect(lintedFiles(run.stdout, root)).toEqual(['b.md']);
    expect(lintedFiles(runCli(['--changed', '-f', 'json'], { cwd: root, env }).stdout, root)).toEqual([]);
  });

  it('exits 2 with one clear line outside a repository or for an unknown ref', () => {
    const outside = mkdtempSync(join(tmpdir(), 'medlint-nogit-'));
    writeFileSync(join(outside, 'a.md'), dangling('A'));
    const notRepo = runCli(['--changed'], { cwd: outside, env });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/^medlint: --changed needs a git working tree.*\n$/);

    const root = gitRepo({ 'a.md': dangling('A') });
    const badRef = runCli(['--changed-since', 'v9.9.9'], { cwd: root, env });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toBe('medlint: --changed-since: git knows no commit "v9.9.9"\n');
  });

  it('refuses --stdin', () => {
    const run = runCli(['--changed', '--stdin'], { input: 'text' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--stdin');
  });

  it('leaves a renamed-away file out rather than failing on it', () => {
    const root = gitRepo({ '.medlintrc.json': onlyDangling, 'a.md': dangling('A') });
    renameSync(join(root, 'a.md'), join(root, 'b.md'));
    const run = runCli(['--changed', '-f', 'json'], { cwd: root, env });
    expect(run.stderr).toBe('');
    expect(lintedFiles(run.stdout, root)).toEqual(['b.md']);
  });
});
