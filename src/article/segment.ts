/**
 * One block → its sentences, markers and links: mask what is not prose, find
 * the citation markers, blank them, split sentences, then hand each marker
 * and link to the sentence that holds it.
 */
import type { CitationMarker, LinkSpan, Range, Sentence } from './types.js';
import type { BlockDraft } from './blocks.js';
import type { DefinitionUrls } from './prose.js';
import { blank, maskBlock, renderProse } from './prose.js';
import { findNodeMarkers, findTextMarkers, type MarkerContext } from './markers.js';
import { splitSentences, type SplitOptions } from './sentences.js';

export interface SegmentedBlock {
  sentences: Sentence[];
  markers: CitationMarker[];
}

export function segmentBlock(
  draft: BlockDraft,
  source: string,
  definitionUrls: DefinitionUrls,
  markerContext?: MarkerContext,
  splitOptions: SplitOptions = {},
): SegmentedBlock {
  const { block, inlines } = draft;
  const { mask, links } = maskBlock(source, block.range, inlines, block.inBlockquote, definitionUrls);
  const raw = source.slice(block.range.start, block.range.end);

  // A paragraph split into glyph-bulleted items shares its inline nodes: each part keeps its own markers.
  const nodeMarkers = findNodeMarkers(inlines, source).filter(
    (marker) => marker.range.start >= block.range.start && marker.range.end <= block.range.end,
  );
  // `[text][label]` keeps its text as prose (its syntax is already blanked).
  for (const marker of nodeMarkers) if (!marker.keepsText) blank(mask, marker.range);
  const textMarkers = findTextMarkers(renderProse(source, mask), raw, block.range.start, markerContext);
  for (const marker of textMarkers) blank(mask, marker.range);
  const drafts = [...nodeMarkers, ...textMarkers].sort((a, b) => a.range.start - b.range.start);
  const prose = renderProse(source, mask);

  const markers: CitationMarker[] = drafts.map((marker) => ({
    kind: marker.kind,
    range: marker.range,
    text: source.slice(marker.range.start, marker.range.end),
    targets: marker.keys.map((key, index) => {
      const part = marker.keyRanges?.[index];
      return part ? { key, entry: null, range: part } : { key, entry: null };
    }),
    sentence: null,
  }));

  const relativeMarkers = drafts.map((marker) => relative(marker.range, block.range.start));
  const sentences: Sentence[] = [];
  for (const range of splitSentences(raw, prose, relativeMarkers, splitOptions)) {
    const sentenceProse = prose.slice(range.start, range.end);
    // A stretch with no words of its own (an image, a lone marker) is not a sentence.
    if (sentenceProse.trim() === '') continue;
    sentences.push({
      range: { start: block.range.start + range.start, end: block.range.start + range.end },
      text: raw.slice(range.start, range.end),
      prose: sentenceProse,
      block,
      markers: [],
      links: [],
      isQuestion: endsWithQuestionMark(sentenceProse),
    });
  }
  assignToSentences(sentences, markers, (sentence, marker) => {
    sentence.markers.push(marker);
    marker.sentence = sentence;
  });
  assignToSentences(sentences, links, (sentence, link: LinkSpan) => sentence.links.push(link));
  block.sentences = sentences;
  return { sentences, markers };
}

/** Both lists are in document order: one merge pass, by start offset. */
function assignToSentences<Item extends { range: Range }>(
  sentences: readonly Sentence[],
  items: readonly Item[],
  assign: (sentence: Sentence, item: Item) => void,
): void {
  let index = 0;
  for (const item of items) {
    while (index < sentences.length && (sentences[index] as Sentence).range.end <= item.range.start) index++;
    const sentence = sentences[index];
    if (sentence && sentence.range.start <= item.range.start) assign(sentence, item);
  }
}

function endsWithQuestionMark(prose: string): boolean {
  let end = prose.length;
  while (end > 0 && /[\s"'”’)\]»*_]/.test(prose[end - 1] as string)) end--;
  return prose[end - 1] === '?';
}

function relative(range: Range, offset: number): Range {
  return { start: range.start - offset, end: range.end - offset };
}
