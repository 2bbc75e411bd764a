/**
 * The one error type configuration problems surface as. Its message is a
 * single line for people (file, key path, what is allowed); the CLI prints
 * `message` and exits 2, never a stack.
 */
import { isAbsolute, relative } from 'node:path';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** The config file (absolute), or the flag (`--rule`) the problem came from. */
    readonly filePath: string,
    /** Where in the config, e.g. `rules.unhedged-efficacy[1].allow`; '' for the whole file. */
    readonly keyPath: string,
    /** What is wrong and what is allowed, without the file and key path. */
    readonly detail: string,
  ) {
    super(formatConfigMessage(filePath, keyPath, detail));
  }
}

function formatConfigMessage(filePath: string, keyPath: string, detail: string): string {
  if (filePath.startsWith('--')) return `Invalid ${keyPath === '' ? filePath : `${filePath} ${keyPath}`}: ${detail}`;
  const where = keyPath === '' ? displayPath(filePath) : `${displayPath(filePath)} at ${keyPath}`;
  return `Invalid configuration in ${where}: ${detail}`;
}

/** Paths under the working directory are shown relative to it; flags and others as given. */
function displayPath(filePath: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(process.cwd(), filePath);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filePath;
}

/** Joins key path segments: numbers as `[n]`, names with dots. */
export function joinKeyPath(...segments: Array<string | number>): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment !== '') path += path === '' || segment.startsWith('[') ? segment : `.${segment}`;
  }
  return path;
}
