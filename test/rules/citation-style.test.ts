import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/citation-style.js';
import { fixOne, messagesOf } from '../fix/fix-tester.js';
import { flaggedTexts } from '../helpers/rule-tester.js';

const numbered = '\n\n## References\n\n1. Alpha A. One. J Inv. 2016;1:1-9.\n2. Beta B. Two. J Inv. 2017;2:1-9.\n3. Gamma C. Three. J Inv. 2018;3:1-9.\n';
const bulleted = (bullet = '- ', gap = '\n') =>
  `\n\n## References\n\n${['Alpha, A. (2016). One. Journal of Inventions, 1, 1–9.', 'Beta, B. (2017). Two. Journal of Inventions, 2, 1–9.', 'Gamma, C. (2018). Three. Journal of Inventions, 3, 1–9.'].map((entry) => bullet + entry).join(gap)}\n`;

describe('citation-style', () => {
  describe('valid: stays quiet', () => {
    it.each([
      ['house spacing and a numbered list', `Fast [1, 2]. Lasting [2–3].${numbered}`],
      ['a hyphen range is kept by default', `Fast [1-3].${numbered}`],
      ['superscripts are left as written', `Fast.¹,² Lasting.³${numbered}`],
      ['an unnumbered list nothing counts on (author-year)', `Fast (Alpha, 2016).${bulleted()}`],
      ['a year in brackets is not a marker', `Published [2019] and cited [1].${numbered}`],
    ])('%s', (_name, source) => expect(messagesOf(rule, source)).toEqual([]));
  });

  describe('invalid: spacing, with the fixed text', () => {
    it.each([
      ['no space after a comma', 'Fast [1,2].', '[1,2]', 'Fast [1, 2].'],
      ['spaces inside the brackets', 'Fast [ 2 ].', '[ 2 ]', 'Fast [2].'],
      ['spaces around a range dash', 'Fast [1 – 3].', '[1 – 3]', 'Fast [1–3].'],
      ['several at once', 'Fast [1 ,2 - 3].', '[1 ,2 - 3]', 'Fast [1, 2-3].'],
    ])('%s', (_name, body, flagged, fixedBody) => {
      expect(flaggedTexts(rule, body + numbered)).toEqual([flagged]);
      expect(fixOne(rule, body + numbered)).toBe(fixedBody + numbered);
    });

    it('names the canonical form', () => {
      expect(messagesOf(rule, `Fast [1,2].${numbered}`)).toEqual([
        'Write "[1,2]" as "[1, 2]": one space after each comma, none inside the brackets or around a range dash.',
      ]);
    });

    it('can make every range use one dash', () => {
      expect(fixOne(rule, `Fast [1-3].${numbered}`, { options: { rangeDash: 'en-dash' } })).toBe(`Fast [1–3].${numbered}`);
      expect(fixOne(rule, `Fast [1–3].${numbered}`, { options: { rangeDash: 'hyphen' } })).toBe(`Fast [1-3].${numbered}`);
    });

    it('can be limited to one check', () => {
      expect(messagesOf(rule, `Fast [1,2].${bulleted()}`, { options: { spacing: false } })).toHaveLength(1);
      expect(messagesOf(rule, `Fast [1,2].${bulleted()}`, { options: { numberedList: false } })).toHaveLength(1);
    });
  });

  describe('invalid: an unnumbered list that numbers count on', () => {
    it('flags the first entry', () => {
      expect(flaggedTexts(rule, `Fast [1]. Lasting [3].${bulleted()}`)).toEqual(['Alpha, A. (2016). One. Journal of Inventions, 1, 1–9.']);
      expect(messagesOf(rule, `Fast [1]. Lasting [3].${bulleted()}`)).toEqual([
        'The reference list is not numbered, yet citations such as [1] count on its order: number the entries so a reader can find each source (--fix numbers them).',
      ]);
    });

    it.each([
      ['a tight "-" list becomes "1." items', bulleted('- '), bulleted('1. ').replace('1. Beta', '2. Beta').replace('1. Gamma', '3. Gamma')],
      ['a loose list stays loose', bulleted('* ', '\n\n'), bulleted('1. ', '\n\n').replace('1. Beta', '2. Beta').replace('1. Gamma', '3. Gamma')],
    ])('Markdown: %s', (_name, list, expected) => {
      expect(fixOne(rule, `Fast [1]. Lasting [3].${list}`)).toBe(`Fast [1]. Lasting [3].${expected}`);
    });

    it('Markdown: follows the document’s ordered-list delimiter and keeps wrapped entries together', () => {
      const source = `1) Soak.\n2) Rinse.\n\nFast [1]. Lasting [2].\n\n## References\n\n- Alpha, A. (2016). One. Journal of\n  Inventions, 1, 1–9.\n- Beta, B. (2017). Two. Journal of Inventions, 2, 1–9.\n`;
      expect(fixOne(rule, source)).toBe(
        `1) Soak.\n2) Rinse.\n\nFast [1]. Lasting [2].\n\n## References\n\n1) Alpha, A. (2016). One. Journal of\n   Inventions, 1, 1–9.\n2) Beta, B. (2017). Two. Journal of Inventions, 2, 1–9.\n`,
      );
    });

    it('Markdown: a byline item before the entries stays a bullet', () => {
      const source = `Fast [1]. Lasting [2].\n\n- The Clinic Team\n- Alpha, A. (2016). One. Journal of Inventions, 1, 1–9. https://doi.org/10.5555/a\n- Beta, B. (2017). Two. Journal of Inventions, 2, 1–9. https://doi.org/10.5555/b\n`;
      const fixed = fixOne(rule, source);
      expect(fixed).toBe(source.replace('- Alpha', '1. Alpha').replace('- Beta', '2. Beta'));
      expect(messagesOf(rule, fixed)).toEqual([]);
    });

    it('plain text: the seed’s trailing list gets numbers, its byline does not', () => {
      const source = readFileSync(join('fixtures/rules/citation-style/flag/trailing-list.txt'), 'utf8');
      const fixed = fixOne(rule, source, { format: 'text' });
      expect(fixed).toContain('- The Outdoor Health Team\n1. Varga, P.');
      expect(fixed).toContain('\n2. Lindgren, A.');
      expect(fixed).toContain('\n3. Okoro, B.');
      expect(messagesOf(rule, fixed, { format: 'text' })).toEqual([]);
    });
  });

  describe('fixtures', () => {
    const root = 'fixtures/rules/citation-style';
    const formatOf = (file: string) => (file.endsWith('.txt') ? 'text' : 'markdown') as 'text' | 'markdown';
    it.each(readdirSync(join(root, 'flag')))('flags %s, and its fixes leave it quiet', (file) => {
      const source = readFileSync(join(root, 'flag', file), 'utf8');
      expect(messagesOf(rule, source, { format: formatOf(file) }).length).toBeGreaterThan(0);
      expect(messagesOf(rule, fixOne(rule, source, { format: formatOf(file) }), { format: formatOf(file) })).toEqual([]);
    });
    it.each(readdirSync(join(root, 'quiet')))('leaves %s alone', (file) => {
      expect(messagesOf(rule, readFileSync(join(root, 'quiet', file), 'utf8'), { format: formatOf(file) })).toEqual([]);
    });
  });
});
