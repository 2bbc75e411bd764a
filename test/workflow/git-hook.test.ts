/** The README's plain git hook, installed in a real repository and run by a real `git commit`. */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, projectRoot } from '../cli/run-cli.js';
import { git, gitEnv, gitRepo, writeFiles } from './git-repo.js';

/** The hook's command line as the README gives it, with `npx medlint` pointed at this checkout's build. */
function readmeHook(): string {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = /### A plain git hook\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme);
  if (!section?.[1]) throw new Error('README has no "A plain git hook" script');
  expect(section[1]).toContain('npx medlint');
  return section[1].replace('npx medlint', `'${process.execPath}' '${binPath}'`);
}

function commit(repo: string): { code: number; output: string } {
  const run = spawnSync('git', ['commit', '-q', '-m', 'edit'], { cwd: repo, env: gitEnv, encoding: 'utf8' });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

describe('the plain git hook from the README', () => {
  it('stops a commit that stages a bad article, and lets a clean one through', () => {
    const repo = gitRepo({ '.medlintrc.json': JSON.stringify({ root: true, rules: { 'dangling-citation': 'error' } }) });
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readmeHook());
    chmodSync(hook, 0o755);

    writeFiles(repo, {
      'bad article.md': '# Zinc\n\nZinc may shorten colds [4].\n',
      // Unstaged: the hook must not look at it.
      'unstaged.md': '# Zinc\n\nAlso dangling [5].\n',
    });
    git(repo, 'add', 'bad article.md');
    const refused = commit(repo);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('bad article.md');
    expect(refused.output).toContain('dangling-citation');
    expect(refused.output).not.toContain('unstaged.md');

    writeFiles(repo, { 'bad article.md': '# Zinc\n\nZinc may shorten colds.\n', 'notes.json': '{"[4]": 1}\n' });
    git(repo, 'add', 'bad article.md', 'notes.json');
    expect(commit(repo)).toEqual({ code: 0, output: '' });

    // Nothing staged that the hook looks at: medlint is not run at all (it would lint the whole tree).
    writeFiles(repo, { 'notes.json': '{"[5]": 1}\n' });
    git(repo, 'add', 'notes.json');
    expect(commit(repo).code).toBe(0);
  });
});
