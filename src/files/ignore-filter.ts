/**
 * `.medlintignore` (gitignore syntax, relative to cwd) plus `--ignore-pattern`s,
 * as one predicate over absolute paths.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { describeIoError } from './read.js';

export const defaultIgnoreFile = '.medlintignore';

export type IgnorePredicate = (absolutePath: string, isDirectory: boolean) => boolean;

export interface IgnoreFilterResult {
  isIgnored: IgnorePredicate;
  problems: Array<{ pattern: string; message: string }>;
}

export async function buildIgnoreFilter(
  cwd: string,
  ignoreFile: string | false | undefined,
  ignorePatterns: string[],
): Promise<IgnoreFilterResult> {
  const matcher = ignore();
  const problems: IgnoreFilterResult['problems'] = [];
  if (ignoreFile !== false) {
    const name = ignoreFile ?? defaultIgnoreFile;
    const path = resolve(cwd, name);
    try {
      matcher.add(await readFile(path, 'utf8'));
    } catch (error) {
      // `.medlintignore` is optional (even when passed by name); any other file named must exist.
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      if (!missing || name !== defaultIgnoreFile) {
        problems.push({ pattern: name, message: `Cannot read ignore file ${path}: ${describeIoError(error)}` });
      }
    }
  }
  matcher.add(ignorePatterns);
  const isIgnored: IgnorePredicate = (absolutePath, isDirectory) => {
    const path = relative(cwd, absolutePath);
    // Patterns are relative to cwd; paths outside it are not theirs to ignore.
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false;
    const posixPath = sep === '/' ? path : path.split(sep).join('/');
    return matcher.ignores(isDirectory ? `${posixPath}/` : posixPath);
  };
  return { isIgnored, problems };
}
