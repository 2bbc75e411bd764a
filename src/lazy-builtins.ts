/**
 * Node built-ins most runs never use, loaded on first use instead of when
 * medlint starts: `node:crypto` (temp-file names, cache and suppression
 * hashes) and `node:child_process` (`--changed`, with the net and stream
 * modules it pulls in) cost ~4 ms each to load, a tenth of a one-article
 * run's start-up together. Through require(), not import(): the bundles run
 * as scripts (bin/load-bundle.js), where import() has no module loader.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

let cryptoModule: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  cryptoModule ??= requireBuiltin('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}

let childProcessModule: typeof import('node:child_process') | undefined;

export function nodeChildProcess(): typeof import('node:child_process') {
  childProcessModule ??= requireBuiltin('node:child_process') as typeof import('node:child_process');
  return childProcessModule;
}
