/**
 * Marker → entry resolution, in one pass over the markers with lookup maps
 * built once from the lists (no markers × entries loops).
 */
import type { CitationMarker, ReferenceEntry, ReferenceList } from './types.js';
import { acronymOf } from './bibliography.js';

/** Author–year keys → entries, worked out once per article: the text scan asks which keys exist, resolution looks them up. */
export type AuthorYearIndex = ReadonlyMap<string, ReferenceEntry>;

export function resolveCitations(
  markers: readonly CitationMarker[],
  lists: readonly ReferenceList[],
  byAuthorYear: AuthorYearIndex = authorYearIndex(lists),
): void {
  const byNumber = numberedLookup(lists);
  const footnotes = labelLookup(lists, 'footnotes');
  const definitions = labelLookup(lists, 'definitions');

  for (const marker of markers) {
    for (const target of marker.targets) {
      let entry: ReferenceEntry | undefined;
      switch (marker.kind) {
        case 'numeric':
        case 'superscript':
          entry = byNumber.get(target.key);
          break;
        case 'footnote':
          entry = footnotes.get(target.key);
          break;
        case 'link-reference':
          entry = definitions.get(target.key);
          break;
        case 'author-year':
          entry = byAuthorYear.get(target.key) ?? byAuthorYear.get(target.key.replace(/[a-z]$/, ''));
          break;
      }
      target.entry = entry ?? null;
      // A marker's targets are handled together, so a repeat is always the last one pushed.
      if (entry && entry.citedBy[entry.citedBy.length - 1] !== marker) entry.citedBy.push(marker);
    }
  }
}

/**
 * Numbers resolve against one list: a heading list (numbered first), else the
 * trailing list, else definitions with numeric labels. A numbered list maps
 * its own labels; an unnumbered one maps ordinals.
 */
function numberedLookup(lists: readonly ReferenceList[]): Map<string, ReferenceEntry> {
  const headingLists = lists.filter((list) => list.kind === 'heading' && list.entries.length > 0);
  const chosen =
    headingLists.find((list) => list.numbered) ??
    headingLists[0] ??
    lists.find((list) => list.kind === 'trailing' && list.entries.length > 0) ??
    lists.find((list) => list.kind === 'definitions' && list.numbered && list.entries.length > 0);
  const lookup = new Map<string, ReferenceEntry>();
  if (!chosen) return lookup;
  for (const entry of chosen.entries) {
    const key = chosen.numbered ? entry.label : String(entry.ordinal);
    if (!lookup.has(key)) lookup.set(key, entry);
  }
  return lookup;
}

function labelLookup(lists: readonly ReferenceList[], kind: 'footnotes' | 'definitions'): Map<string, ReferenceEntry> {
  const lookup = new Map<string, ReferenceEntry>();
  for (const list of lists) {
    if (list.kind !== kind) continue;
    for (const entry of list.entries) if (!lookup.has(entry.label)) lookup.set(entry.label, entry);
  }
  return lookup;
}

/** "smith|2020" (and "smith|2020a" when the entry's year has a suffix) → entry, by first author. */
export function authorYearIndex(lists: readonly ReferenceList[]): Map<string, ReferenceEntry> {
  const lookup = new Map<string, ReferenceEntry>();
  const add = (key: string, entry: ReferenceEntry): void => {
    if (!lookup.has(key)) lookup.set(key, entry);
  };
  for (const list of lists) {
    for (const entry of list.entries) {
      const firstAuthor = entry.authors[0];
      if (!firstAuthor || entry.year === null) continue;
      const suffix = new RegExp(`\\b${entry.year}([a-z])\\b`).exec(entry.text)?.[1] ?? '';
      const names = [firstAuthor];
      const acronym = acronymOf(firstAuthor);
      if (acronym) names.push(acronym);
      for (const name of names) {
        if (suffix) add(`${name}|${entry.year}${suffix}`, entry);
        add(`${name}|${entry.year}`, entry);
      }
    }
  }
  return lookup;
}
