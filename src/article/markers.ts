/**
 * Citation markers in one block. Markers that mdast already knows (footnote
 * references, link references, `<sup>` spans) come from the inline nodes;
 * the rest are found by one left-to-right scan of the block's masked prose,
 * where code, URLs and HTML are already blanked. Every pattern test runs on a
 * bounded window, so the scan stays linear in the block's length.
 */
import type { Html, Nodes, PhrasingContent } from 'mdast';
import type { MarkerKind, Range } from './types.js';
import { SUPERSCRIPT_DIGITS, SURNAME, normaliseName } from './bibliography.js';
import { normaliseLabel } from './labels.js';
import { nodeRange, plainText } from './nodes.js';

export interface MarkerDraft {
  kind: MarkerKind;
  range: Range;
  /** One key per cited work: "3", "note", "smith|2020". */
  keys: string[];
  /** For a group naming several works, "(Lee, 2018; Kim, 2020)": where each key's part is, beside `keys`. */
  keyRanges?: Range[];
  /** A `[link text][label]` keeps its text as prose; other markers are blanked entirely. */
  keepsText: boolean;
}

/** Longest expansion of a numeric range, so "[1-99999]" cannot blow up. */
const MAX_NUMBERS = 200;
const MAX_REFERENCE_NUMBER = 999;
const NUMBER_LIST = /^\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\s*$/;

/** Pandoc's "^1,2^"; sticky, so it is tried only where it starts. */
const CARET_SUPERSCRIPT = /\^([\d,;–-]{1,20})\^/y;

/** "10^6^", "m^2^": a power, not a citation. */
function caretExponent(prose: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 12 && /[\p{L}\p{N}]/u.test(prose.charAt(start - 1))) start--;
  const before = prose.slice(start, at);
  return /\d/.test(before.slice(-1)) || UNIT_WORDS.has(before.toLowerCase());
}

/** '¹' → '1'. */
const SUPERSCRIPT_VALUES: Record<string, string> = Object.fromEntries([...SUPERSCRIPT_DIGITS].map((digit, value) => [digit, String(value)]));
/** The lowest code unit of a superscript digit (², U+00B2). */
const FIRST_SUPERSCRIPT = Math.min(...[...SUPERSCRIPT_DIGITS].map((digit) => digit.charCodeAt(0)));
/** What can start a marker: `[`, `(`, `^`, `<`, or a code unit from the first superscript digit up. */
const MARKER_START = new RegExp(String.raw`[[(^<\u${FIRST_SUPERSCRIPT.toString(16).padStart(4, '0')}-\uffff]`, 'g');
/** Words after which a superscript is an exponent, not a citation: m², cm³, kg/m². */
const UNIT_WORDS = new Set(['m', 'cm', 'mm', 'km', 'µm', 'μm', 'nm', 'ft', 'in', 'yd', 'mi', 's', 'ms', 'kg', 'g', 'mg', 'l', 'ml', 'dl', 'kcal', 'x', 'e']);

const NAME = String.raw`(?<![\p{L}\p{M}'’-])${SURNAME}`;
const NAMES = String.raw`${NAME}(?:\s+${NAME})*`;
const AUTHOR_GROUP = String.raw`(${NAMES})(?:\s+et\s+al\.?|(?:\s*,\s*${NAMES})*\s*,?\s*(?:&|and)\s+${NAMES})?`;
const YEAR = String.raw`((?:1[5-9]|20)\d{2})([a-z])?`;
const PREFIX = String.raw`(?:(?:[Ee]\.g\.|[Ii]\.e\.|[Ss]ee\s+also|[Ss]ee|[Cc]f\.|[Ff]or\s+example|[Rr]eviewed\s+in|[Aa]s\s+cited\s+in|[Qq]uoted\s+in)\s*,?\s*)?`;
/** One work inside a parenthetical: "Smith et al., 2020", "see Smith & Lee 2019", "WHO, 2020". */
const AUTHOR_YEAR_PART = new RegExp(String.raw`^\s*${PREFIX}${AUTHOR_GROUP}(?:\s*,\s*|\s+)${YEAR}(?:\s*[,:]\s*[^;]*)?\s*$`, 'u');
/** "(2020)" or "(2020, p. 4)" after a narrative citation. */
const YEAR_ONLY = new RegExp(String.raw`^\s*${YEAR}(?:\s*[,:]\s*[^)]*)?\s*$`, 'u');
/** "Smith et al." / "Smith and Lee" / "Smith & Lee" right before "(2020)". */
const NARRATIVE_AUTHORS = new RegExp(String.raw`(${NAME})\s+(?:et\s+al\.?|(?:&|and)\s+${NAME})\s*$`, 'u');
/** "Ellingham" right before "(2019b)": a citation only when the reference list has that work. */
const NARRATIVE_AUTHOR = new RegExp(String.raw`(${NAME})\s*$`, 'u');

/**
 * Author–year keys the reference list can answer ("ellingham|2019b"). A lone
 * surname before a year ("Foundation (2020)", "Ellingham (2019b)") is read as
 * a citation only when it names one of them.
 */
export type CitableWorks = Pick<ReadonlySet<string>, 'has' | 'size'>;

/** What the reference lists let the text scan accept, worked out before it runs. */
export interface MarkerContext {
  citable: CitableWorks;
  /**
   * A list numbers its own entries ("1)", "2."): then "(6)" closing a clause is a citation, as plain-text
   * pastes write them. Without such a list it is an enumeration or an aside.
   */
  numberedList: boolean;
}

const NO_CONTEXT: MarkerContext = { citable: new Set(), numberedList: false };
/** "(6)", "(2,3)", "(4-6)" right before the clause or the line ends; sticky, so it is tried only where it starts. */
const PARENTHESISED_NUMBERS = /\((\d{1,3}(?:[ \t]*[-–,][ \t]*\d{1,3})*)\)(?=[.,;:!?]|[ \t]*(?:\n|$))/y;
/** Capitalised words that precede years without being authors: "(March 2020)", "(Updated 2021)". */
const NOT_AUTHORS = new Set(
  ('january february march april may june july august september october november december ' +
    'spring summer fall autumn winter in since until by from published updated accessed retrieved ' +
    'revised copyright circa est founded figure fig table vol version phase the a an this').split(' '),
);
const LOOKBEHIND_WINDOW = 120;
/** A page's own counters before "(23)": "Like (23)", "See more answers (4)", "Basket (2)", "Comments (12)". */
const PAGE_COUNTER = /(?:^|[^\p{L}])(?:likes?|replies|reply|comments?|answers?|votes?|upvotes?|shares?|views?|reviews?|ratings?|basket|bag|cart|messages?|notifications?|followers?|photos?|posts?)$/iu;

/** A shop's form field: "Quantity: [ 1 ]", "Qty [2]". */
const FORM_FIELD_LABEL = /(?:^|[^\p{L}])(?:quantity|qty|amount|size|pack):?$/iu;

function isFormField(prose: string, open: number): boolean {
  return FORM_FIELD_LABEL.test(prose.slice(Math.max(0, open - 16), open).trimEnd());
}

function countsOnPage(prose: string, open: number): boolean {
  return PAGE_COUNTER.test(prose.slice(Math.max(0, open - 24), open).trimEnd());
}
const PARENTHESIS_WINDOW = 250;

// ---------------------------------------------------------------------------
// Markers mdast already knows

export function findNodeMarkers(inlines: readonly PhrasingContent[], source: string): MarkerDraft[] {
  const markers: MarkerDraft[] = [];
  visitSiblings(inlines as readonly Nodes[], source, markers);
  return markers;
}

function visitSiblings(siblings: readonly Nodes[], source: string, markers: MarkerDraft[]): void {
  for (let index = 0; index < siblings.length; index++) {
    const node = siblings[index] as Nodes;
    const range = nodeRange(node);
    if (!range) continue;
    if (node.type === 'footnoteReference') {
      markers.push({ kind: 'footnote', range, keys: [normaliseLabel(node.identifier)], keepsText: false });
    } else if (node.type === 'linkReference') {
      const text = plainText(node);
      markers.push({
        kind: 'link-reference',
        range,
        keys: [normaliseLabel(node.identifier)],
        keepsText: !/^\s*\^?[\d\s,–-]*\s*$/.test(text),
      });
    } else if (node.type === 'html' && /^<sup\b[^>]*>$/i.test(node.value.trim())) {
      const closing = findClosingSup(siblings, index);
      if (closing !== -1) {
        const inner = siblings.slice(index + 1, closing);
        const numbers = supNumbers(inner);
        const end = nodeRange(siblings[closing] as Html)?.end;
        if (numbers && end !== undefined) {
          markers.push({ kind: 'superscript', range: { start: range.start, end }, keys: numbers, keepsText: false });
          index = closing;
          continue;
        }
      }
    } else if ('children' in node) {
      visitSiblings(node.children as Nodes[], source, markers);
    }
  }
}

function findClosingSup(siblings: readonly Nodes[], open: number): number {
  for (let index = open + 1; index < siblings.length && index <= open + 8; index++) {
    const node = siblings[index] as Nodes;
    if (node.type === 'html' && /^<\/sup\s*>$/i.test(node.value.trim())) return index;
  }
  return -1;
}

/** "1", "[1]", "1,2", or a link "[1](#fn:1){: .footnote}" inside `<sup>`. */
function supNumbers(inner: readonly Nodes[]): string[] | null {
  const text = inner
    .map((node) => plainText(node))
    .join('')
    .replace(/\{:[^}]*\}/g, '')
    .trim()
    .replace(/^\[(.*)\]$/s, '$1');
  return NUMBER_LIST.test(text) ? expandNumbers(text) : null;
}

// ---------------------------------------------------------------------------
// Markers written as text

/**
 * Scans a block's masked prose (block-relative) and returns markers with
 * source offsets. `raw` is the unmasked block text.
 */
export function findTextMarkers(prose: string, raw: string, blockStart: number, context: MarkerContext = NO_CONTEXT): MarkerDraft[] {
  const markers: MarkerDraft[] = [];
  const at = (start: number, end: number): Range => ({ start: blockStart + start, end: blockStart + end });
  for (let i = 0; i < prose.length; i++) {
    // Only `[`, `(`, `^`, `<` and the superscript digits (all from U+00B2 up) can start a marker: jump to the next
    // of those (a regular expression's scan, not a step of this loop per character).
    MARKER_START.lastIndex = i;
    if (!MARKER_START.test(prose)) break;
    i = MARKER_START.lastIndex - 1;
    const char = prose[i] as string;
    if (char === '[') {
      const found = bracketMarker(prose, i);
      if (found && !isFormField(prose, i)) {
        markers.push({ kind: found.kind, range: at(i, found.end), keys: found.keys, keepsText: false });
        i = found.end - 1;
      }
    } else if (char in SUPERSCRIPT_VALUES) {
      const end = superscriptRunEnd(prose, i);
      if (isCitationSuperscript(raw, i)) {
        const digits = [...prose.slice(i, end)].map((c) => SUPERSCRIPT_VALUES[c] ?? (c === '⁻' ? '-' : c)).join('');
        if (NUMBER_LIST.test(digits)) {
          markers.push({ kind: 'superscript', range: at(i, end), keys: expandNumbers(digits), keepsText: false });
        }
      }
      i = end - 1;
    } else if (char === '(') {
      let numbered: RegExpExecArray | null = null;
      if (context.numberedList && i > 0 && !/\d/.test(prose[i - 1] as string) && !countsOnPage(prose, i)) {
        PARENTHESISED_NUMBERS.lastIndex = i;
        numbered = PARENTHESISED_NUMBERS.exec(prose);
      }
      const numbers = numbered ? expandNumbers(numbered[1] as string) : [];
      // "Basket (0)" in a pasted shop menu: no entry is numbered 0.
      if (numbered && numbers.length > 0) {
        markers.push({ kind: 'numeric', range: at(i, i + numbered[0].length), keys: numbers, keepsText: false });
        i += numbered[0].length - 1;
        continue;
      }
      const found = parenthesisMarker(prose, i, context.citable);
      if (found) {
        const keyRanges = found.keyRanges?.map((part) => at(part.start, part.end));
        markers.push({
          kind: 'author-year',
          range: at(found.start, found.end),
          keys: found.keys,
          ...(keyRanges ? { keyRanges } : {}),
          keepsText: false,
        });
        i = found.end - 1;
      }
    } else if (char === '^' && !caretExponent(prose, i)) {
      // Pandoc's superscript, "^6^" or "^1,2^", as R Markdown and pandoc exports write citations; not "10^6^" or "m^2^".
      CARET_SUPERSCRIPT.lastIndex = i;
      const caret = CARET_SUPERSCRIPT.exec(prose);
      if (caret && NUMBER_LIST.test(caret[1] as string)) {
        markers.push({ kind: 'superscript', range: at(i, i + caret[0].length), keys: expandNumbers(caret[1] as string), keepsText: false });
        i += caret[0].length - 1;
      }
    } else if (char === '<' && /^<sup>/i.test(prose.slice(i, i + 5))) {
      // Plain text keeps `<sup>1</sup>` as text.
      const close = prose.slice(i, i + 40).search(/<\/sup>/i);
      if (close !== -1) {
        const inner = prose.slice(i + 5, i + close).trim().replace(/^\[(.*)\]$/s, '$1');
        if (NUMBER_LIST.test(inner)) {
          markers.push({ kind: 'superscript', range: at(i, i + close + 6), keys: expandNumbers(inner), keepsText: false });
          i = i + close + 5;
        }
      }
    }
  }
  return markers;
}

/** `[1]`, `[1, 3-5]`, `[2–4]`, `[^note]`; not `[sic]`, `[x]`, `[2019]`, `[1](url)`, `[1]:`. */
function bracketMarker(prose: string, open: number): { kind: MarkerKind; end: number; keys: string[] } | null {
  let close = -1;
  for (let j = open + 1; j < prose.length && j <= open + 60; j++) {
    const char = prose[j];
    if (char === ']') {
      close = j;
      break;
    }
    if (char === '[' || char === '\n' || char === '\r') return null;
  }
  if (close === -1) return null;
  const after = prose[close + 1];
  if (after === '(' || after === ':') return null;
  const inner = prose.slice(open + 1, close);
  if (inner.startsWith('^')) {
    const label = inner.slice(1);
    if (label.length === 0 || /\s/.test(label)) return null;
    return { kind: 'footnote', end: close + 1, keys: [normaliseLabel(label)] };
  }
  if (!NUMBER_LIST.test(inner)) return null;
  const keys = expandNumbers(inner);
  return keys.length > 0 ? { kind: 'numeric', end: close + 1, keys } : null;
}

/** "1, 3-5" (or "1; 3-5") → ["1", "3", "4", "5"]; numbers above 999 (years) and 0 are not reference numbers. */
export function expandNumbers(list: string): string[] {
  const keys: string[] = [];
  for (const part of list.split(/[,;]/)) {
    const [from, to] = part.split(/[-–—]/).map((value) => Number(value.trim()));
    if (from === undefined || !Number.isFinite(from)) continue;
    const last = to !== undefined && Number.isFinite(to) && to >= from ? to : from;
    for (let n = from; n <= last && keys.length < MAX_NUMBERS; n++) {
      if (n >= 1 && n <= MAX_REFERENCE_NUMBER) keys.push(String(n));
    }
    if (to !== undefined && to < from && to >= 1 && to <= MAX_REFERENCE_NUMBER && keys.length < MAX_NUMBERS) {
      keys.push(String(to));
    }
  }
  return keys;
}

function superscriptRunEnd(prose: string, start: number): number {
  let end = start;
  while (end < prose.length) {
    const char = prose[end] as string;
    if (char in SUPERSCRIPT_VALUES) end++;
    else if ((char === ',' || char === '⁻' || char === '-' || char === '–') && (prose[end + 1] ?? '') in SUPERSCRIPT_VALUES) end++;
    else break;
  }
  return end;
}

/**
 * A superscript is a citation when glued to a word or punctuation, but not
 * after a digit (10³) or a unit (m², kg/m²).
 */
function isCitationSuperscript(raw: string, start: number): boolean {
  const previous = raw[start - 1];
  if (previous === undefined || /\s|\d/.test(previous)) return false;
  if (!/[\p{L}\p{M}]/u.test(previous)) return true;
  let wordStart = start - 1;
  while (wordStart > 0 && wordStart > start - 6 && /[\p{L}\p{M}]/u.test(raw[wordStart - 1] as string)) wordStart--;
  return !UNIT_WORDS.has(raw.slice(wordStart, start).toLowerCase());
}

/** "(Smith et al., 2020; Kim 2021)" or the "(2020)" of a narrative "Smith et al. (2020)". */
function parenthesisMarker(
  prose: string,
  open: number,
  citable: CitableWorks,
): { start: number; end: number; keys: string[]; keyRanges?: Range[] } | null {
  let close = -1;
  for (let j = open + 1; j < prose.length && j <= open + PARENTHESIS_WINDOW; j++) {
    const char = prose[j];
    if (char === ')') {
      close = j;
      break;
    }
    if (char === '(') return null;
  }
  if (close === -1) return null;
  const inner = prose.slice(open + 1, close);
  if (!/\d{4}/.test(inner)) return null;

  const keys: string[] = [];
  const keyRanges: Range[] = [];
  let partStart = open + 1;
  for (const part of inner.split(';')) {
    const match = AUTHOR_YEAR_PART.exec(part);
    if (match && isAuthorName(match[1] as string)) {
      keys.push(authorYearKey(match[1] as string, match[2] as string, match[3]));
      const leading = part.length - part.trimStart().length;
      keyRanges.push({ start: partStart + leading, end: partStart + part.trimEnd().length });
    }
    partStart += part.length + 1;
  }
  if (keys.length > 1) return { start: open, end: close + 1, keys, keyRanges };
  if (keys.length > 0) return { start: open, end: close + 1, keys };

  const yearOnly = YEAR_ONLY.exec(inner);
  if (!yearOnly) return null;
  const windowStart = Math.max(0, open - LOOKBEHIND_WINDOW);
  const lookbehind = prose.slice(windowStart, open);
  const before = NARRATIVE_AUTHORS.exec(lookbehind);
  if (before && isAuthorName(before[1] as string)) {
    return {
      start: windowStart + before.index,
      end: close + 1,
      keys: [authorYearKey(before[1] as string, yearOnly[1] as string, yearOnly[2])],
    };
  }
  const lone = citable.size > 0 ? NARRATIVE_AUTHOR.exec(lookbehind) : null;
  if (!lone || !isAuthorName(lone[1] as string)) return null;
  const key = authorYearKey(lone[1] as string, yearOnly[1] as string, yearOnly[2]);
  if (!citable.has(key)) return null;
  return { start: windowStart + lone.index, end: close + 1, keys: [key] };
}

function isAuthorName(name: string): boolean {
  const firstWord = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  return !NOT_AUTHORS.has(firstWord);
}

/** "smith|2020", "smith|2020a", "world health organization|2019". */
export function authorYearKey(name: string, year: string, suffix: string | undefined): string {
  return `${normaliseName(name)}|${year}${suffix ?? ''}`;
}
