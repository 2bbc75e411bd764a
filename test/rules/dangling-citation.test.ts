import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/dangling-citation.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

const threeRefs = `

## References

1. Okafor, T. (2016). Dietary nitrate and blood pressure. Journal of Invented Nutrition, 12, 101–109.
2. Brandt, S. (2018). Duration of nitrate effects. Example Heart Journal, 4, 55–60.
3. Moreau, C. (2020). Nitrate supplements in practice. Made-up Reviews, 9, 1–12.
`;

describe('dangling-citation', () => {
  describe('stays quiet', () => {
    it.each([
      ['markers that all resolve', `Beetroot lowered pressure [1]. The effect faded [2, 3].${threeRefs}`],
      ['a range inside the list', `Beetroot lowered pressure [1–3].${threeRefs}`],
      ['no markers and no list', 'Drink water through the day. Pale urine is a good sign.'],
      [
        'editorial tags, which ask for a source rather than give one',
        `Beetroot lowered pressure [1]. It protects the kidneys.[citation needed] It helps runners. [source?] It clears toxins.[*needs citation*]${threeRefs}`,
      ],
      ['a defined footnote', 'Iron is absorbed best on an empty stomach.[^a]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n'],
      [
        'an author-year citation with its entry',
        'Swimmers reported less stress (Varga, 2021).\n\n## References\n\n- Varga, L. (2021). Cold water and mood. Imaginary Sport Science, 2, 1–9.\n',
      ],
      [
        'an author-year citation that links to the work itself',
        'Implants rarely fail ([Reyes & Kowalczyk, 2018](https://doi.example.org/10.5555/jod.2018.0412)). Book a consultation.',
      ],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags each dangling occurrence at the marker', () => {
    it.each([
      ['a number past the end', `Beetroot lowered pressure [1]. Older adults saw less [4].${threeRefs}`, ['[4]']],
      ['every occurrence', `One [4]. Two [4].${threeRefs}`, ['[4]', '[4]']],
      ['a group with one missing number', `Beetroot lowered pressure [1, 5].${threeRefs}`, ['[1, 5]']],
      ['a footnote without definition', 'Iron is absorbed best on an empty stomach.[^a] Vitamin C helps.[^b]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n', ['[^b]']],
      ['any marker without a reference list', 'Swimmers reported less stress [1]. Pressure rose on entry [2].', ['[1]', '[2]']],
      [
        'the missing work of an author-year group, not the whole group',
        'Swimmers reported less stress (Varga, 2021; Holm & Ekwueme, 2019).\n\n## References\n\n- Varga, L. (2021). Cold water and mood. Imaginary Sport Science, 2, 1–9.\n',
        ['Holm & Ekwueme, 2019'],
      ],
      [
        'a superscript past the end of "¹ ..." entries under a bold "Sources" line',
        'Curcumin eased knee pain in a small trial¹. Piperine raised blood levels⁴.\n\n**Sources**\n\n¹ Okafor T. Curcumin in knee pain. Invented Rheumatology. 2014;9:55–63.\n² Brandt S. Piperine and absorption. Made-up Pharmacology. 2018;4:1–9.\n',
        ['⁴'],
      ],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  it('names only the missing number of a group', () => {
    const [report] = runRule(rule, `Beetroot lowered pressure [1, 5].${threeRefs}`);
    expect(report?.message).toBe('Citation [1, 5]: 5 points to no reference: the list has 3 entries. Add the source, or correct the number.');
  });

  it('says when there is no list at all', () => {
    const [report] = runRule(rule, 'Swimmers reported less stress [2].');
    expect(report?.message).toBe('Citation [2] but the article has no reference list: add a "References" section.');
  });

  it('ignores marker-only lines left by an export that emptied its list', () => {
    const source = 'Whole-food diets are popular.[1] Critics disagree.[2]\n\nReferences\n\n[1]\n\n[2]\n';
    expect(runRule(rule, source)).toEqual([]);
  });

  it('leaves the seed article alone (all three markers resolve)', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(runRule(rule, seed, { format: 'text' })).toEqual([]);
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/dangling-citation/', import.meta.url).pathname;
    const formatOf = (file: string) => (file.endsWith('.txt') ? 'text' : 'markdown');
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged', (file) => {
      expect(runRule(rule, readFileSync(join(root, 'flag', file), 'utf8'), { format: formatOf(file) }).length).toBeGreaterThan(0);
    });
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => {
      expect(runRule(rule, readFileSync(join(root, 'quiet', file), 'utf8'), { format: formatOf(file) })).toEqual([]);
    });
    it('flag fixtures point at exactly the dangling markers', () => {
      const read = (file: string) => readFileSync(join(root, 'flag', file), 'utf8');
      expect(flaggedTexts(rule, read('number-past-end.md'))).toEqual(['[4]']);
      expect(flaggedTexts(rule, read('footnote-without-definition.md'))).toEqual(['[^vitc]']);
      expect(flaggedTexts(rule, read('author-year-no-list.md'))).toEqual(['(Varga & Holm, 2021)', '(Ekwueme, 2019)']);
    });
  });
});
