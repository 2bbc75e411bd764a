import { isAbsolute, relative, sep } from 'node:path';

/**
 * A result's path as CI systems want it: relative to the working directory
 * (normally the repository root), with forward slashes. Files outside it keep
 * their absolute path, since a `../` path means nothing to an annotation.
 */
export function displayPath(filePath: string, cwd: string): string {
  const relativePath = relative(cwd, filePath);
  const chosen = relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? filePath : relativePath;
  return sep === '\\' ? chosen.replaceAll('\\', '/') : chosen;
}
