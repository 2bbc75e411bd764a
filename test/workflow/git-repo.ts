/** Real git repositories in temp folders, for the workflow tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** An empty global config (not /dev/null, which some sandboxes replace with a plain file). */
const emptyConfig = join(mkdtempSync(join(tmpdir(), 'medlint-gitconfig-')), 'config');
writeFileSync(emptyConfig, '');

/** Settings for any process that runs git: no user or system config, so every machine behaves alike. */
export const gitConfigEnv: Record<string, string> = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: emptyConfig };

/** Plus a fixed identity, for the commits the tests make. */
export const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'medlint tests',
  GIT_AUTHOR_EMAIL: 'tests@medlint.invalid',
  GIT_COMMITTER_NAME: 'medlint tests',
  GIT_COMMITTER_EMAIL: 'tests@medlint.invalid',
  ...gitConfigEnv,
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A repository on branch `main` whose first commit holds `files`. */
export function gitRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'medlint-git-'));
  git(root, 'init', '-q', '-b', 'main');
  writeFiles(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'initial');
  return root;
}
