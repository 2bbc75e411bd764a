/**
 * Word lists are data files beside the rules (`rules/words/*.txt`): one phrase
 * per line, `#` starts a comment, and a `# source:` header says where the
 * words come from. Read once, when the rule module that needs them loads (in
 * the bundles, taken from the bundle instead: scripts/bundle.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-info.js';

export interface WordList {
  name: string;
  /** The `# source:` header lines, joined. */
  source: string;
  phrases: string[];
}

export function parseWordList(name: string, text: string): WordList {
  const phrases: string[] = [];
  const sources: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const header = /^#\s*source:\s*(.*)$/i.exec(line);
      if (header?.[1]) sources.push(header[1]);
      continue;
    }
    const withoutComment = line.replace(/\s+#.*$/, '');
    phrases.push(withoutComment);
  }
  return { name, source: sources.join(' '), phrases };
}

/**
 * In the bundles (scripts/bundle.mjs): every `rules/words/*.txt` at build time, list name -> its WordList as
 * JSON, so loading a list reads no file. Undefined when running from dist/src or src (the library, tests).
 */
declare const __MEDLINT_WORD_LISTS__: Record<string, string> | undefined;

/** Load `rules/words/<name>.txt`. */
export function loadWordList(name: string): WordList {
  if (typeof __MEDLINT_WORD_LISTS__ !== 'undefined') {
    const built = Object.hasOwn(__MEDLINT_WORD_LISTS__, name) ? __MEDLINT_WORD_LISTS__[name] : undefined;
    // A fresh object each time, as a read from the file gives.
    if (built !== undefined) return JSON.parse(built) as WordList;
  }
  const file = join(packageRoot, 'rules', 'words', `${name}.txt`);
  return parseWordList(name, readFileSync(file, 'utf8'));
}
