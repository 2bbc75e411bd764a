/**
 * dangling-citation: an in-text citation marker that resolves to no reference
 * entry (rubric §3). One finding per marker occurrence, at the marker.
 */
import type { Article } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { danglingMessage } from './lib/citation-messages.js';

/** Entries a number can point at: lists that are not footnotes or link definitions. */
function numberedEntryCount(article: Article): number {
  let count = 0;
  for (const list of article.references) {
    if (list.kind === 'heading' || list.kind === 'trailing') count += list.entries.length;
  }
  return count;
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
    for (const marker of article.markers) {
      const missingKeys = hasReferenceList
        ? marker.targets.filter((target) => target.entry === null).map((target) => target.key)
        : marker.targets.map((target) => target.key);
      if (hasReferenceList && missingKeys.length === 0) continue;
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
