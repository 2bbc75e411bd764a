import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/citation-order.js';
import { fixOne, messagesOf } from '../fix/fix-tester.js';
import { flaggedTexts } from '../helpers/rule-tester.js';

const refs = (...entries: string[]): string => `\n\n## References\n\n${entries.map((entry, index) => `${index + 1}. ${entry}`).join('\n')}\n`;
const [A, B, C, D, E] = ['Alpha A. One. J Inv. 2016;1:1-9.', 'Beta B. Two. J Inv. 2017;2:1-9.', 'Gamma C. Three. J Inv. 2018;3:1-9.', 'Delta D. Four. J Inv. 2019;4:1-9.', 'Eps E. Five. J Inv. 2020;5:1-9.'] as [string, string, string, string, string];

describe('citation-order', () => {
  describe('valid: stays quiet', () => {
    it.each([
      ['numbers in first-citation order', `Fast [1]. Lasting [1, 2]. Rare [3].${refs(A, B, C)}`],
      ['a range that follows on', `Fast [1]. Lasting [2–4].${refs(A, B, C, D)}`],
      ['entries cited only after the cited ones are uncited', `Fast [1]. Lasting [2].${refs(A, B, C)}`],
      ['no numeric markers', 'Fast (Alpha, 2016).\n\n## References\n\n- Alpha, A. (2016). One. Journal of Inventions, 1, 1–9.\n'],
      ['a dangling number: dangling-citation reports it', `Fast [1]. Lasting [9].${refs(A, B)}`],
      ['footnotes', 'Fast.[^b] Lasting.[^a]\n\n[^a]: Alpha, A. (2016). One.\n[^b]: Beta, B. (2017). Two.\n'],
    ])('%s', (_name, source) => expect(messagesOf(rule, source)).toEqual([]));
  });

  describe('invalid: message at the first out-of-order marker, and the fixed text', () => {
    it.each([
      {
        name: 'a later source cited first: markers renumbered, entries reordered',
        source: `Fast [2]. Lasting [1, 3].${refs(A, B, C)}`,
        flagged: '[2]',
        output: `Fast [1]. Lasting [2, 3].${refs(B, A, C)}`,
      },
      {
        name: 'uncited entries keep their relative order after the cited ones',
        source: `Fast [3]. Lasting [1].${refs(A, B, C, D)}`,
        flagged: '[3]',
        output: `Fast [1]. Lasting [2].${refs(C, A, B, D)}`,
      },
      {
        name: 'a skipped number counts as out of order',
        source: `Fast [1]. Lasting [3]. Later [2].${refs(A, B, C)}`,
        flagged: '[3]',
        output: `Fast [1]. Lasting [2]. Later [3].${refs(A, C, B)}`,
      },
      {
        name: 'a range stays compact while still consecutive',
        source: `Fast [4]. Lasting [1–3].${refs(A, B, C, D)}`,
        flagged: '[4]',
        output: `Fast [1]. Lasting [2–4].${refs(D, A, B, C)}`,
      },
      {
        name: 'a range is written out when its numbers no longer run on',
        source: `Fast [3]. Lasting [5]. Both [2-4].${refs(A, B, C, D, E)}`,
        flagged: '[3]',
        output: `Fast [1]. Lasting [2]. Both [1, 3, 4].${refs(C, E, B, D, A)}`,
      },
      {
        name: 'comma spacing of each marker is kept',
        source: `Fast [2,1].${refs(A, B)}`,
        flagged: '[2,1]',
        output: `Fast [1,2].${refs(B, A)}`,
      },
      {
        name: 'superscripts are renumbered too',
        source: `Fast.² Lasting.¹${refs(A, B)}`,
        flagged: '²',
        output: `Fast.¹ Lasting.²${refs(B, A)}`,
      },
      {
        name: 'entries that carry their own numbers get their new number',
        source: `Fast [2]. Lasting [1].\n\n## References\n\n[1] ${A}\n[2] ${B}\n`,
        flagged: '[2]',
        output: `Fast [1]. Lasting [2].\n\n## References\n\n[1] ${B}\n[2] ${A}\n`,
      },
    ])('$name', ({ source, flagged, output }) => {
      expect(flaggedTexts(rule, source)).toEqual([flagged]);
      expect(fixOne(rule, source)).toBe(output);
    });

    it('says which number the source would take', () => {
      expect(messagesOf(rule, `Fast [2]. Lasting [1].${refs(A, B)}`)).toEqual([
        'Source 2 is the first source cited, so in citation order it would be 1: number sources in the order the text first cites them (--fix renumbers the citations and the reference list).',
      ]);
    });

    it('reports without a fix when the list does not number 1, 2, 3 by position', () => {
      const source = `Fast [6]. Lasting [5].\n\n## References\n\n5. ${A}\n6. ${B}\n`;
      expect(messagesOf(rule, source)[0]).toMatch(/^Source 6 is the first source cited, so in citation order it would be 1: number sources in the order the text first cites them\.$/);
      expect(fixOne(rule, source)).toBe(source);
    });
  });

  it('renumbers the seed-shaped trailing list of a plain-text article, leaving its byline', () => {
    const source = readFileSync('fixtures/rules/citation-order/flag/trailing-list.txt', 'utf8');
    const fixed = fixOne(rule, source, { format: 'text' });
    expect(fixed).toContain('in surveys [1]. A small trial found lower stress scores after ten weeks [2].');
    const tail = fixed.slice(fixed.indexOf('- The Outdoor Health Team')).split('\n');
    expect(tail.map((line) => line.slice(0, 12))).toEqual(['- The Outdoo', '- Lindgren, ', '- Varga, P.,', '- Okoro, B.,', '']);
    expect(messagesOf(rule, fixed, { format: 'text' })).toEqual([]);
  });

  describe('fixtures', () => {
    const root = 'fixtures/rules/citation-order';
    const formatOf = (file: string) => (file.endsWith('.txt') ? 'text' : 'markdown') as 'text' | 'markdown';
    it.each(readdirSync(join(root, 'flag')))('flags %s, and its fix leaves it quiet', (file) => {
      const source = readFileSync(join(root, 'flag', file), 'utf8');
      expect(messagesOf(rule, source, { format: formatOf(file) })).toHaveLength(1);
      expect(messagesOf(rule, fixOne(rule, source, { format: formatOf(file) }), { format: formatOf(file) })).toEqual([]);
    });
    it.each(readdirSync(join(root, 'quiet')))('leaves %s alone', (file) => {
      expect(messagesOf(rule, readFileSync(join(root, 'quiet', file), 'utf8'), { format: formatOf(file) })).toEqual([]);
    });
  });
});
