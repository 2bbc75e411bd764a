/**
 * Facts about citations and reference entries that the citation rules (and the
 * evidence summary) share: which citations link to their work themselves,
 * which markdown link definitions the text uses as ordinary links, and where an
 * entry's first line ends.
 */
import type { Root } from 'mdast';
import type { CitationMarker, Range } from '../../src/article/types.js';

/** "([Reyes & Kowalczyk, 2018](https://doi.org/…))": a citation that is itself a link to the work points somewhere. */
export function linksToItsWork(marker: CitationMarker): boolean {
  const { start, end } = marker.range;
  return marker.sentence?.links.some((link) => link.external && link.range.start >= start && link.range.end <= end) ?? false;
}

interface TreeNode {
  type: string;
  identifier?: string;
  children?: TreeNode[];
}

/** Identifiers of every `[text][label]` / `![alt][label]` use in the tree, lower-cased. */
export function usedDefinitionLabels(tree: Root): Set<string> {
  const labels = new Set<string>();
  const stack: TreeNode[] = [tree as TreeNode];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode;
    if ((node.type === 'linkReference' || node.type === 'imageReference') && node.identifier) {
      labels.add(node.identifier.toLowerCase());
    }
    if (node.children) stack.push(...node.children);
  }
  return labels;
}

/** The entry's range cut at its first line break, so a finding underlines one line. */
export function firstLineRange(source: string, range: Range): Range {
  const text = source.slice(range.start, range.end);
  const trimmedStart = range.start + (text.length - text.trimStart().length);
  const newline = source.slice(trimmedStart, range.end).search(/\r?\n|\r/);
  const end = newline === -1 ? range.end : trimmedStart + newline;
  return { start: trimmedStart, end: Math.max(end, trimmedStart) };
}
