import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unused-reference.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const threeRefs = `

## References

1. Okafor, T. (2016). Dietary nitrate and blood pressure. Journal of Invented Nutrition, 12, 101–109.
2. Brandt, S. (2018). Duration of nitrate effects. Example Heart Journal, 4, 55–60.
3. Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.
`;

describe('unused-reference', () => {
  describe('stays quiet', () => {
    it.each([
      ['every entry cited', `Beetroot lowered pressure [1]. The effect faded [2–3].${threeRefs}`],
      ['no markers at all: a reading list', `Beetroot juice is popular with runners.${threeRefs}`],
      [
        'a further-reading list beside the references',
        'Beetroot lowered pressure [1].\n\n## References\n\n1. Okafor, T. (2016). Dietary nitrate. Journal of Invented Nutrition, 12, 101–109.\n\n## Further reading\n\n- Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.\n',
      ],
      ['a used footnote', 'Iron is absorbed best on an empty stomach.[^a]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n'],
      [
        'a cited footnote defined twice',
        'Iron is absorbed best on an empty stomach.[^a]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n\n[^a]: Halvorsen, P. Oral iron. 2015.\n',
      ],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags each uncited entry', () => {
    it.each([
      ['the third of three', `Beetroot lowered pressure [1]. The effect faded [2].${threeRefs}`, ['Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.']],
      [
        'an uncited entry of a further-reading list the text cites from (it is the reference list)',
        'Beetroot lowered pressure (Okafor, 2016).\n\n## Further reading\n\n- Okafor, T. (2016). Dietary nitrate. Journal of Invented Nutrition, 12, 101–109.\n- Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.\n',
        ['Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.'],
      ],
      [
        'a footnote definition never referenced',
        'Iron is absorbed best on an empty stomach.[^a]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n[^b]: Lindqvist, A. (2017). Ascorbic acid and iron. Imaginary Clinical Nutrition, 8, 44–49.\n',
        1,
      ],
    ])('%s', (_name, source, expected) => {
      const flagged = flaggedTexts(rule, source);
      if (typeof expected === 'number') expect(flagged).toHaveLength(expected);
      else expect(flagged).toEqual(expected);
    });
  });

  it('tells the editor which entry and what to do', () => {
    const [report] = runRule(rule, `Beetroot lowered pressure [1]. The effect faded [2].${threeRefs}`);
    expect(report?.message).toBe('Reference 3 ("Moreau, C. (2020). Nitrate …") is never cited: cite it where it supports a claim, or remove it.');
  });

  it('underlines only the entry’s first line', () => {
    const source = 'Beetroot lowered pressure [1].\n\n## References\n\n- Okafor, T. (2016). Dietary nitrate. Journal of Invented Nutrition.\n- Moreau, C. (2020).\n  Nitrate supplements in practice.\n';
    expect(flaggedTexts(rule, source)).toEqual(['Moreau, C. (2020).']);
  });

  it('lets a project name its own reading-list headings', () => {
    const source = `Beetroot lowered pressure [1].\n\n## References\n\n1. Okafor, T. (2016). Dietary nitrate. Journal of Invented Nutrition, 12, 101–109.\n\n## Sources\n\n- Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.\n`;
    expect(runRule(rule, source)).toHaveLength(1);
    expect(runRule(rule, source, { options: { ignoreHeadings: ['Sources'] } })).toHaveLength(0);
  });

  it('leaves the seed article alone (all three references cited)', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(runRule(rule, seed, { format: 'text' })).toEqual([]);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('unused-reference', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toHaveLength(1),
    );
    it.each(ruleFixtures('unused-reference', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toEqual([]),
    );
  });
});
