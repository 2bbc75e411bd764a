/**
 * citation-style: the layout of numeric citations. Markers are spaced one way
 * ("[1, 2]", "[2–4]", not "[1,2]" or "[ 2 - 4 ]"), and a reference list that
 * numeric markers count on carries the numbers, so a reader looking for [3]
 * does not have to count entries. Both fixes change layout only, never which
 * source a number points to.
 */
import type { Article, CitationMarker, ReferenceList } from '../src/article/types.js';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import { numberListFix } from './lib/citation-fix-list.js';
import { parseNumberList, type NumberPart } from './lib/citation-fix-numbers.js';
import { firstLineRange } from './lib/citation-references.js';
import { numberedMarkers } from './lib/citation-fix-renumber.js';

export interface CitationStyleOptions {
  /** Normalise the spacing inside numeric markers. */
  spacing: boolean;
  /** Ask for numbers on a reference list that numeric markers count on. */
  numberedList: boolean;
  /** Range dash: keep what the writer used, or make every range use an en dash or a hyphen. */
  rangeDash: 'keep' | 'en-dash' | 'hyphen';
}

const DASHES = { 'en-dash': '–', hyphen: '-' } as const;
const BRACKETED = /^\[([^\]]*)\]$/;

function canonicalMarker(parts: readonly NumberPart[], rangeDash: CitationStyleOptions['rangeDash']): string {
  const written = parts.map((part) => {
    if (part.to === null) return String(part.from);
    const dash = rangeDash === 'keep' ? (part.dash ?? '–') : DASHES[rangeDash];
    return `${part.from}${dash}${part.to}`;
  });
  return `[${written.join(', ')}]`;
}

function checkSpacing(marker: CitationMarker, options: CitationStyleOptions, context: RuleContext<CitationStyleOptions>): void {
  if (marker.kind !== 'numeric') return;
  const inner = BRACKETED.exec(marker.text)?.[1];
  const parts = inner === undefined ? null : parseNumberList(inner);
  if (!parts) return;
  const wanted = canonicalMarker(parts, options.rangeDash);
  if (wanted === marker.text) return;
  const rule =
    options.rangeDash === 'keep' ? 'one space after each comma, none inside the brackets or around a range dash' : `one space after each comma, ranges with "${DASHES[options.rangeDash]}"`;
  context.report({
    message: `Write "${marker.text}" as "${wanted}": ${rule}.`,
    range: { start: marker.range.start, end: marker.range.end },
    fix: { range: [marker.range.start, marker.range.end], text: wanted },
  });
}

/** The one heading or trailing list the numbered markers resolve into by counting, when it shows no numbers. */
function countedUnnumberedList(article: Article, markers: readonly CitationMarker[]): ReferenceList | null {
  const lists = new Set<ReferenceList>();
  for (const marker of markers) for (const target of marker.targets) if (target.entry) lists.add(target.entry.list);
  const [list] = lists;
  if (lists.size !== 1 || !list || list.numbered) return null;
  return list.kind === 'heading' || list.kind === 'trailing' ? list : null;
}

export default defineRule<CitationStyleOptions>({
  meta: {
    id: 'citation-style',
    description: 'Numeric citations spaced one way ("[1, 2]") and a numbered reference list when numbers cite it.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/citation-style.md',
    schema: {
      type: 'object',
      properties: {
        spacing: { type: 'boolean' },
        numberedList: { type: 'boolean' },
        rangeDash: { enum: ['keep', 'en-dash', 'hyphen'] },
      },
      additionalProperties: false,
    },
    fixable: 'layout',
  },
  defaultOptions: { spacing: true, numberedList: true, rangeDash: 'keep' },
  check(article, context) {
    const markers = numberedMarkers(article);
    if (markers.length === 0) return;
    const { options } = context;
    if (options.spacing) for (const marker of markers) checkSpacing(marker, options, context);
    if (!options.numberedList) return;
    const list = countedUnnumberedList(article, markers);
    const first = list?.entries[0];
    if (!list || !first) return;
    const fix = numberListFix(article, list);
    const example = markers.find((marker) => marker.targets.some((target) => target.entry?.list === list))?.text ?? '[1]';
    context.report({
      message:
        `The reference list is not numbered, yet citations such as ${example} count on its order: ` +
        `number the entries so a reader can find each source${fix ? ' (--fix numbers them)' : ''}.`,
      range: firstLineRange(article.source, first.range),
      ...(fix ? { fix } : {}),
    });
  },
});
