import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-contraindications.js';
import { applyFixes } from '../../src/engine/fix.js';
import { runRule } from '../helpers/rule-tester.js';
import { fixOne } from './fix-tester.js';

describe('missing-contraindications suggests a section stub', () => {
  const markdown = readFileSync('fixtures/rules/missing-contraindications/flag/supplement-benefits-only.md', 'utf8');

  it('in Markdown: a heading at the article’s section depth and a TODO paragraph, before the references or at the end', () => {
    const [report] = runRule(rule, markdown);
    const suggestion = report?.suggestions?.[0];
    expect(suggestion?.desc).toMatch(/^Add a "Who should not \w+ .+" section to fill in$/);
    const withStub = applyFixes(markdown, [suggestion!.fix]).output;
    // No reference list here: the stub is appended, everything before it unchanged.
    expect(withStub.startsWith(markdown)).toBe(true);
    expect(withStub.slice(markdown.length)).toMatch(/^\n## Who should not \w+ [^\n]+\n\nTODO: who should not use [^\n]+\n$/);
  });

  it('follows setext headings and goes before a reference list', () => {
    const source = 'Magnesium for sleep\n===================\n\nMagnesium glycinate helps you fall asleep faster and sleep deeper.\n\nHow to take it\n--------------\n\nTake 300 mg of magnesium an hour before bed.\n\nReferences\n----------\n\n1. Okafor, T. (2016). Magnesium and sleep. Journal of Invented Sleep, 2, 1–9.\n';
    const fix = runRule(rule, source)[0]?.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    const output = applyFixes(source, [fix!]).output;
    expect(output).toMatch(/\n\nWho should not take magnesium[^\n]*\n-+\n\nTODO: [^\n]+\n\nReferences\n/);
  });

  it('in plain text: two bare lines', () => {
    const text = readFileSync('fixtures/rules/missing-contraindications/flag/device-no-safety.txt', 'utf8');
    const fix = runRule(rule, text, { format: 'text' })[0]?.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    expect(fix!.text).toMatch(/^\n?Who should not \w+ [^\n]+\nTODO: [^\n]+\n$/);
  });

  it('is never applied by --fix', () => {
    expect(fixOne(rule, markdown)).toBe(markdown);
  });
});
