/**
 * malformed-reference: a reference entry a reader cannot follow or a
 * librarian cannot match — a DOI, PMID, PMCID or URL that is not well-formed,
 * a scholarly entry with no year or no title, or two entries in one list for
 * the same work (JAMA benchmark: attribution; AMA Manual of Style §3).
 */
import type { ReferenceEntry } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { findDuplicates } from './lib/references-duplicates.js';
import { describeEntry, entryLineRange, isEmptyEntry } from './lib/references-entries.js';
import { identifierProblems } from './lib/references-identifiers.js';

export interface MalformedReferenceOptions {
  identifiers: boolean;
  /** An entry with authors but no year. */
  year: boolean;
  /** An entry with authors and a year but no title. */
  title: boolean;
  duplicates: boolean;
}

/** Link definitions (`[1]: https://…`) and bare links are web references: no year or title is expected in them. */
function isScholarly(entry: ReferenceEntry): boolean {
  return entry.list.kind !== 'definitions' && entry.authors.length > 0 && !isEmptyEntry(entry);
}

/** What is left once names, the year and identifiers are gone: a title (or at least a journal) has a few words. */
function lacksTitle(entry: ReferenceEntry): boolean {
  const rest = entry.text
    .replace(/\bhttps?:\/\/\S+|\b10\.\d{4,9}\/\S+|\b(?:doi|pmid|pmcid)\b:?\s*\S*/gi, ' ')
    .replace(/^\s*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}[.)])/, ' ')
    .replace(/\((?:[^()]*?)\d{4}[a-z]?\)|\b\d{4}\b/g, ' ')
    .replace(/\b\p{Lu}\.|\bet al\b/gu, ' ');
  const words = rest.split(/[^\p{L}]+/u).filter((word) => word.length > 1 && !entry.authors.includes(word.toLowerCase()));
  return words.length < 3;
}

export default defineRule<MalformedReferenceOptions>({
  meta: {
    id: 'malformed-reference',
    description: 'Reference entries with a broken DOI, PMID, PMCID or URL, no year or title, or listed twice.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/malformed-reference.md',
    schema: {
      type: 'object',
      properties: {
        identifiers: { type: 'boolean' },
        year: { type: 'boolean' },
        title: { type: 'boolean' },
        duplicates: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { identifiers: true, year: true, title: true, duplicates: true },
  check(article, context) {
    const options = context.options;
    for (const entry of article.entries) {
      if (options.identifiers) {
        for (const problem of identifierProblems(entry.text)) {
          context.report({
            message: `${describeEntry(entry)}: ${problem.message}. Check it against the publisher's page so readers can find the source.`,
            range: { start: entry.range.start + problem.start, end: entry.range.start + problem.end },
          });
        }
      }
      if (!isScholarly(entry)) continue;
      if (options.year && entry.year === null) {
        context.report({ message: `${describeEntry(entry)} has no year: add when it was published.`, range: entryLineRange(entry) });
      } else if (options.title && lacksTitle(entry)) {
        context.report({ message: `${describeEntry(entry)} has no title: add the title of the work.`, range: entryLineRange(entry) });
      }
    }
    if (!options.duplicates) return;
    for (const list of article.references) {
      for (const { entry, first, shared } of findDuplicates(list.entries)) {
        const firstName = describeEntry(first).replace(/^Reference /, 'reference ').replace(/ \(".*$/, '');
        context.report({
          message: `${describeEntry(entry)} lists the same work as ${firstName} (same ${shared}): keep one entry and point its citations there.`,
          range: entryLineRange(entry),
        });
      }
    }
  },
});
