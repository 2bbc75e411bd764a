/**
 * Node built-ins most runs never use, loaded on first use instead of when
 * medlint starts: `node:crypto` (temp-file names, cache and suppression
 * hashes) costs ~4 ms to load, a tenth of a one-article run's start-up.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

let cryptoModule: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  cryptoModule ??= requireBuiltin('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}
