/**
 * Apply fixes the way ESLint does: sorted by position, skipping any fix that
 * overlaps one already taken, in one pass; the caller re-lints and repeats
 * until nothing changes (at most MAX_FIX_PASSES).
 */
import type { Fix, LintMessage } from './types.js';

export const MAX_FIX_PASSES = 10;

export interface FixPass {
  output: string;
  applied: number;
}

export function applyFixes(source: string, fixes: Fix[]): FixPass {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  let lastEnd = -1;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start < 0 || end > source.length || start > end) continue;
    // Touching fixes at the same point could reorder text: treat as overlap.
    if (start < lastEnd || (start === lastEnd && applied > 0 && start === end)) continue;
    output += source.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  output += source.slice(cursor);
  return { output, applied };
}

export function fixesOf(messages: LintMessage[], accept: (message: LintMessage) => boolean = () => true): Fix[] {
  const fixes: Fix[] = [];
  for (const message of messages) if (message.fix && accept(message)) fixes.push(message.fix);
  return fixes;
}
