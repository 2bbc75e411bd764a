import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import citationOrder from '../../rules/citation-order.js';
import citationStyle from '../../rules/citation-style.js';
import { applyFixes, MAX_FIX_PASSES } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import { defineRule, type Rule } from '../../src/engine/types.js';
import { configured, fixWith, lintWith } from './fix-tester.js';

const bothRules = [configured(citationOrder), configured(citationStyle)];
const refs = '\n\n## References\n\n1. Alpha A. One. J Inv. 2016;1:1-9.\n2. Beta B. Two. J Inv. 2017;2:1-9.\n3. Gamma C. Three. J Inv. 2018;3:1-9.\n';
const reordered = '\n\n## References\n\n1. Beta B. Two. J Inv. 2017;2:1-9.\n2. Gamma C. Three. J Inv. 2018;3:1-9.\n3. Alpha A. One. J Inv. 2016;1:1-9.\n';

/** A rule that replaces `from` with `to` wherever it occurs: enough to drive the loop. */
function replacing(id: string, from: string, to: string): Rule {
  return defineRule({
    meta: { id, description: id, defaultSeverity: 'warn', docs: '', fixable: 'wording' },
    defaultOptions: {},
    check(article, context) {
      for (let at = article.source.indexOf(from); at !== -1; at = article.source.indexOf(from, at + 1)) {
        context.report({ message: `${from} → ${to}`, range: { start: at, end: at + from.length }, fix: { range: [at, at + from.length], text: to } });
      }
    },
  }) as Rule;
}

describe('applyFixes (one pass)', () => {
  it('applies fixes in position order and skips any that overlap one already taken', () => {
    const pass = applyFixes('abcdef', [
      { range: [4, 6], text: 'EF' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'xx' },
    ]);
    expect(pass).toEqual({ output: 'ABcdEF', applied: 2 });
  });

  it('ignores ranges outside the text and takes only one of two insertions at the same point', () => {
    expect(applyFixes('abc', [{ range: [2, 9], text: 'x' }])).toEqual({ output: 'abc', applied: 0 });
    expect(applyFixes('abc', [{ range: [1, 1], text: 'X' }, { range: [1, 1], text: 'Y' }]).output).toBe('aXbc');
  });
});

describe('the fix loop', () => {
  it('lands overlapping fixes from two rules across passes', () => {
    // citation-order's one fix spans every marker and the list; citation-style's spacing fix sits inside it.
    const source = `Fast [2,3]. Lasting [1].${refs}`;
    const firstPass = lintWith(bothRules, source).messages.flatMap((message) => (message.fix ? [message.fix] : []));
    expect(firstPass).toHaveLength(2);
    expect(applyFixes(source, firstPass).output).toBe(`Fast [2, 3]. Lasting [1].${refs}`);
    expect(fixWith(bothRules, source)).toBe(`Fast [1, 2]. Lasting [3].${reordered}`);
  });

  it('fixing twice equals fixing once, and leaves nothing fixable', () => {
    const sources: [string, 'markdown' | 'text'][] = [
      [`Fast [2,3]. Lasting [ 1 ].${refs}`, 'markdown'],
      [readFileSync('fixtures/rules/citation-order/flag/first-cited-third.md', 'utf8'), 'markdown'],
      [readFileSync('fixtures/rules/citation-order/flag/trailing-list.txt', 'utf8'), 'text'],
      [readFileSync('fixtures/rules/citation-style/flag/unnumbered-list.md', 'utf8'), 'markdown'],
    ];
    for (const [source, format] of sources) {
      const once = fixWith(bothRules, source, format);
      expect(once).not.toBe(source);
      expect(fixWith(bothRules, once, format)).toBe(once);
      expect(lintWith(bothRules, once, format).messages.filter((message) => message.fix)).toEqual([]);
    }
  });

  it('changes nothing outside the markers and the reference entries', () => {
    const source = readFileSync('fixtures/rules/citation-order/flag/first-cited-third.md', 'utf8');
    const fixed = fixWith(bothRules, source);
    const prose = (text: string) => text.slice(0, text.indexOf('## References')).replace(/\[[\d,\s–-]+\]/g, '[]');
    expect(prose(fixed)).toBe(prose(source));
    const entries = (text: string) => text.slice(text.indexOf('## References')).split('\n').map((line) => line.replace(/^\d+\. /, '')).sort();
    expect(entries(fixed)).toEqual(entries(source));
  });

  it('stops when the text is stable, and after MAX_FIX_PASSES when fixes never settle', () => {
    let calls = 0;
    const counting = (rule: Rule): Rule => ({ ...rule, check: (article, context) => (calls++, rule.check(article, context)) });
    const settle = lintText('one two', { filePath: 'a.md', format: 'markdown', rules: [configured(counting(replacing('once', 'one', 'ONE')))], fix: true });
    expect(settle.output).toBe('ONE two');
    expect(calls).toBe(2);

    calls = 0;
    const flipFlop = [configured(counting(replacing('up', 'up', 'down'))), configured(replacing('down', 'down', 'up'))];
    const endless = lintText('up', { filePath: 'a.md', format: 'markdown', rules: flipFlop, fix: true });
    expect(calls).toBe(MAX_FIX_PASSES + 1);
    expect(endless.messages).toHaveLength(1);
  });

  it('never applies suggestions', () => {
    const suggesting = defineRule({
      meta: { id: 'suggesting', description: '', defaultSeverity: 'warn', docs: '', hasSuggestions: true },
      defaultOptions: {},
      check(_article, context) {
        context.report({ message: 'soften', range: { start: 0, end: 5 }, suggestions: [{ desc: 'Replace', fix: { range: [0, 5], text: 'Maybe' } }] });
      },
    }) as Rule;
    const result = lintText('Cures all.', { filePath: 'a.md', format: 'markdown', rules: [configured(suggesting)], fix: true });
    expect(result.output).toBeUndefined();
    expect(result.messages[0]?.suggestions).toHaveLength(1);
  });

  it('applies only the fixes the predicate accepts (--fix-type)', () => {
    const source = `Fast [2,3]. Lasting [1].${refs}`;
    const onlyLayout = lintText(source, { filePath: 'a.md', format: 'markdown', rules: bothRules, fix: (message) => message.ruleId === 'citation-style' });
    expect(onlyLayout.output).toBe(`Fast [2, 3]. Lasting [1].${refs}`);
    expect(onlyLayout.messages.map((message) => message.ruleId)).toEqual(['citation-order']);
  });

  it('drops a pass after which a rule fails on the fixed text', () => {
    const fragile = defineRule({
      meta: { id: 'fragile', description: '', defaultSeverity: 'warn', docs: '' },
      defaultOptions: {},
      check(article) {
        if (article.source.includes('BROKEN')) throw new Error('cannot read this');
      },
    }) as Rule;
    const result = lintText('fine text', {
      filePath: 'a.md',
      format: 'markdown',
      rules: [configured(replacing('breaker', 'fine', 'BROKEN')), configured(fragile)],
      fix: true,
    });
    expect(result.output).toBeUndefined();
    expect(result.messages.some((message) => message.fatal)).toBe(false);
  });

  it('reports the remaining problems of the fixed text, with counts', () => {
    const result = lintText(`Fast [2]. Lasting [1].${refs}`, { filePath: 'a.md', format: 'markdown', rules: bothRules, fix: true });
    expect(result.output).toBeDefined();
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ warningCount: 0, fixableWarningCount: 0 });
  });
});
