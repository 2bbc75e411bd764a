/**
 * Finding reference lists: a list or lines under a References/Sources/...
 * heading, a trailing run of reference-looking entries with no heading (the
 * seed's shape), footnote definitions and link-reference definitions.
 */
import type { Definition, FootnoteDefinition, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { Range, ReferenceEntry, ReferenceList, ReferenceListKind } from './types.js';
import { looksLikeByline, looksLikeReference, readEntryFields, readEntryLabel } from './bibliography.js';
import { nodeRange, plainText, spanOf } from './nodes.js';
import { normaliseLabel } from './labels.js';
import { isNavigationRow } from '../parse/page-chrome.js';

export interface FoundReferences {
  /** In document order. */
  lists: ReferenceList[];
  /** Nodes that belong to a reference list (entries, bylines among them): never body blocks. */
  excluded: Set<Nodes>;
}

const KEYWORD =
  String.raw`(?:[\p{L}-]+\s+)?(?:references|citations|bibliography)|(?:(?:further|selected|scientific|key|additional|other|cited|article|research)\s+)?(?:references?|refs|sources?|citations?|bibliography|notes|works\s+cited|literature(?:\s+cited)?|further\s+reading|reference\s+list|reading\s+list|(?:suggested|recommended)\s+reading|footnotes|endnotes|(?:studies|research|papers|articles)\s+(?:mentioned|cited|referenced|quoted)(?:\s+(?:on|in)\s+this\s+(?:page|article|post|guide))?)`;
/** Whose list it is: "Sources I found helpful", "References we used", "Sources used in this article". */
const THIS_PIECE = String.raw`(?:in|for|on)\s+this\s+(?:page|article|post|guide|interview|episode|talk|piece|story|video|podcast|presentation|leaflet)`;
const WHOSE = String.raw`\s+(?:(?:I|we)(?:\s+[\p{L}'’]+){1,2}|(?:used|consulted|mentioned|cited|quoted|referenced|referred\s+to)(?:\s+${THIS_PIECE})?|${THIS_PIECE})`;
/** A slide's or a part's number before the heading: "Slide 10 – References", "Part 3: Sources". */
const NUMBERED_PART = String.raw`(?:(?:slide|part|section|appendix|chapter|page)\s+[\p{L}\d]{1,3}\s*[–—:-]\s*)`;
/** Words that head a list only when whose list it is follows: "Research we draw on", "Studies we cite". */
const OWNED_KEYWORD = String.raw`(?:research|studies|evidence|papers|reading)${WHOSE}`;
/**
 * "References", "7. Sources:", "Refs", "Sources I found helpful", "Sources mentioned in this interview", "Slide 10 – References",
 * "References and further reading", "Notes (click to expand)", "Studies mentioned on
 * this page", "Clinical references" (any one word before references); not "Sources of vitamin D" nor "Food
 * sources", a list of foods.
 */
const REFERENCE_HEADING = new RegExp(
  String.raw`^(?:\d+[.)]?\s*)?${NUMBERED_PART}?(?:${OWNED_KEYWORD}|(?:${KEYWORD})(?:${WHOSE})?)(?:\s*(?:,|&|and)\s+[\p{L}\s]+|\s*\([^)]*\))?\s*[:.]?$`,
  'iu',
);

export function isReferenceHeading(text: string): boolean {
  return REFERENCE_HEADING.test(text.trim());
}

/** One candidate entry before numbering: where it is and its text without the bullet. */
interface EntryDraft {
  range: Range;
  node: Nodes;
}

export function findReferenceLists(tree: Root, source: string): FoundReferences {
  const excluded = new Set<Nodes>();
  const lists: ReferenceList[] = [];

  lists.push(...findHeadingLists(tree, source, excluded));
  if (lists.length === 0) {
    const trailing = findTrailingList(tree, source, excluded);
    if (trailing) lists.push(trailing);
  }
  const footnotes: FootnoteDefinition[] = [];
  const definitions: Definition[] = [];
  collectDefinitions(tree, footnotes, definitions);
  if (footnotes.length > 0) lists.push(footnoteList(footnotes, source));
  if (definitions.length > 0) lists.push(definitionList(definitions, source));

  lists.sort((a, b) => a.range.start - b.range.start);
  return { lists, excluded };
}

/**
 * A paragraph that is only bold or italic text, "**Sources**": web exports and
 * shop pages set the reference heading that way.
 */
function isPseudoHeading(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const only = node.children[0];
  return only?.type === 'strong' || only?.type === 'emphasis';
}

/**
 * A paragraph of one line that reads as a reference heading ("Sources I found helpful"): in plain
 * text a bare line followed by short entry lines is not made a heading by the parser.
 */
function isBareReferenceLine(node: RootContent, source: string): boolean {
  if (node.type !== 'paragraph') return false;
  const text = slice(source, nodeRange(node) ?? { start: 0, end: 0 });
  // "**refs** (because people always ask!!)": the words, not the marks, make the heading.
  return !/[\r\n]/.test(text) && (isReferenceHeading(text) || isReferenceHeading(plainText(node)));
}

/** How deep a heading is; a bold pseudo-heading or a bare reference line is below every real one. */
function headingDepth(node: RootContent, source: string): number | null {
  if (node.type === 'heading') return node.depth;
  return isPseudoHeading(node) || isBareReferenceLine(node, source) ? 7 : null;
}

function findHeadingLists(tree: Root, source: string, excluded: Set<Nodes>): ReferenceList[] {
  const lists: ReferenceList[] = [];
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const heading = children[index] as RootContent;
    const depth = headingDepth(heading, source);
    if (depth === null) {
      const inline = inlineHeadedList(heading, source, excluded);
      if (inline) lists.push(inline);
      continue;
    }
    const headingText = plainText(heading).replace(/\s+/g, ' ').trim();
    if (!isReferenceHeading(headingText)) continue;

    let next = index + 1;
    while (next < children.length) {
      const node = children[next] as RootContent;
      const nextDepth = node.type === 'heading' ? node.depth : null;
      // "Compiled by Jo", a byline made a heading by the plain-text parser, belongs to the list.
      if (nextDepth !== null && nextDepth <= depth && !looksLikeByline(plainText(node))) break;
      next++;
    }
    const sectionNodes = children.slice(index + 1, next);
    const hasList = sectionNodes.some((node) => node.type === 'list');

    const drafts: EntryDraft[] = [];
    let ordered: List | null = null;
    let end = nodeRange(heading)?.end ?? 0;
    for (const node of sectionNodes) {
      // The page's own furniture (footer, comments, "You may also like") is never an entry, and
      // it or a rule after the entries ends the list.
      const chrome = node.type === 'paragraph' && isPageChrome(slice(source, nodeRange(node) ?? { start: 0, end: 0 }));
      if (drafts.length > 0 && (chrome || node.type === 'thematicBreak')) break;
      if (chrome) continue;
      if (node.type === 'list') {
        const items = node.children.map(itemDraft).filter((draft): draft is EntryDraft => draft !== null);
        // Under a bold "**Notes**" a list of tips is body text: most items must read as references.
        if (depth === 7 && items.filter((draft) => looksLikeReference(slice(source, draft.range))).length < items.length * 0.6) continue;
        if (node.ordered && !ordered && drafts.length === 0) ordered = node;
        excluded.add(node);
        drafts.push(...items);
      } else if (node.type === 'paragraph') {
        const lines = paragraphDrafts(node, source);
        // Beside a list, or under a bold line that only may be a heading, or after entries that carry their
        // own numbers ("(1) Farrow, E. ..."), only reference-looking paragraphs are entries (not a
        // disclaimer, a lead-in or a shop's "You might also like").
        const strict = hasList || depth === 7 || (drafts.length > 0 && drafts.every((draft) => readEntryLabel(slice(source, draft.range)) !== null));
        if (!lines.every((line) => isParagraphEntry(slice(source, line.range), strict))) continue;
        // After entries that all read as references, a few sentences with no year and no address are the page's
        // own words: an advertiser's disclaimer, a newsletter's "You're receiving this because ...".
        // An organisation's dated entry ("Society for Urological Imaging. Consensus statement. 2020.") counts as one.
        if (drafts.length > 0 && readsAsProse(slice(source, nodeRange(node) ?? { start: 0, end: 0 })) && drafts.every((draft) => datedOrReference(slice(source, draft.range)))) continue;
        excluded.add(node);
        drafts.push(...lines);
      } else continue;
      end = nodeRange(node)?.end ?? end;
    }
    index = next - 1;
    if (drafts.length === 0) continue;
    if (depth === 7) excluded.add(heading);
    const range = { start: nodeRange(heading)?.start ?? 0, end };
    lists.push(makeList('heading', headingText, range, drafts, source, ordered, false));
  }
  return lists;
}

/**
 * A paragraph whose first line is a reference heading and whose other lines are each an entry:
 * "Refs" with "[1] ...", "[2] ..." under it and no blank line between (a forum reply).
 */
function inlineHeadedList(node: RootContent, source: string, excluded: Set<Nodes>): ReferenceList | null {
  if (node.type !== 'paragraph') return null;
  const range = nodeRange(node);
  if (!range) return null;
  const text = slice(source, range);
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1) return null;
  const headingText = withoutEmphasisMarks(text.slice(0, firstBreak).trim());
  if (!isReferenceHeading(headingText)) return null;
  const lines = paragraphLines(range, source).slice(1);
  const entries = lines.every((line) => {
    const lineText = slice(source, line);
    return readEntryLabel(lineText) !== null || looksLikeReference(lineText);
  });
  if (lines.length === 0 || !entries) return null;
  const drafts = lines.map((line) => ({ range: line, node }));
  excluded.add(node);
  return makeList('heading', headingText, range, drafts, source, null, false);
}

/** "**Refs**" → "Refs": the marks around a line, trimmed by index (no backtracking). */
function withoutEmphasisMarks(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === '*' || line[start] === '_')) start++;
  while (end > start && (line[end - 1] === '*' || line[end - 1] === '_')) end--;
  return line.slice(start, end).trim();
}

/**
 * Web page furniture left in a pasted article: a copyright footer, a row of
 * links split by bars, shop and comment widgets. Never a reference entry.
 */
const PAGE_CHROME =
  /©|\bcopyright\b|^\s*\[?(?:you may also like|you might also like|related(?: (?:posts|articles|stories|reading))?:|related (?:posts|articles|stories)|read (?:more|next):|see also:|share this|load \d+ more|print this page|\d+ comments?\b|(?:leave|post|add) a (?:comment|reply)\b)|\s·\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/im;

function isPageChrome(text: string): boolean {
  // A row of links: "Privacy | Terms | Returns".
  return (isNavigationRow(text) || PAGE_CHROME.test(text.replace(/^[\s*_]+/, ''))) && !looksLikeReferenceStart(text);
}

/** An entry can quote a copyright line; one that opens like a reference stays an entry. */
function looksLikeReferenceStart(text: string): boolean {
  return readEntryLabel(text) !== null || looksLikeReference(text.split('\n')[0] ?? '');
}

function datedOrReference(text: string): boolean {
  return looksLikeReference(text) || readEntryFields(text).year !== null;
}

/** Two sentences or more, with no year, link or DOI in them: prose, not a reference entry. */
function readsAsProse(text: string): boolean {
  return /[.!?]\s+\p{Lu}/u.test(text) && !/(?<!\d)(?:19|20)\d{2}(?!\d)|https?:\/\/|\bwww\.|\bdoi\b/i.test(text);
}

function isParagraphEntry(text: string, besideList: boolean): boolean {
  if (readEntryLabel(text) !== null || looksLikeReference(text)) return true;
  if (besideList) return false;
  const trimmed = text.trim();
  return !trimmed.endsWith(':') && !/^([*_]).*\1$/s.test(trimmed) && !looksLikeByline(trimmed);
}

/** Paragraphs that may follow a trailing list: a shop's "You might also like" row, a closing notice, hashtags. */
const TRAILING_EXTRAS = 2;

/** The seed's shape: reference-looking list items (or "[n] ..." paragraphs) ending the article, or nearly. */
function findTrailingList(tree: Root, source: string, excluded: Set<Nodes>): ReferenceList | null {
  const children = tree.children;
  let last = children.length - 1;
  for (let skipped = 0; skipped <= TRAILING_EXTRAS; skipped++) {
    while (last >= 0 && isTrailingFiller(children[last] as RootContent)) last--;
    if (last < 0) return null;
    const found = listEndingAt(children, last, source, excluded);
    if (found) return found;
    if ((children[last] as RootContent).type !== 'paragraph') return null;
    last--;
  }
  return null;
}

function listEndingAt(children: RootContent[], last: number, source: string, excluded: Set<Nodes>): ReferenceList | null {
  const node = children[last] as RootContent;

  if (node.type === 'list') {
    const items = node.children.map((item) => ({ item, draft: itemDraft(item) }));
    const texts = items.map(({ draft }) => (draft ? slice(source, draft.range) : ''));
    const looks = texts.map((text) => looksLikeReference(text));
    const first = looks.indexOf(true);
    if (first === -1) return null;
    // Before the references only bylines ("- The Psychly Team") may stand.
    if (!texts.slice(0, first).every((text) => looksLikeByline(text) || text.trim().length < 40)) return null;
    const tail = looks.slice(first);
    if (tail.filter(Boolean).length < tail.length * 0.6) return null;
    const drafts = items.filter((_, index) => looks[index]).map(({ draft }) => draft as EntryDraft);
    excluded.add(node);
    const range = nodeRange(node) ?? { start: 0, end: 0 };
    return makeList('trailing', null, range, drafts, source, node.ordered && first === 0 ? node : null, true);
  }

  const drafts: EntryDraft[] = [];
  const paragraphs: Paragraph[] = [];
  for (let index = last; index >= 0; index--) {
    const candidate = children[index] as RootContent;
    if (isTrailingFiller(candidate)) continue;
    if (candidate.type !== 'paragraph') break;
    const lines = paragraphDrafts(candidate, source);
    const allNumberedReferences = lines.every((line) => {
      const text = slice(source, line.range);
      // "[12]" alone is an entry too: web exports often leave the numbers and drop the text. A numbered line with a
      // year is a report or a guideline ("² Westfield Care Group. Acute cough in adults. 2019.") as often as a paper.
      return readEntryLabel(text) !== null && (/^\s*\[\d{1,3}\]/.test(text) || looksLikeReference(text) || readEntryFields(text).year !== null);
    });
    if (!allNumberedReferences) break;
    paragraphs.unshift(candidate);
    drafts.unshift(...lines);
  }
  if (drafts.length === 0) return null;
  for (const paragraph of paragraphs) excluded.add(paragraph);
  const range = spanOf(paragraphs) ?? { start: 0, end: 0 };
  return makeList('trailing', null, range, drafts, source, null, true);
}

function isTrailingFiller(node: RootContent): boolean {
  return (
    node.type === 'html' ||
    node.type === 'definition' ||
    node.type === 'footnoteDefinition' ||
    node.type === 'thematicBreak'
  );
}

function makeList(
  kind: ReferenceListKind,
  heading: string | null,
  range: Range,
  drafts: EntryDraft[],
  source: string,
  orderedList: List | null,
  bylinesAlreadyRemoved: boolean,
): ReferenceList {
  const list: ReferenceList = { kind, heading, range, numbered: false, entries: [] };
  const kept = drafts.filter((draft) => bylinesAlreadyRemoved || !looksLikeByline(slice(source, draft.range)));
  const ownLabels = kept.map((draft) => readEntryLabel(slice(source, draft.range)));
  const labelled = kept.length > 0 && ownLabels.every((label) => label !== null);

  // An ordered list numbers its items from `start`, counting every item, unless the numbers written rise
  // with gaps ("5)", then "7)"): an author who skips a number means the one written, and cites by it.
  const orderedNumbers = new Map<Nodes, number>();
  if (orderedList) {
    const written = orderedList.children.map((item) => {
      const start = nodeRange(item)?.start;
      const match = start === undefined ? null : /^\s*(\d{1,3})[.)]/.exec(source.slice(start, start + 8));
      return match ? Number(match[1]) : null;
    });
    const rising = written.every((number, index) => number !== null && (index === 0 || number > (written[index - 1] as number)));
    orderedList.children.forEach((item, index) =>
      orderedNumbers.set(item, rising ? (written[index] as number) : (orderedList.start ?? 1) + index),
    );
  }
  list.numbered = orderedList !== null || labelled;

  kept.forEach((draft, index) => {
    const text = slice(source, draft.range);
    const orderedNumber = orderedNumbers.get(draft.node);
    const label = labelled
      ? (ownLabels[index] as string)
      : orderedNumber !== undefined
        ? String(orderedNumber)
        : String(index + 1);
    list.entries.push(makeEntry(list, draft.range, text, label, index + 1));
  });
  return list;
}

function makeEntry(list: ReferenceList, range: Range, text: string, label: string, ordinal: number): ReferenceEntry {
  const { authors, year, title, doi, url, pmid } = readEntryFields(text);
  return { list, range, text, label, ordinal, authors, year, title, doi, url, pmid, citedBy: [] };
}

/** A list item's text without its bullet: from its first child to its end. */
function itemDraft(item: ListItem): EntryDraft | null {
  const range = spanOf(item.children);
  if (!range || range.end <= range.start) return null;
  return { range, node: item };
}

/**
 * A paragraph under a reference heading: one entry per line when each line is
 * its own reference (numbered or reference-looking), else one entry.
 */
function paragraphDrafts(paragraph: Paragraph, source: string): EntryDraft[] {
  const range = nodeRange(paragraph);
  if (!range) return [];
  const lines = paragraphLines(range, source);
  const eachLineIsAnEntry =
    lines.length > 1 &&
    lines.every((line) => {
      const text = slice(source, line);
      return readEntryLabel(text) !== null || looksLikeReference(text);
    });
  const ranges = eachLineIsAnEntry ? lines : [trimRange(source, range)];
  return ranges.map((lineRange) => ({ range: lineRange, node: paragraph }));
}

/** The trimmed, non-empty lines of a paragraph's range. */
function paragraphLines(range: Range, source: string): Range[] {
  const lines: Range[] = [];
  let lineStart = range.start;
  for (let i = range.start; i <= range.end; i++) {
    const char = source[i];
    if (i === range.end || char === '\n' || char === '\r') {
      const trimmed = trimRange(source, { start: lineStart, end: i });
      if (trimmed.end > trimmed.start) lines.push(trimmed);
      lineStart = i + 1;
    }
  }
  return lines;
}

function footnoteList(footnotes: FootnoteDefinition[], source: string): ReferenceList {
  const range = spanOf(footnotes) ?? { start: 0, end: 0 };
  const list: ReferenceList = { kind: 'footnotes', heading: null, range, numbered: false, entries: [] };
  footnotes.forEach((footnote, index) => {
    const entryRange = spanOf(footnote.children) ?? nodeRange(footnote) ?? { start: 0, end: 0 };
    list.entries.push(makeEntry(list, entryRange, slice(source, entryRange), normaliseLabel(footnote.identifier), index + 1));
  });
  return list;
}

function definitionList(definitions: Definition[], source: string): ReferenceList {
  const range = spanOf(definitions) ?? { start: 0, end: 0 };
  const list: ReferenceList = { kind: 'definitions', heading: null, range, numbered: false, entries: [] };
  definitions.forEach((definition, index) => {
    const entryRange = nodeRange(definition) ?? { start: 0, end: 0 };
    const entry = makeEntry(list, entryRange, slice(source, entryRange), normaliseLabel(definition.identifier), index + 1);
    entry.url = definition.url;
    if (definition.title) entry.title = definition.title;
    list.entries.push(entry);
  });
  list.numbered = list.entries.every((entry) => /^\d+$/.test(entry.label));
  return list;
}

function collectDefinitions(node: Nodes, footnotes: FootnoteDefinition[], definitions: Definition[]): void {
  if (node.type === 'footnoteDefinition') footnotes.push(node);
  else if (node.type === 'definition') definitions.push(node);
  if ('children' in node) for (const child of node.children as Nodes[]) collectDefinitions(child, footnotes, definitions);
}

function trimRange(source: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(source[start] as string)) start++;
  while (end > start && /\s/.test(source[end - 1] as string)) end--;
  return { start, end };
}

function slice(source: string, range: Range): string {
  return source.slice(range.start, range.end);
}
