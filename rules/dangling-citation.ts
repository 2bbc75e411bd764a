/**
 * dangling-citation: an in-text citation marker that resolves to no reference
 * entry (rubric §3). One finding per marker occurrence, at the marker.
 */
import type { Article, CitationMarker } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { danglingMessage } from './lib/citation-messages.js';
import { linksToItsWork } from './lib/citation-references.js';

/** Entries a number can point at: lists that are not footnotes or link definitions. */
function numberedEntryCount(article: Article): number {
  let count = 0;
  for (const list of article.references) {
    if (list.kind === 'heading' || list.kind === 'trailing') count += list.entries.length;
  }
  return count;
}

/** A marker alone on its line ("[22]" in a web export's emptied reference list) supports no text. */
function standsAlone(marker: CitationMarker): boolean {
  return marker.sentence !== null && marker.sentence.prose.trim() === '';
}

/**
 * Keys that appear as lone label lines: the reference list kept its numbers but
 * lost its entries. A marker pointing there has an (empty) entry, which the
 * rubric leaves ambiguous, so it is not reported as dangling.
 */
function emptyEntryKeys(article: Article): Set<string> {
  const keys = new Set<string>();
  for (const marker of article.markers) {
    if (standsAlone(marker)) for (const target of marker.targets) keys.add(target.key);
  }
  return keys;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dangling-citation',
    description: 'Citation markers that point to no entry of the reference list.',
    defaultSeverity: 'error',
    docs: 'docs/rules/dangling-citation.md',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  defaultOptions: {},
  check(article, context) {
    if (article.markers.length === 0) return;
    const hasReferenceList = article.references.some((list) => list.entries.length > 0);
    const entryCount = numberedEntryCount(article);
    const emptyEntries = emptyEntryKeys(article);
    for (const marker of article.markers) {
      if (standsAlone(marker) || linksToItsWork(marker)) continue;
      const missing = marker.targets.filter(
        (target) => (!hasReferenceList || target.entry === null) && !emptyEntries.has(target.key),
      );
      const missingKeys = missing.map((target) => target.key);
      if (missingKeys.length === 0 && (hasReferenceList || marker.targets.length > 0)) continue;
      // In a group where only some works are missing, point at each of them: "(Lee, 2018; Kim, 2020)".
      if (hasReferenceList && missing.length < marker.targets.length && missing.every((target) => target.range)) {
        for (const target of missing) {
          const range = target.range as { start: number; end: number };
          context.report({
            message: danglingMessage({
              kind: marker.kind,
              text: article.source.slice(range.start, range.end),
              missingKeys: [target.key],
              keyCount: 1,
              hasReferenceList,
              entryCount,
            }),
            range: { ...range },
          });
        }
        continue;
      }
      context.report({
        message: danglingMessage({
          kind: marker.kind,
          text: marker.text,
          missingKeys,
          keyCount: marker.targets.length,
          hasReferenceList,
          entryCount,
        }),
        range: { start: marker.range.start, end: marker.range.end },
      });
    }
  },
});
