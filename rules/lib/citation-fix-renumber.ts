/**
 * Citation order (Vancouver/AMA): sources are numbered in the order the text
 * first cites them. Finds the first citation that breaks the order and builds
 * the fix that renumbers every numeric marker and reorders the reference list
 * to match: cited entries in order of first citation, then entries nobody
 * cites, in their old relative order.
 */
import type { Article, CitationMarker, ReferenceEntry, ReferenceList } from '../../src/article/types.js';
import type { Fix } from '../../src/engine/types.js';
import { combineEdits, type TextEdit } from './citation-fix-edits.js';
import { expandParts, formatNumberList, locateMarkerNumbers, renumberParts } from './citation-fix-numbers.js';

export interface CitationOrderProblem {
  /** The first marker that cites a source out of order. */
  marker: CitationMarker;
  /** The number it gives that source. */
  written: number;
  /** The number citation order would give it. */
  expected: number;
  /** Null when the article's shape makes renumbering unsafe (see `renumberFix`). */
  fix: Fix | null;
}

/** Markers that resolve by number against the numbered (or counted) reference list. */
export function numberedMarkers(article: Article): CitationMarker[] {
  return article.markers.filter((marker) => marker.kind === 'numeric' || marker.kind === 'superscript');
}

/**
 * The list every numbered marker resolves into, or null when there is none, a
 * marker dangles (dangling-citation's business; the order cannot be judged),
 * or markers resolve into more than one list.
 */
export function citedList(markers: readonly CitationMarker[]): ReferenceList | null {
  let list: ReferenceList | null = null;
  for (const marker of markers) {
    for (const target of marker.targets) {
      if (!target.entry) return null;
      if (list && target.entry.list !== list) return null;
      list = target.entry.list;
    }
  }
  return list && (list.kind === 'heading' || list.kind === 'trailing') ? list : null;
}

export function findCitationOrderProblem(article: Article): CitationOrderProblem | null {
  const markers = numberedMarkers(article);
  const list = citedList(markers);
  if (!list) return null;

  const firstCited = new Map<ReferenceEntry, number>();
  let problem: Omit<CitationOrderProblem, 'fix'> | null = null;
  for (const marker of markers) {
    for (const target of marker.targets) {
      const entry = target.entry as ReferenceEntry;
      if (firstCited.has(entry)) continue;
      const expected = firstCited.size + 1;
      firstCited.set(entry, expected);
      const written = Number(target.key);
      if (!problem && written !== expected) problem = { marker, written, expected };
    }
  }
  if (!problem) return null;
  return { ...problem, fix: renumberFix(article, markers, list, firstCited) };
}

/** "[3]", "3." or "^3" at the start of an entry's own text: where its number and its body start. */
const OWN_LABEL = /^(\s*(?:\[|\^)?)(\d{1,3})(\]|[.)])?(?=\s|$)\s*/;

interface Slot {
  entry: ReferenceEntry;
  /** The entry's own number inside its text ("[3] Smith …"), when its label comes from there. */
  number: { start: number; end: number } | null;
  body: { start: number; end: number };
}

function slotOf(entry: ReferenceEntry): Slot {
  const match = OWN_LABEL.exec(entry.text);
  const ownLabel = match !== null && match[2] === entry.label && (match[1] !== '' || match[3] !== undefined);
  if (!match || !ownLabel) return { entry, number: null, body: { start: entry.range.start, end: entry.range.end } };
  const numberStart = entry.range.start + (match[1] as string).length;
  return {
    entry,
    number: { start: numberStart, end: numberStart + (match[2] as string).length },
    body: { start: entry.range.start + match[0].length, end: entry.range.end },
  };
}

/**
 * One fix for the whole renumbering, so the markers and the list never
 * disagree halfway. Each list slot keeps its place (bullet, spacing, number
 * position) and receives the body of the entry that belongs there; entries
 * carrying their own number ("[3] …") get the slot's new number. Null when a
 * list's numbers are not simply 1, 2, 3 by position (an ordered list starting
 * elsewhere, repeated labels), or a marker is not a shape it can rewrite.
 */
function renumberFix(
  article: Article,
  markers: readonly CitationMarker[],
  list: ReferenceList,
  firstCited: ReadonlyMap<ReferenceEntry, number>,
): Fix | null {
  const source = article.source;
  const slots = list.entries.map(slotOf);
  // Labels must be exactly 1..n by position unless each entry carries its own number (rewritten below).
  if (slots.some((slot, index) => slot.number === null && slot.entry.label !== String(index + 1))) return null;

  const newOrder = [...firstCited.keys(), ...list.entries.filter((entry) => !firstCited.has(entry))];
  const newNumber = new Map(newOrder.map((entry, index) => [entry, index + 1]));
  const renumberByKey = new Map<number, number>();
  for (const marker of markers) {
    for (const target of marker.targets) renumberByKey.set(Number(target.key), newNumber.get(target.entry as ReferenceEntry) as number);
  }

  const edits: TextEdit[] = [];
  for (const marker of markers) {
    const located = locateMarkerNumbers(marker.text);
    if (!located) return null;
    const numbers = expandParts(located.parts);
    if (!numbers.every((n) => renumberByKey.has(n))) return null;
    if (numbers.every((n) => renumberByKey.get(n) === n)) continue;
    const parts = renumberParts(located.parts, (n) => renumberByKey.get(n) as number, located.style.dash);
    edits.push({
      start: marker.range.start + located.start,
      end: marker.range.start + located.end,
      text: formatNumberList(parts, located.style),
    });
  }

  const slotOfEntry = new Map(slots.map((slot) => [slot.entry, slot]));
  slots.forEach((slot, index) => {
    const incoming = slotOfEntry.get(newOrder[index] as ReferenceEntry) as Slot;
    if (slot.number) edits.push({ ...slot.number, text: String(index + 1) });
    edits.push({ ...slot.body, text: source.slice(incoming.body.start, incoming.body.end) });
  });
  return combineEdits(source, edits);
}
