import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-disclaimer.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const body = '# Zinc for colds\n\nZinc lozenges may shorten a cold by about a day.\n';

describe('missing-disclaimer', () => {
  describe('stays quiet', () => {
    it.each([
      ['"not a substitute for"', `${body}\nThis is not a substitute for professional medical advice.\n`],
      ['"for informational purposes only"', `${body}\n_For informational purposes only._\n`],
      ['markup inside the phrase', `${body}\nThis page is **not** medical advice.\n`],
      ['a curly apostrophe', `${body}\nIt doesn’t replace your doctor. Always consult your doctor first.\n`],
      ['the FDA structure/function wording', `${body}\nThis product is not intended to diagnose, treat, cure, or prevent any disease.\n`],
      ['a disclaimer key in front matter', `---\ndisclaimer: true\n---\n\n${body}`],
      ['an empty article', ''],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  it('flags the article once, at its title', () => {
    expect(flaggedTexts(rule, body)).toEqual(['# Zinc for colds']);
  });

  it('accepts house wording from the options', () => {
    const source = `${body}\nAsk your own GP before changing treatment.\n`;
    expect(runRule(rule, source)).toHaveLength(1);
    expect(runRule(rule, source, { options: { phrases: ['ask your own GP'] } })).toEqual([]);
  });

  it('flags the seed, which has no disclaimer', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(flaggedTexts(rule, seed, { format: 'text' })).toEqual(['Ketamine for Anxiety']);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('missing-disclaimer', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toHaveLength(1),
    );
    it.each(ruleFixtures('missing-disclaimer', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toEqual([]),
    );
  });
});
