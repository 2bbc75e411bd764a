/**
 * What a suppression is keyed by: the text a finding points at, normalised so
 * that moving it to another line, re-wrapping it or re-indenting it keeps the
 * key, while editing the words themselves does not.
 */
import { createLineIndex } from '../article/lines.js';
import type { LineIndex } from '../article/types.js';
import type { LintMessage } from '../engine/types.js';
import { nodeCrypto } from '../lazy-builtins.js';

/** Longer texts keep their start for readers and a hash of the whole for matching. */
const MAX_KEY_LENGTH = 300;
const KEPT_PREFIX_LENGTH = 240;

export function normaliseFlaggedText(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (normalised.length <= MAX_KEY_LENGTH) return normalised;
  const digest = nodeCrypto().createHash('sha256').update(normalised).digest('hex').slice(0, 16);
  return `${normalised.slice(0, KEPT_PREFIX_LENGTH)}… #${digest}`;
}

/**
 * Turns messages (1-based line/column, end exclusive) back into the source
 * text they flag. A zero-width finding is keyed by its message instead, which
 * is the only text it has.
 */
export function flaggedTextReader(source: string | undefined): (message: LintMessage) => string {
  let lines: LineIndex | null = null;
  return (message) => {
    if (source === undefined) return normaliseFlaggedText(message.message);
    lines ??= createLineIndex(source);
    const start = lines.offsetAt({ line: message.line, column: message.column });
    const end = lines.offsetAt({ line: message.endLine, column: message.endColumn });
    const text = normaliseFlaggedText(source.slice(start, Math.max(start, end)));
    return text === '' ? normaliseFlaggedText(message.message) : text;
  };
}
