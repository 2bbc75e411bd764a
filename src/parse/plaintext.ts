/**
 * medlint's reader for plain-text articles (a clinic post pasted as text):
 * builds the same mdast shape remark would build for the equivalent Markdown,
 * so rules never care which it was.
 *
 * - Front matter: a `---` first line closed by a `---` line → `yaml`.
 * - Title: the first line with content (comments and rule lines aside),
 *   unless it is a list item or paragraph-long → `heading` depth 1.
 * - Bare-line headings (see `bare-heading.ts`) → `heading` depth 2.
 * - `- `, `* `, `• `, `1. `, `1) ` lines → `list` / `listItem` / `paragraph`;
 *   a change of marker starts a new list, as in Markdown. Nesting is not read:
 *   indented bullets are items of the same list.
 * - A line underlined by `===` or `---` (setext style) → `heading` depth 1
 *   or 2 spanning both lines, unless it ends like a sentence (then the rule is
 *   a separator); the bare-heading heuristic is not asked.
 * - Lines starting `<!--` → `html`, up to the line holding `-->` (an unclosed
 *   comment stays text). Other rule lines (`---`, `***`, `___`, `===`, `- - -`)
 *   → `thematicBreak`.
 * - Everything else → `paragraph` with one `text` child.
 *
 * Paragraphs: when the prose is hard-wrapped (see `joinsHardWrappedLines`),
 * consecutive lines join into one paragraph (a list item's following lines
 * join the item), and only a block's first line can be a heading. Otherwise,
 * like the seed, each line is its own paragraph.
 *
 * Positions: every node has start and end points (1-based line and column,
 * offset into `source`), with `\n`, `\r\n` and lone `\r` each ending a line.
 * A node spans its line(s) without surrounding whitespace, so
 * `source.slice(start.offset, end.offset)` is its text; a text node's value
 * is exactly that slice (inner line endings kept, bullets excluded).
 *
 * Cost: one pass to split lines, one to classify them, one to build the
 * tree; heading tests only look at lines of 150 characters or fewer. Regular
 * expressions only ever test a single character, so nothing can backtrack.
 */
import type {
  Heading,
  Html,
  List,
  ListItem,
  Paragraph,
  Root,
  RootContent,
  Text,
  ThematicBreak,
  Yaml,
} from 'mdast';
import type { Point } from 'unist';
import { canBeUnderlinedHeading, isListingTitle, looksLikeHeading, looksLikeItem, looksLikeTitle, type FollowingLine } from './bare-heading.js';
import { isCommentHeaderLine } from './line-kinds.js';
import { isBlankChar, isThematicBreak, readListMarker, readUnderline, type ListMarker } from './list-marker.js';
import { isListingDetails, isNavigationLine, isSocialPostHeader } from './page-chrome.js';

/** A prose line longer than this is a whole unwrapped paragraph, not a wrapped line. */
export const UNWRAPPED_LINE_LENGTH = 120;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just before its terminator. */
  end: number;
  /** `start`..`end` without leading and trailing whitespace (equal when blank). */
  contentStart: number;
  contentEnd: number;
}

type LineKind = 'blank' | 'comment' | 'insideComment' | 'break' | 'bullet' | 'text';

export interface LineCounts {
  /** Lines with content. */
  contentLines: number;
  /** Runs of blank lines between two lines with content. */
  blankRuns: number;
  /** Lines that are neither list items, comments nor breaks. */
  proseLines: number;
  /** Prose lines longer than `UNWRAPPED_LINE_LENGTH`. */
  longProseLines: number;
}

/**
 * Does this text separate paragraphs by blank lines, with each paragraph
 * hard-wrapped over several lines? True when blank lines are used regularly
 * (at least one run per 20 lines with content) and the prose looks wrapped
 * (fewer than one prose line in five is paragraph-long). A text with (almost)
 * no blank lines, or with long unwrapped lines like the seed, is read one
 * paragraph per line.
 */
export function joinsHardWrappedLines(counts: LineCounts): boolean {
  return (
    counts.blankRuns > 0 &&
    counts.blankRuns * 20 >= counts.contentLines &&
    counts.longProseLines * 5 < counts.proseLines
  );
}

export function parsePlainText(source: string): Root {
  const lines = splitLines(source);
  const point = (lineIndex: number, offset: number): Point => ({
    line: lineIndex + 1,
    column: offset - (lines[lineIndex] as Line).start + 1,
    offset,
  });
  const lineAt = (index: number): Line => lines[index] as Line;
  const contentOf = (line: Line): string => source.slice(line.contentStart, line.contentEnd);

  const children: RootContent[] = [];
  const lastIndex = lines.length - 1;
  const root: Root = {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: point(lastIndex, source.length) },
  };

  const frontMatter = readFrontMatter(source, lines, point);
  if (frontMatter) children.push(frontMatter.node);
  const bodyStart = frontMatter ? frontMatter.closingLine + 1 : 0;

  // Pass over the body: what each line is, and where comments end.
  const kinds: LineKind[] = new Array<LineKind>(lines.length).fill('blank');
  const markers: (ListMarker | null)[] = new Array<ListMarker | null>(lines.length).fill(null);
  const commentLastLine: number[] = new Array<number>(lines.length).fill(-1);
  const closerSearch = createCommentCloserSearch(source);
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lineAt(index);
    if (line.contentStart === line.contentEnd) continue;
    if (source.startsWith('<!--', line.contentStart)) {
      const closer = closerSearch(line.contentStart + 4);
      if (closer !== -1) {
        let last = index;
        while (lineAt(last).end < closer + 3) last++;
        kinds[index] = 'comment';
        commentLastLine[index] = last;
        for (let inside = index + 1; inside <= last; inside++) kinds[inside] = 'insideComment';
        index = last;
        continue;
      }
    }
    const text = contentOf(line);
    if (isThematicBreak(text) || readUnderline(text) === 1) {
      kinds[index] = 'break';
      continue;
    }
    const marker = readListMarker(text);
    kinds[index] = marker ? 'bullet' : 'text';
    markers[index] = marker;
  }

  // Backward pass: the next line with content that is not a comment, for the heading test.
  const nextContent: number[] = new Array<number>(lines.length).fill(-1);
  for (let index = lines.length - 1, next = -1; index >= bodyStart; index--) {
    nextContent[index] = next;
    const kind = kinds[index];
    if (kind !== 'blank' && kind !== 'comment' && kind !== 'insideComment') next = index;
  }
  const followingOf = (index: number): FollowingLine | null => {
    const next = nextContent[index] ?? -1;
    return next === -1 ? null : { text: contentOf(lineAt(next)), isProse: kinds[next] === 'text' };
  };

  const joinLines = joinsHardWrappedLines(countLines(lines, kinds, bodyStart));
  const titleLine = findTitleLine(bodyStart);

  function findTitleLine(from: number): number {
    // Comments and decorative rules may come before the title; a list item may not.
    let index = from;
    while (
      index < lines.length &&
      ((kinds[index] !== 'text' && kinds[index] !== 'bullet') || isNavigationLine(contentOf(lineAt(index))) || isSocialPostHeader(contentOf(lineAt(index))))
    ) {
      index++;
    }
    if (index === lines.length || kinds[index] !== 'text') return -1;
    const text = contentOf(lineAt(index));
    // A shop's name with its tagline ("Little Acorn Baby Co. — Natural products for ...") need not read as a title,
    // and the menu under it runs on without a blank line: the product's name under the menus is the title.
    const underMenu = siteNameAboveMenu(index);
    if (underMenu !== null) return underMenu;
    if (!looksLikeTitle(text)) return -1;
    // A hard-wrapped opening paragraph is not a title unless its first line reads as a heading.
    const continues = joinLines && kinds[index + 1] === 'text';
    if (continues && !looksLikeHeading(text, followingOf(index)) && !isListingTitle(text)) return -1;
    return organisationAboveTitle(index) ?? index;
  }

  /**
   * A clinic's or a service's name over the page's own title ("Vantor Men's Clinic" / "Testosterone Replacement
   * Therapy (TRT)"; "Northgate Community Pain Service" / "Patient Information" / "Nerve block injections for pain"):
   * the title is the heading-like line under the name, past a leaflet's label.
   */
  function organisationAboveTitle(index: number): number | null {
    const name = contentOf(lineAt(index));
    if (nameWordsOf(name) > 6 || !ORGANISATION_NAME.test(name)) return null;
    let after = nextContent[index] ?? -1;
    // A department under the trust's name, a leaflet's label, the site's menu: "Gastroenterology and Endoscopy Unit",
    // "Patient Information", "Print | Large print version".
    for (let skipped = 0; skipped < 4 && after !== -1 && kinds[after] !== 'bullet'; skipped++) {
      if (kinds[after] !== 'text') {
        after = nextContent[after] ?? -1;
        continue;
      }
      const line = contentOf(lineAt(after));
      if (!LEAFLET_LABEL.test(line) && !isNavigationLine(line) && !(nameWordsOf(line) <= 6 && ORGANISATION_NAME.test(line))) break;
      after = nextContent[after] ?? -1;
    }
    if (after === -1 || kinds[after] !== 'text') return null;
    const text = contentOf(lineAt(after));
    if (BYLINE.test(text) || isNavigationLine(text)) return null;
    // Under a named organisation the page's title may be followed by a short line too: "Kidney stones: information
    // for patients" / "Department of Urology".
    const titleShaped = looksLikeTitle(text) && text.split(/\s+/).length <= 12 && !/[.!;,]$/.test(text);
    if (!titleShaped && !looksLikeHeading(text, followingOf(after))) return null;
    return after;
  }

  /**
   * A saved page's site name, then its menu or breadcrumb, then the post's own title ("The Little Kitchen
   * Apothecary" / "Home / Wellness / Joints" / "How I got my knees back"): the title is the line after the menu.
   */
  function siteNameAboveMenu(index: number): number | null {
    // A site's name is a few words ("The Little Kitchen Apothecary"); a longer line or one with a colon is the title itself.
    const siteName = contentOf(lineAt(index));
    // A shop's name may carry its tagline: "Little Acorn Baby Co. — Natural products for natural parents".
    const nameWords = nameWordsOf(siteName);
    if (nameWords > 6 || /[:?!]/.test(siteName)) return null;
    const menu = nextContent[index] ?? -1;
    if (menu === -1 || kinds[menu] !== 'text' || !isNavigationLine(contentOf(lineAt(menu)))) return null;
    let after = menu;
    while (after !== -1 && kinds[after] === 'text' && isNavigationLine(contentOf(lineAt(after)))) after = nextContent[after] ?? -1;
    if (after === -1 || kinds[after] !== 'text') return null;
    const text = contentOf(lineAt(after));
    // The site's name was a guess: the line below the menu replaces it only when it reads as a heading.
    if (BYLINE.test(text) || text.split(/\s+/).length < nameWords) return null;
    // A title in capitals may run longer than a heading: "INTERMITTENT FASTING: WHAT I'VE LEARNED AFTER 3 YEARS (...)";
    // a shop's product name sits over its rating or its price ("Baltic Amber Teething Necklace – Honey" / "★★★★★ 4.8").
    const following = followingOf(after);
    const overListing = following !== null && isListingDetails(following.text) && looksLikeTitle(text);
    if (!looksLikeHeading(text, following) && !(text === text.toUpperCase() && looksLikeTitle(text)) && !overListing) return null;
    return after;
  }

  // Text values are set once at the end: joined paragraphs grow line by line.
  const textNodes: Text[] = [];
  const makeText = (lineIndex: number, start: number, end: number): Text => {
    const node: Text = { type: 'text', value: '', position: { start: point(lineIndex, start), end: point(lineIndex, end) } };
    textNodes.push(node);
    return node;
  };
  /** A heading on one line, or on `lastLine` too when that line underlines it. */
  const makeHeading = (lineIndex: number, depth: 1 | 2, lastLine = lineIndex): Heading => {
    const line = lineAt(lineIndex);
    return {
      type: 'heading',
      depth,
      children: [makeText(lineIndex, line.contentStart, line.contentEnd)],
      position: { start: point(lineIndex, line.contentStart), end: point(lastLine, lineAt(lastLine).contentEnd) },
    };
  };
  const underlineDepth = (lineIndex: number): 1 | 2 | null =>
    lineIndex < lines.length && kinds[lineIndex] === 'break' ? readUnderline(contentOf(lineAt(lineIndex))) : null;

  // Open containers a following line may extend.
  let list: List | null = null;
  let listDelimiter = '';
  let blankInList = false;
  /** The open paragraph (top level or inside the open list item) and its text. */
  let paragraph: { node: Paragraph; text: Text; item: ListItem | null } | null = null;

  const extendParagraph = (lineIndex: number): void => {
    if (!paragraph) return;
    const end = point(lineIndex, lineAt(lineIndex).contentEnd);
    const nodes = [paragraph.text, paragraph.node, paragraph.item, paragraph.item ? list : null];
    for (const node of nodes) if (node?.position) node.position.end = { ...end };
  };

  /** Whether the line before this one became a heading. */
  let lastWasHeading = false;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lineAt(index);
    let kind = kinds[index] as LineKind;
    const headingBefore = lastWasHeading;
    lastWasHeading = false;
    const marker = markers[index] ?? null;
    // Only a bullet or a list starting at 1 interrupts a wrapped paragraph, as in Markdown:
    // a wrapped line may well start "2019) found that".
    if (kind === 'bullet' && joinLines && paragraph && !paragraph.item && marker?.ordered && marker.start !== 1) {
      kind = 'text';
    }

    switch (kind) {
      case 'blank':
        paragraph = null;
        if (list) blankInList = true;
        break;
      case 'insideComment':
        break;
      case 'comment': {
        paragraph = null;
        list = null;
        const last = lineAt(commentLastLine[index] ?? index);
        const end = point(commentLastLine[index] ?? index, last.contentEnd);
        const html: Html = {
          type: 'html',
          value: source.slice(line.contentStart, last.contentEnd),
          position: { start: point(index, line.contentStart), end },
        };
        children.push(html);
        break;
      }
      case 'break': {
        paragraph = null;
        list = null;
        const node: ThematicBreak = {
          type: 'thematicBreak',
          position: { start: point(index, line.contentStart), end: point(index, line.contentEnd) },
        };
        children.push(node);
        break;
      }
      case 'bullet': {
        const bullet = marker as ListMarker;
        paragraph = null;
        // Fresh points per node: no two nodes share a mutable point object.
        const start = (): Point => point(index, line.contentStart);
        const end = (): Point => point(index, line.contentEnd);
        if (!list || list.ordered !== bullet.ordered || listDelimiter !== bullet.delimiter) {
          list = {
            type: 'list',
            ordered: bullet.ordered,
            start: bullet.start,
            spread: false,
            children: [],
            position: { start: start(), end: end() },
          };
          listDelimiter = bullet.delimiter;
          children.push(list);
        } else if (list.position) {
          if (blankInList) list.spread = true;
          list.position.end = end();
        }
        blankInList = false;
        const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: start(), end: end() } };
        list.children.push(item);
        const textStart = line.contentStart + bullet.width;
        if (textStart < line.contentEnd) {
          const text = makeText(index, textStart, line.contentEnd);
          const node: Paragraph = {
            type: 'paragraph',
            children: [text],
            position: { start: point(index, textStart), end: point(index, line.contentEnd) },
          };
          item.children.push(node);
          if (joinLines) paragraph = { node, text, item };
        }
        break;
      }
      case 'text': {
        // A comment's header or footer line ("Posted by jen_k · 3 days ago") is a block of its own.
        if (joinLines && paragraph && !isCommentHeaderLine(contentOf(line)) && !isCommentHeaderLine(contentOf(lineAt(index - 1)))) {
          extendParagraph(index);
          break;
        }
        list = null;
        const underlined = underlineDepth(index + 1);
        if (underlined !== null && canBeUnderlinedHeading(contentOf(line))) {
          paragraph = null;
          children.push(makeHeading(index, index === titleLine ? 1 : underlined, index + 1));
          index++;
          break;
        }
        // Right under an item-like line (no blank line between, not a heading), a line is another item.
        const afterItem = index > bodyStart && kinds[index - 1] === 'text' && !headingBefore && looksLikeItem(contentOf(lineAt(index - 1)));
        // "Posted by dani_w on 3 March 2025" heads a comment, not a section.
        const heading = index === titleLine || (looksLikeHeading(contentOf(line), followingOf(index), { afterItem }) && !isCommentHeaderLine(contentOf(line)));
        if (heading) {
          lastWasHeading = true;
          paragraph = null;
          children.push(makeHeading(index, index === titleLine ? 1 : 2));
          break;
        }
        const text = makeText(index, line.contentStart, line.contentEnd);
        const node: Paragraph = {
          type: 'paragraph',
          children: [text],
          position: { start: point(index, line.contentStart), end: point(index, line.contentEnd) },
        };
        children.push(node);
        paragraph = joinLines ? { node, text, item: null } : null;
        break;
      }
    }
  }

  for (const node of textNodes) {
    node.value = source.slice(node.position?.start.offset, node.position?.end.offset);
  }
  return root;
}

/** A clinic's, practice's or service's name: it heads the site, not the page. */
const ORGANISATION_NAME =
  /\b(?:clinic|clinics|service|services|practice|pharmacy|chemist|centre|center|hospital|hospitals|trust|surgery|dental|dentistry|physio|physiotherapy|studio|foundation|charity|society|association|institute|unit|department)(?:\s{1,3}[—–·|-]\s{1,3}(?!.*\b(?:newsletter|bulletin|magazine|digest|update|issue)\b)[^—–·|]{1,30})?$/i;
/** Words of a site's or an organisation's name, before any tagline after a separator ("Bramley & Shaw Pharmacy · Your medicine explained"). */
function nameWordsOf(line: string): number {
  return (line.split(/\s{1,3}[—–·|]\s{1,3}/)[0] ?? line).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The label a leaflet prints over its title: "Patient Information", "Information for patients". */
const LEAFLET_LABEL = /^(?:patient information(?: leaflet)?|information for (?:patients|parents|carers|families)|patient leaflet)$/i;

/** "by Jess Harlow | 12 comments", "Posted on 3 May": who wrote it and when, never the title. */
const BYLINE = /^(?:by|posted|written|updated|published|last (?:updated|reviewed))\b/i;

/** One pass over the text: each line's extent and its content without surrounding whitespace. */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number, next: number): void => {
    let contentStart = start;
    let contentEnd = end;
    while (contentStart < contentEnd && isBlankChar(source.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isBlankChar(source.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, end, contentStart, contentEnd });
    start = next;
  };
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 /* \n */) {
      push(index, index + 1);
    } else if (code === 13 /* \r */) {
      const next = source.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
      push(index, next);
      index = next - 1;
    }
  }
  push(source.length, source.length);
  return lines;
}

/** Front matter as remark-frontmatter reads it: `---` on the first line, closed by a `---` line. */
function readFrontMatter(
  source: string,
  lines: Line[],
  point: (lineIndex: number, offset: number) => Point,
): { node: Yaml; closingLine: number } | null {
  const isFence = (line: Line, allowByteOrderMark: boolean): boolean => {
    const unindented = line.contentStart === line.start || (allowByteOrderMark && line.contentStart === 1 && source.charCodeAt(0) === 0xfeff);
    return unindented && line.contentEnd - line.contentStart === 3 && source.startsWith('---', line.contentStart);
  };
  const first = lines[0];
  if (!first || !isFence(first, true)) return null;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (!isFence(line, false)) continue;
    const value = index > 1 ? source.slice((lines[1] as Line).start, (lines[index - 1] as Line).end) : '';
    const node: Yaml = {
      type: 'yaml',
      value,
      position: { start: point(0, first.contentStart), end: point(index, line.contentEnd) },
    };
    return { node, closingLine: index };
  }
  return null;
}

/**
 * Finds the next `-->` at or after an offset. Remembers a failed search so
 * that many unclosed `<!--` lines cost one scan, not one each.
 */
function createCommentCloserSearch(source: string): (from: number) => number {
  let noCloserFrom = Number.POSITIVE_INFINITY;
  return (from: number): number => {
    if (from >= noCloserFrom) return -1;
    const found = source.indexOf('-->', from);
    if (found === -1) noCloserFrom = from;
    return found;
  };
}

function countLines(lines: Line[], kinds: LineKind[], bodyStart: number): LineCounts {
  const counts: LineCounts = { contentLines: 0, blankRuns: 0, proseLines: 0, longProseLines: 0 };
  let blankSinceContent = false;
  for (let index = bodyStart; index < lines.length; index++) {
    const kind = kinds[index];
    if (kind === 'blank') {
      if (counts.contentLines > 0) blankSinceContent = true;
      continue;
    }
    if (blankSinceContent) counts.blankRuns++;
    blankSinceContent = false;
    counts.contentLines++;
    if (kind === 'text') {
      const line = lines[index] as Line;
      counts.proseLines++;
      if (line.contentEnd - line.contentStart > UNWRAPPED_LINE_LENGTH) counts.longProseLines++;
    }
  }
  return counts;
}
