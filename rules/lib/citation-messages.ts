/**
 * Wording for citation findings: what is missing and what the editor should do.
 * Pure string functions so the messages can be tested without an Article.
 */
import type { MarkerKind } from '../../src/article/types.js';

export interface DanglingMarkerFacts {
  kind: MarkerKind;
  /** The marker exactly as written, e.g. "[1, 5]" or "(Lee, 2018)". */
  text: string;
  /** Keys of the marker's targets that resolve to nothing ("5", "dose", "lee|2018"). */
  missingKeys: string[];
  /** How many keys the marker has in all (so "[1, 5]" can name only 5). */
  keyCount: number;
  /** False when the article has no reference list of any kind. */
  hasReferenceList: boolean;
  /** Entries in the numbered or ordered reference lists (for "the list has 3 entries"). */
  entryCount: number;
}

/** "lee|2018" → "Lee 2018"; "van der berg|2020" → "Van Der Berg 2020". */
export function formatAuthorYearKey(key: string): string {
  const [surname = '', year = ''] = key.split('|');
  const name = surname.replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
  return year ? `${name} ${year}` : name;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function entriesPhrase(count: number): string {
  return count === 1 ? 'the list has 1 entry' : `the list has ${count} entries`;
}

/** The message for a marker that resolves (wholly or partly) to no reference entry. */
export function danglingMessage(facts: DanglingMarkerFacts): string {
  const { kind, text, missingKeys, keyCount, hasReferenceList, entryCount } = facts;
  const partial = missingKeys.length < keyCount;

  if (kind === 'footnote') {
    const label = missingKeys[0] ?? text.replace(/^\[\^|\]$/g, '');
    return `Footnote ${text} has no definition: add "[^${label}]: ..." at the end.`;
  }

  if (kind === 'author-year') {
    const names = joinNames(missingKeys.map(formatAuthorYearKey));
    if (!hasReferenceList) {
      return `${text} cites a source but the article has no reference list: add a "References" section with ${names}.`;
    }
    const lead = partial ? `${text}: ${names}` : text;
    const verb = missingKeys.length > 1 ? 'match' : 'matches';
    return `${lead} ${verb} no reference entry: add ${names} to the references.`;
  }

  if (kind === 'link-reference') {
    const label = missingKeys[0] ?? '';
    return `Link reference ${text} has no definition: add "[${label}]: https://..." pointing to the source.`;
  }

  // numeric and superscript
  if (!hasReferenceList) {
    return `Citation ${text} but the article has no reference list: add a "References" section.`;
  }
  const numbers = joinNames(missingKeys);
  const subject = partial ? `Citation ${text}: ${numbers}` : `Citation ${text}`;
  const verb = missingKeys.length > 1 ? 'point' : 'points';
  return `${subject} ${verb} to no reference: ${entriesPhrase(entryCount)}. Add the source, or correct the number.`;
}

/** A short, recognisable start of a reference entry for messages: `Daly, E., Trivedi, M. H. …`. */
export function entrySnippet(entryText: string, maxLength = 32): string {
  const flat = entryText.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:]+$/, '')} …`;
}

export interface UnusedEntryFacts {
  /** The list kind the entry belongs to. */
  listKind: 'heading' | 'trailing' | 'footnotes' | 'definitions';
  label: string;
  ordinal: number;
  text: string;
}

/** The message for a reference entry no marker cites. */
export function unusedMessage(facts: UnusedEntryFacts): string {
  const snippet = entrySnippet(facts.text);
  if (facts.listKind === 'footnotes') {
    return `Footnote [^${facts.label}] ("${snippet}") is never referenced: cite it where it supports a claim, or remove it.`;
  }
  if (facts.listKind === 'definitions') {
    return `Link definition [${facts.label}] ("${snippet}") is never used: cite it where it supports a claim, or remove it.`;
  }
  return `Reference ${facts.label || facts.ordinal} ("${snippet}") is never cited: cite it where it supports a claim, or remove it.`;
}

/** Lower-case, collapse spaces, drop trailing punctuation: "Further Reading:" → "further reading". */
export function normaliseHeading(text: string): string {
  const flat = text.toLowerCase().replace(/[*_#`]/g, '').replace(/\s+/g, ' ').trim();
  let end = flat.length;
  while (end > 0 && ' :.?!'.includes(flat.charAt(end - 1))) end--;
  return flat.slice(0, end);
}

/** True when a list's heading names a reading list (its entries need not be cited). */
export function isReadingListHeading(heading: string | null, readingListHeadings: readonly string[]): boolean {
  if (heading === null) return false;
  const normalised = normaliseHeading(heading);
  return readingListHeadings.some((candidate) => {
    const wanted = normaliseHeading(candidate);
    return wanted !== '' && (normalised === wanted || normalised.startsWith(`${wanted} `));
  });
}
