/** Headings, the section tree and the article title. */
import type { Heading as HeadingNode, Nodes, Root } from 'mdast';
import type { Heading, Range, Section } from './types.js';
import { nodeRange, plainText } from './nodes.js';

export interface SectionOutline {
  headings: Heading[];
  /** Top-level sections (the part before the first heading, if any, comes first). */
  sections: Section[];
  /** Every section in document order, for locating blocks. */
  ordered: Section[];
}

export function collectHeadings(tree: Root): Heading[] {
  const headings: Heading[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const range = nodeRange(node);
      if (range) headings.push({ depth: node.depth, text: plainText(node).replace(/\s+/g, ' ').trim(), range });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return headings;
}

/** A heading's section runs until the next heading of the same or a shallower depth. */
export function buildSections(tree: Root, headings: Heading[], sourceLength: number): SectionOutline {
  const sections: Section[] = [];
  const ordered: Section[] = [];

  const firstContent = tree.children.find((node) => node.type !== 'yaml' && nodeRange(node));
  const firstContentStart = firstContent ? (nodeRange(firstContent) as Range).start : sourceLength;
  const firstHeadingStart = headings[0]?.range.start ?? sourceLength;
  if (firstContent && firstContentStart < firstHeadingStart) {
    const preamble: Section = {
      heading: null,
      depth: 0,
      range: { start: firstContentStart, end: firstHeadingStart },
      children: [],
      parent: null,
    };
    sections.push(preamble);
    ordered.push(preamble);
  }

  const open: Section[] = [];
  for (const heading of headings) {
    while (open.length > 0 && (open[open.length - 1] as Section).depth >= heading.depth) {
      (open.pop() as Section).range.end = heading.range.start;
    }
    const parent = open[open.length - 1] ?? null;
    const section: Section = {
      heading,
      depth: heading.depth,
      range: { start: heading.range.start, end: sourceLength },
      children: [],
      parent,
    };
    if (parent) parent.children.push(section);
    else sections.push(section);
    open.push(section);
    ordered.push(section);
  }
  return { headings, sections, ordered };
}

/** Finds the innermost section at an offset: the section of the last heading at or before it. */
export function createSectionLocator(ordered: readonly Section[]): (offset: number) => Section | null {
  return (offset) => {
    let low = 0;
    let high = ordered.length - 1;
    let found: Section | null = null;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const section = ordered[mid] as Section;
      if (section.range.start <= offset) {
        found = section;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
}

/** Front matter `title`, else the first depth-1 heading, else the first heading when it opens the article. */
export function findTitle(
  tree: Root,
  headings: readonly Heading[],
  frontMatterTitle: { text: string; range: Range } | null,
): { text: string; range: Range } | null {
  if (frontMatterTitle) return frontMatterTitle;
  // Web exports leave empty "# " lines behind; an empty heading is no title.
  const topHeading = headings.find((heading) => heading.depth === 1 && heading.text.trim() !== '');
  if (topHeading) return { text: topHeading.text, range: topHeading.range };
  const firstNode = tree.children.find((node) => node.type !== 'yaml');
  if (firstNode?.type === 'heading') {
    const heading = headings.find((candidate) => candidate.range.start === nodeRange(firstNode as HeadingNode)?.start);
    if (heading && heading.text.trim() !== '') return { text: heading.text, range: heading.range };
  }
  return null;
}
