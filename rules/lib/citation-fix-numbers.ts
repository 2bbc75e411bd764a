/**
 * The number list inside a numeric citation marker ("1, 3–5" in "[1, 3–5]"):
 * where it sits in the marker's text, its parts, and writing it back, either
 * renumbered (citation-order) or with normalised spacing (citation-style).
 */

export interface NumberPart {
  from: number;
  /** Last number of a range ("3–5"), null for a single number. */
  to: number | null;
  /** The dash a range was written with: "-", "–" or "—". */
  dash: string | null;
}

export interface NumberListStyle {
  /** Between parts: ", " or ",". */
  comma: string;
  /** Inside ranges. */
  dash: string;
  /** Unicode superscript digits (¹²³) instead of ASCII. */
  superscript: boolean;
}

/** Where the number list sits inside a marker's text, and how it was written. */
export interface MarkerNumbers {
  start: number;
  end: number;
  parts: NumberPart[];
  style: NumberListStyle;
}

const PART = /^\s*(\d{1,3})(?:\s*([-–—])\s*(\d{1,3}))?\s*$/;
const TO_SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};
const FROM_SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  Object.entries(TO_SUPERSCRIPT).map(([ascii, sup]) => [sup, ascii]),
);
/** "[1, 2]", "<sup>1,2</sup>", "<sup>[1]</sup>": the groups are what precedes and what is the list. */
const BRACKETED = /^(\[)([^\]]*)\]$/;
const SUP_TAG = /^(<sup>\s*\[?)([\d\s,–—-]*?)\]?\s*<\/sup>$/i;
const UNICODE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹⁻,]+$/;

/** "1, 3-5" → parts; null when any part is not a number or a range. */
export function parseNumberList(text: string): NumberPart[] | null {
  const parts: NumberPart[] = [];
  for (const piece of text.split(',')) {
    const match = PART.exec(piece);
    if (!match) return null;
    const to = match[3] === undefined ? null : Number(match[3]);
    parts.push({ from: Number(match[1]), to, dash: match[2] ?? null });
  }
  return parts.length > 0 ? parts : null;
}

/** The number list of a numeric or superscript marker's text; null for shapes a fix must not touch (links inside `<sup>`). */
export function locateMarkerNumbers(markerText: string): MarkerNumbers | null {
  if (UNICODE.test(markerText)) {
    const ascii = [...markerText].map((char) => FROM_SUPERSCRIPT[char] ?? char).join('');
    const parts = parseNumberList(ascii);
    if (!parts) return null;
    const dash = parts.find((part) => part.dash)?.dash ?? '-';
    return { start: 0, end: markerText.length, parts, style: { comma: ',', dash, superscript: true } };
  }
  const match = BRACKETED.exec(markerText) ?? SUP_TAG.exec(markerText);
  if (!match) return null;
  const inner = match[2] as string;
  const parts = parseNumberList(inner);
  if (!parts) return null;
  const start = (match[1] as string).length;
  return { start, end: start + inner.length, parts, style: styleOf(inner, parts) };
}

/** How a list was written, so a renumbered one looks the same: comma spacing and range dash. */
function styleOf(inner: string, parts: NumberPart[]): NumberListStyle {
  const comma = /,(?!\s)/.test(inner) && !/,\s/.test(inner) ? ',' : ', ';
  return { comma, dash: parts.find((part) => part.dash)?.dash ?? '–', superscript: false };
}

export function formatNumberList(parts: readonly NumberPart[], style: NumberListStyle): string {
  const text = parts
    .map((part) => (part.to === null ? String(part.from) : `${part.from}${style.dash}${part.to}`))
    .join(style.comma);
  return style.superscript ? [...text].map((char) => TO_SUPERSCRIPT[char] ?? char).join('') : text;
}

/** Every number the parts cite, in written order (a reversed range "5–3" counts its two ends). */
export function expandParts(parts: readonly NumberPart[]): number[] {
  const numbers: number[] = [];
  for (const part of parts) {
    if (part.to === null) numbers.push(part.from);
    else if (part.to >= part.from) for (let n = part.from; n <= part.to; n++) numbers.push(n);
    else numbers.push(part.from, part.to);
  }
  return numbers;
}

/**
 * The parts with every number mapped through `renumber`. A range stays a range
 * when its new numbers are still consecutive; otherwise it is written out in
 * ascending order, runs of three or more closing up into ranges again.
 * A number cited twice in one marker is kept once.
 */
export function renumberParts(
  parts: readonly NumberPart[],
  renumber: (oldNumber: number) => number,
  dash: string,
): NumberPart[] {
  const seen = new Set<number>();
  const result: NumberPart[] = [];
  const keep = (part: NumberPart): void => {
    const numbers = expandParts([part]).filter((n) => !seen.has(n));
    for (const n of numbers) seen.add(n);
    if (numbers.length === 0) return;
    if (part.to !== null && numbers.length === expandParts([part]).length) result.push(part);
    else for (const n of numbers) result.push({ from: n, to: null, dash: null });
  };
  for (const part of parts) {
    if (part.to === null || part.to < part.from) {
      for (const n of expandParts([part])) keep({ from: renumber(n), to: null, dash: null });
      continue;
    }
    const mapped = expandParts([part]).map(renumber);
    const consecutive = mapped.every((n, index) => index === 0 || n === (mapped[index - 1] as number) + 1);
    if (consecutive) {
      keep({ from: mapped[0] as number, to: mapped[mapped.length - 1] as number, dash: part.dash });
      continue;
    }
    for (const run of ascendingRuns([...mapped].sort((a, b) => a - b))) {
      keep(run.length >= 3 ? { from: run[0] as number, to: run[run.length - 1] as number, dash } : { from: run[0] as number, to: null, dash: null });
      for (const n of run.length >= 3 ? [] : run.slice(1)) keep({ from: n, to: null, dash: null });
    }
  }
  return result;
}

function ascendingRuns(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (run && n === (run[run.length - 1] as number) + 1) run.push(n);
    else runs.push([n]);
  }
  return runs;
}
