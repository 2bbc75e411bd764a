/**
 * Line-start markers in plain-text articles: list bullets, thematic breaks
 * and heading underlines. Each reader looks at a line's characters once; no regular
 * expressions, so no backtracking.
 */

export interface ListMarker {
  ordered: boolean;
  /** The number of an ordered marker ("3." → 3); null for bullets. */
  start: number | null;
  /** "-", "*" or "•" for bullets; "." or ")" for numbers. A change starts a new list, as in Markdown. */
  delimiter: string;
  /** Characters from the marker to the item's text (marker plus the whitespace after it). */
  width: number;
}

const MAX_ORDERED_DIGITS = 9;

/** True for the whitespace a line may be indented or padded with (includes NBSP and a byte order mark). */
export function isBlankChar(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * The list marker `text` opens with, if any: `- `, `* `, `• `, `1. `, `1) `
 * (a marker alone on its line is an empty item). `text` starts at the line's
 * first non-blank character.
 */
export function readListMarker(text: string): ListMarker | null {
  const first = text.charAt(0);
  if (first === '-' || first === '*' || first === '•') {
    return markerEndsAt(text, 1) ? { ordered: false, start: null, delimiter: first, width: widthAfter(text, 1) } : null;
  }
  let digits = 0;
  while (digits < text.length && isDigit(text.charCodeAt(digits))) digits++;
  if (digits === 0 || digits > MAX_ORDERED_DIGITS) return null;
  const delimiter = text.charAt(digits);
  if ((delimiter !== '.' && delimiter !== ')') || !markerEndsAt(text, digits + 1)) return null;
  return { ordered: true, start: Number(text.slice(0, digits)), delimiter, width: widthAfter(text, digits + 1) };
}

/**
 * True for a line of three or more `-`, `*` or `_` (one kind, spaces allowed
 * between): a thematic break, as in Markdown. `text` is the trimmed line.
 */
export function isThematicBreak(text: string): boolean {
  const kind = text.charAt(0);
  if (kind !== '-' && kind !== '*' && kind !== '_') return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === kind) count++;
    else if (!isBlankChar(text.charCodeAt(i))) return false;
  }
  return count >= 3;
}

/**
 * True for a line of three or more `=` or three or more `-` and nothing else:
 * it underlines the line above as a heading (`=` depth 1, `-` depth 2), as
 * Markdown's setext headings do. `text` is the trimmed line.
 */
export function readUnderline(text: string): 1 | 2 | null {
  const kind = text.charAt(0);
  if ((kind !== '=' && kind !== '-') || text.length < 3) return null;
  for (let i = 1; i < text.length; i++) if (text.charAt(i) !== kind) return null;
  return kind === '=' ? 1 : 2;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A marker must be followed by whitespace or the end of the line. */
function markerEndsAt(text: string, index: number): boolean {
  return index === text.length || isBlankChar(text.charCodeAt(index));
}

function widthAfter(text: string, index: number): number {
  let end = index;
  while (end < text.length && isBlankChar(text.charCodeAt(end))) end++;
  return end;
}
