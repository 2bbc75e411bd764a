/**
 * Each built-in rule over hostile 100,000-character lines (the shapes that
 * make backtracking regexes and naive scans blow up) under a generous time
 * bound. The Article is built once per line; the bound is per rule. Bounds
 * are loose on purpose: CI machines are slow and shared; a quadratic rule
 * takes minutes here, not seconds.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Article, Format } from '../../src/article/types.js';
import { analyse } from '../../src/engine/lint.js';
import { findParseHazard } from '../../src/parse/limits.js';

const LENGTH = 100_000;
const PER_RULE_MS = 10_000;

function line(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const hostileLines: Record<string, string> = {
  spaces: `${line(' ')}x`,
  tabs: `a${line('\t')}b`,
  'open brackets': line('['),
  'bracketed numbers': line('[1'),
  'open parentheses': line('('),
  dots: line('.'),
  'et al. chain': line('Smith et al., '),
  'author-year chain': line('(Smith et al., 2020; '),
  digits: line('1'),
  'digits and commas': line('1,'),
  'word soup': line('studies show cures '),
  'no spaces': line('a'),
  'capital run': line('ABC-'),
  'html open': line('<li '),
  'url-ish': line('http://'),
  hyphens: line('-'),
  'superscript digits': line('¹²³'),
  'sentence storm': line('A. '),
  'review words': line('page '),
};

describe.each(['markdown', 'text'] as Format[])('every rule on 100,000-character hostile lines (%s)', (format) => {
  for (const [name, text] of Object.entries(hostileLines)) {
    const source = `# Title\n\n${text}\n`;
    it(name, () => {
      // Lines the parser guard turns away never reach the rules, which is the point of the guard.
      if (findParseHazard(source, format)) return;
      const article: Article = analyse(source, format === 'text' ? 'a.txt' : 'a.md', format);
      const slow: string[] = [];
      for (const rule of builtinRules) {
        const started = performance.now();
        rule.check(article, { options: { ...rule.defaultOptions }, report: () => {} });
        const elapsed = performance.now() - started;
        if (elapsed > PER_RULE_MS) slow.push(`${rule.meta.id}: ${Math.round(elapsed)} ms`);
      }
      expect(slow).toEqual([]);
    }, 600_000);
  }
});
