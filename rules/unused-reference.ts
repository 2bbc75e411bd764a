/**
 * unused-reference: a reference entry no in-text marker cites, in an article
 * that cites by markers at all (rubric §4). Reading lists are left alone.
 */
import { defineRule } from '../src/engine/types.js';
import { isReadingListHeading, unusedMessage } from './lib/citation-messages.js';
import { firstLineRange, usedDefinitionLabels } from './lib/citation-references.js';

export interface UnusedReferenceOptions {
  /** Headings of lists that are reading lists: their entries are never unused. */
  ignoreHeadings: string[];
}

export default defineRule<UnusedReferenceOptions>({
  meta: {
    id: 'unused-reference',
    description: 'Reference entries that no citation in the text points to.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/unused-reference.md',
    schema: {
      type: 'object',
      properties: {
        ignoreHeadings: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: {
    ignoreHeadings: [
      'Further reading',
      'Additional resources',
      'Resources',
      'Further references',
      'Recommended reading',
      'Useful links',
      'External links',
      'See also',
    ],
  },
  check(article, context) {
    // An article that never cites in the text has a reading list, not references.
    if (article.markers.length === 0) return;
    let linkedDefinitions: Set<string> | null = null;
    for (const entry of article.entries) {
      if (entry.citedBy.length > 0) continue;
      // An entry that is only its label ("[11]" in an export that lost the text) has nothing to cite.
      if (entry.text.replace(/[[\]^\d.:\s]/g, '') === '') continue;
      // A reading list is left alone, unless the text cites from it: then it is the article's reference list.
      if (isReadingListHeading(entry.list.heading, context.options.ignoreHeadings) && !entry.list.entries.some((other) => other.citedBy.length > 0)) continue;
      // A second definition of a cited footnote ("[^3]: ..." twice) is a duplicate, not an uncited source.
      if (entry.list.kind === 'footnotes' && entry.list.entries.some((other) => other.label === entry.label && other.citedBy.length > 0)) continue;
      if (entry.list.kind === 'definitions') {
        // A definition used by an ordinary link is navigation, not an uncited source.
        linkedDefinitions ??= usedDefinitionLabels(article.tree);
        if (linkedDefinitions.has(entry.label.toLowerCase())) continue;
      }
      context.report({
        message: unusedMessage({
          listKind: entry.list.kind,
          label: entry.label,
          ordinal: entry.ordinal,
          text: entry.text,
        }),
        range: firstLineRange(article.source, entry.range),
      });
    }
  },
});
