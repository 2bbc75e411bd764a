/**
 * gitignore-style patterns are relative to the config file that declares
 * them; matching wants them relative to one directory. This rewrites a
 * pattern from one base directory to another.
 */
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** The pattern as seen from `toDirectory`, or null when it cannot match anything there. */
export function rebaseIgnorePattern(pattern: string, fromDirectory: string, toDirectory: string): string | null {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const rebased = rebaseBody(body, fromDirectory, toDirectory);
  return rebased === null ? null : `${negated ? '!' : ''}${rebased}`;
}

function rebaseBody(body: string, fromDirectory: string, toDirectory: string): string | null {
  const up = toPosix(relative(toDirectory, fromDirectory));
  if (up === '') return body;
  // A slash anywhere but at the end anchors the pattern to its base directory.
  const anchored = body.replace(/\/$/, '').includes('/');
  const stripped = body.replace(/^\//, '');
  if (!up.startsWith('..')) return anchored ? `/${up}/${stripped}` : `/${up}/**/${stripped}`;

  const down = toPosix(relative(fromDirectory, toDirectory));
  if (down.startsWith('..')) return null; // Neither contains the other.
  // The base is above the target: unanchored patterns still apply anywhere below,
  // and cover everything when they name a directory on the way down.
  if (!anchored) {
    const name = body.replace(/\/$/, '');
    return down.split('/').some((directoryName) => picomatch.isMatch(directoryName, name, { dot: true })) ? '*' : body;
  }
  const segments = stripped.split('/');
  for (const directoryName of down.split('/')) {
    const head = segments[0];
    if (head === undefined || head === '') return '*'; // The pattern names the target or a parent of it.
    if (head === '**') return `/${segments.join('/')}`;
    if (!picomatch.isMatch(directoryName, head, { dot: true })) return null;
    segments.shift();
  }
  const rest = segments.join('/');
  return rest === '' ? '*' : `/${rest}`;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
