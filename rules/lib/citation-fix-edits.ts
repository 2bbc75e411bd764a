/**
 * Several small edits as one Fix. A fix is a single range, so edits that must
 * land together (markers in the body and entries in the reference list) become
 * one replacement from the first edit to the last, with the text between kept.
 * The engine retries any other fix inside that span on its next pass.
 */
import type { Fix } from '../../src/engine/types.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One fix applying every edit, or null when there is nothing to change or two edits overlap. */
export function combineEdits(source: string, edits: readonly TextEdit[]): Fix | null {
  const changing = edits.filter((edit) => source.slice(edit.start, edit.end) !== edit.text);
  if (changing.length === 0) return null;
  const ordered = [...changing].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = ordered[0] as TextEdit;
  let text = '';
  let cursor = first.start;
  for (const edit of ordered) {
    if (edit.start < cursor) return null;
    text += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { range: [first.start, cursor], text };
}
