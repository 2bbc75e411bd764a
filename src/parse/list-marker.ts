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
  const glyph = glyphWidth(text);
  if (glyph > 0) {
    return markerEndsAt(text, glyph) ? { ordered: false, start: null, delimiter: text.slice(0, glyph), width: widthAfter(text, glyph) } : null;
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

/**
 * Glyphs pasted as bullets, one benefit a line: checks, crosses, stars,
 * arrows, squares and dots ("✔ Better sleep", "➤ No crash"). Emoji other
 * than these are left alone: "🌿 What is ashwagandha?" is more often a heading.
 */
const GLYPH_BULLETS = new Set([
  '✔', '✓', '✅', '☑', '✗', '✘', '❌', '❎', '★', '☆', '✩', '⭐', '➤', '►', '▶', '▸', '▹', '➔', '➜', '➡', '→',
  '⇒', '◦', '▪', '▫', '■', '□', '◆', '◇', '●', '○', '‣', '⁃', '∙', '✦', '✧', '❖', '♦', '–',
]);

/** Code units of a glyph bullet at the start of `text` (with a variation selector), or 0. */
function glyphWidth(text: string, at = 0): number {
  const code = text.codePointAt(at);
  if (code === undefined || code < 0x2000) return 0;
  const width = code > 0xffff ? 2 : 1;
  if (!GLYPH_BULLETS.has(text.slice(at, at + width))) return 0;
  return text.charCodeAt(at + width) === 0xfe0f ? width + 1 : width;
}

/**
 * A glyph bullet opening a line of a Markdown paragraph at `at` ("✔ Better
 * sleep", "• No crash"): the characters up to the item's text, or 0. Dashes
 * are left out: a wrapped line may well start with one.
 */
export function glyphBulletWidth(source: string, at: number): number {
  const char = source.charAt(at);
  const width = char === '•' ? 1 : char === '–' ? 0 : glyphWidth(source, at);
  if (width === 0) return 0;
  const after = source.charCodeAt(at + width);
  if (after !== 0x20 && after !== 0x09 && after !== 0xa0) return 0;
  return widthAfter(source.slice(at, at + width + 8), width);
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
