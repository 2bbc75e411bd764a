/**
 * Which files git sees as changed, for `--changed` and `--changed-since`:
 * staged, unstaged and untracked-but-not-ignored files, plus (with a ref)
 * everything changed on this branch since it left that ref. Deleted files
 * are left out. git runs without a shell, so paths and refs are never
 * interpreted.
 */
import { stat } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { nodeChildProcess } from '../lazy-builtins.js';

/** Not a git checkout, git missing, or an unknown ref: the run stops with exit 2. */
export class GitError extends Error {}

export interface ChangedFilesOptions {
  cwd: string;
  /** A commit-ish: also take what changed between its merge base with HEAD and HEAD. */
  since?: string;
}

interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

function git(args: string[], cwd: string): Promise<GitOutput> {
  return new Promise((done, fail) => {
    // Loaded here, not when medlint starts: only --changed runs git.
    nodeChildProcess().execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        // Spawning failed (no git on PATH): not a git answer at all.
        fail(new GitError(`cannot run git: ${error.message}`));
        return;
      }
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

function nulSeparated(text: string): string[] {
  return text.split('\0').filter((entry) => entry.length > 0);
}

/**
 * `git status --porcelain -z` entries are "XY path"; a rename or copy is
 * followed by a second entry holding the old path, which is skipped.
 */
export function pathsFromPorcelain(output: string): string[] {
  const entries = nulSeparated(output);
  const paths: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as string;
    const status = entry.slice(0, 2);
    paths.push(entry.slice(3));
    if (status.includes('R') || status.includes('C')) i++;
  }
  return paths;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Absolute paths (resolved against `cwd`, not symlink-resolved, so they
 * compare equal to what file discovery returns) of the changed files that
 * still exist.
 */
export async function changedFiles(options: ChangedFilesOptions): Promise<Set<string>> {
  const cwd = resolve(options.cwd);
  const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new GitError(`--changed needs a git working tree, and ${cwd} is not inside one`);
  }
  // git reports paths from the top of the work tree; the prefix is where cwd sits below it.
  const prefix = (await git(['rev-parse', '--show-prefix'], cwd)).stdout.trim();

  const fromTop: string[] = [];
  if (options.since !== undefined) {
    const ref = options.since;
    // `--end-of-options` keeps a ref that starts with "-" from being read as an option.
    const verified = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
    if (ref === '' || verified.code !== 0) {
      throw new GitError(`--changed-since: git knows no commit "${ref}"`);
    }
    const diff = await git(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', `${verified.stdout.trim()}...HEAD`, '--'], cwd);
    if (diff.code !== 0) throw new GitError(`--changed-since: git diff failed: ${diff.stderr.trim()}`);
    fromTop.push(...nulSeparated(diff.stdout));
  }
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=all'], cwd);
  if (status.code !== 0) throw new GitError(`git status failed: ${status.stderr.trim()}`);
  fromTop.push(...pathsFromPorcelain(status.stdout));

  const changed = new Set<string>();
  for (const path of fromTop) {
    const absolute = resolve(cwd, posix.relative(`/${prefix}`, `/${path}`));
    if (!changed.has(absolute) && (await isFile(absolute))) changed.add(absolute);
  }
  return changed;
}
