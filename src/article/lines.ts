import type { LineIndex, Position } from './types.js';

/**
 * Offset ⇄ line:column over a source with any mix of \n, \r\n and lone \r
 * line endings. Built once per article; each lookup is a binary search.
 */
export function createLineIndex(source: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 /* \n */) {
      starts.push(i + 1);
    } else if (code === 13 /* \r */) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }

  function lineOf(offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  return {
    lineCount: starts.length,
    positionAt(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, source.length));
      const line = lineOf(clamped);
      return { line: line + 1, column: clamped - (starts[line] as number) + 1 };
    },
    offsetAt(position: Position): number {
      const lineStart = starts[Math.max(0, Math.min(position.line - 1, starts.length - 1))] as number;
      return Math.min(source.length, lineStart + Math.max(0, position.column - 1));
    },
  };
}
