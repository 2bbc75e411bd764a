/**
 * Which files to lint, from command-line patterns: a file (linted whatever
 * its extension), a directory (walked for the extensions) or a glob. The
 * result is absolute, sorted and unique; problems name the pattern and never
 * abort the run.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { buildIgnoreFilter } from './ignore-filter.js';
import { describeIoError } from './read.js';
import { walkDirectory } from './walk.js';

export interface FindFilesOptions {
  cwd: string;
  /** `--ignore-pattern`s: gitignore syntax, relative to cwd. */
  ignorePatterns?: string[];
  /** Defaults to `.medlintignore` in cwd (optional); `false` for `--no-ignore`. */
  ignoreFile?: string | false;
  /** Walked in directories; defaults to .md, .markdown, .txt. */
  extensions?: string[];
}

export interface FileProblem {
  pattern: string;
  message: string;
}

export interface FoundFiles {
  files: string[];
  problems: FileProblem[];
}

export const defaultExtensions = ['.md', '.markdown', '.txt'];

export async function findFiles(patterns: string[], options: FindFilesOptions): Promise<FoundFiles> {
  const cwd = resolve(options.cwd);
  const extensions = (options.extensions ?? defaultExtensions).map((extension) =>
    extension.startsWith('.') ? extension : `.${extension}`,
  );
  const { isIgnored, problems } = await buildIgnoreFilter(cwd, options.ignoreFile, options.ignorePatterns ?? []);
  const files = new Set<string>();

  for (const pattern of patterns) {
    const absolutePath = resolve(cwd, pattern);
    let stats: Stats | null = null;
    try {
      stats = await stat(absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push({ pattern, message: `Cannot read ${absolutePath}: ${describeIoError(error)}` });
        continue;
      }
    }

    if (stats?.isFile()) {
      // Named explicitly: linted whatever its extension, unless ignored (ESLint warns likewise).
      if (isIgnored(absolutePath, false)) {
        problems.push({ pattern, message: `File ignored by .medlintignore / --ignore-pattern: ${pattern} (use --no-ignore to lint it)` });
      } else {
        files.add(absolutePath);
      }
      continue;
    }

    let found: string[];
    let ignoredCount = 0;
    const problemsBefore = problems.length;
    if (stats?.isDirectory()) {
      const walked = await walkDirectory(absolutePath, extensions, isIgnored);
      for (const message of walked.problems) problems.push({ pattern, message });
      found = walked.files;
      ignoredCount = walked.ignoredCount;
    } else if (stats === null && isDynamicPattern(pattern)) {
      const matched = await globFiles(pattern, cwd, problems);
      found = matched.filter((path) => !isIgnored(path, false));
      ignoredCount = matched.length - found.length;
    } else {
      found = [];
    }

    // An unreadable directory was already named; "no files" would only repeat it.
    if (found.length === 0 && problems.length === problemsBefore) {
      const message = ignoredCount > 0 ? `All files matched by '${pattern}' are ignored.` : `No files matching '${pattern}' were found.`;
      problems.push({ pattern, message });
    }
    for (const path of found) files.add(path);
  }

  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), problems };
}

async function globFiles(pattern: string, cwd: string, problems: FileProblem[]): Promise<string[]> {
  try {
    return await glob([pattern], {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
  } catch (error) {
    problems.push({ pattern, message: `Cannot expand '${pattern}': ${describeIoError(error)}` });
    return [];
  }
}
