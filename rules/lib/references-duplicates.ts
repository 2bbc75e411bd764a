/**
 * Two entries for the same work: the same DOI, the same PMID, or the same
 * title (compared without case, punctuation or markup). Pure.
 */
import type { ReferenceEntry } from '../../src/article/types.js';

export interface Duplicate {
  entry: ReferenceEntry;
  /** The earlier entry it repeats. */
  first: ReferenceEntry;
  /** What they share, for the message: 'DOI 10.1000/xyz', 'title'. */
  shared: string;
}

/** Titles shorter than this many words ("Melatonin", "Sleep") are too generic to call two works the same. */
const MIN_TITLE_WORDS = 4;

function titleKey(title: string | null): string | null {
  if (title === null) return null;
  const words = title
    .toLowerCase()
    .replace(/<[^>]*>|[*_"“”‘’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length >= MIN_TITLE_WORDS ? words.join(' ') : null;
}

export function findDuplicates(entries: readonly ReferenceEntry[]): Duplicate[] {
  const seen = new Map<string, ReferenceEntry>();
  const duplicates: Duplicate[] = [];
  for (const entry of entries) {
    const keys: [string, string][] = [];
    if (entry.doi) keys.push([`doi:${entry.doi.toLowerCase()}`, `DOI ${entry.doi}`]);
    if (entry.pmid) keys.push([`pmid:${entry.pmid}`, `PMID ${entry.pmid}`]);
    const title = titleKey(entry.title);
    if (title) keys.push([`title:${title}`, 'title']);
    const match = keys.find(([key]) => seen.has(key));
    const first = match ? seen.get(match[0]) : undefined;
    if (match && first) duplicates.push({ entry, first, shared: match[1] });
    for (const [key] of keys) if (!seen.has(key)) seen.set(key, entry);
  }
  return duplicates;
}
