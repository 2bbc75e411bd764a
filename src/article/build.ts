/**
 * mdast → Article: the one place that runs the analysis steps in order.
 * Each step is its own module; this file only wires them.
 */
import type { Root } from 'mdast';
import type { Article, CitationMarker, Format, ReferenceEntry, ReferenceList, Sentence } from './types.js';
import { createLineIndex } from './lines.js';
import { readFrontMatter } from './frontmatter.js';
import { buildSections, collectHeadings, createSectionLocator, findTitle } from './sections.js';
import { collectComments } from './comments.js';
import { findReferenceLists } from './references.js';
import { collectBlocks } from './blocks.js';
import { segmentBlock } from './segment.js';
import { hardWraps } from './wrapping.js';
import { startsSentencesInLowerCase } from './casing.js';
import { authorYearIndex, resolveCitations } from './resolve.js';

export interface BuildInput {
  path: string;
  format: Format;
  source: string;
  tree: Root;
}

export function buildArticle(input: BuildInput): Article {
  const { path, format, source, tree } = input;
  const lines = createLineIndex(source);
  const frontMatter = readFrontMatter(tree, lines);
  const headings = collectHeadings(tree);
  const outline = buildSections(tree, headings, source.length);
  const references = findReferenceLists(tree, source);

  const definitionUrls = new Map<string, string>();
  for (const list of references.lists) {
    if (list.kind !== 'definitions') continue;
    for (const entry of list.entries) if (entry.url !== null) definitionUrls.set(entry.label, entry.url);
  }

  const byAuthorYear = authorYearIndex(references.lists);
  const markerContext = {
    // A lone narrative surname ("Ellingham (2019b)") is a citation only when it names one of these.
    citable: byAuthorYear,
    numberedList: references.lists.some((list) => (list.kind === 'heading' || list.kind === 'trailing') && list.numbered && !bracketLabelled(list)),
  };
  const drafts = collectBlocks(tree, references.excluded, createSectionLocator(outline.ordered), source);
  const sentences: Sentence[] = [];
  const markers: CitationMarker[] = [];
  const splitOptions = { wraps: hardWraps(source, drafts), lowerCaseStarts: startsSentencesInLowerCase(source, drafts) };
  for (const draft of drafts) {
    const segmented = segmentBlock(draft, source, definitionUrls, markerContext, splitOptions);
    sentences.push(...segmented.sentences);
    markers.push(...segmented.markers);
  }
  resolveCitations(markers, references.lists, byAuthorYear);

  const entries: ReferenceEntry[] = references.lists
    .flatMap((list) => list.entries)
    .sort((a, b) => a.range.start - b.range.start);

  return {
    path,
    format,
    source,
    tree,
    lines,
    title: findTitle(tree, headings, frontMatter?.title ?? null),
    frontMatter: frontMatter?.frontMatter ?? null,
    headings,
    sections: outline.sections,
    blocks: drafts.map((draft) => draft.block),
    sentences,
    markers,
    references: references.lists,
    entries,
    comments: collectComments(tree, source),
  };
}

/** Entries written "[1] ...": the article cites them as "[1]", so a "(4)" in its text counts something else ("See more answers (4)"). */
function bracketLabelled(list: ReferenceList): boolean {
  return list.entries.length > 0 && list.entries.every((entry) => entry.text.trimStart().startsWith('['));
}
