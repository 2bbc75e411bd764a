import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/animal-study-generalized.js';
import { isLabOnlyTitle } from '../../rules/lib/animal-evidence.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

const refs = (...titles: string[]) =>
  `\n\n## References\n\n${titles.map((title, i) => `${i + 1}. Ortega, P. (201${i}). ${title}. *Journal of Invented Science*, 7, 1–9.`).join('\n')}\n`;
const mice = 'Hericium erinaceus extract improves recognition memory in aged mice';
const cells = 'Curcumin induces apoptosis in colon cancer cell lines in vitro';
const people = 'Hericium erinaceus for mild cognitive impairment in older adults: a randomized trial';

describe('animal-study-generalized', () => {
  describe('stays quiet', () => {
    it.each([
      ['the sentence names the mice', `In aged mice, lion's mane improved memory [1].${refs(mice)}`],
      ['a study in people cited too', `Lion's mane sharpens memory [1, 2].${refs(mice, people)}`],
      ['a study in people', `Lion's mane may sharpen memory in older adults [1].${refs(people)}`],
      ['a hedged extrapolation', 'In mice, curcumin reversed memory loss, which suggests it may help people with dementia.'],
      ['a lab result kept in the lab', 'In lab studies, curcumin killed colon cancer cells.'],
      ['no health claim', `The extract is made from the fruiting body [1].${refs(mice)}`],
      ['animal protein is food', 'Animal protein and animal fats raise cholesterol in people who eat a lot of them, so limit red meat.'],
      ['a question', `Does lion's mane sharpen memory [1]?${refs(mice)}`],
      ['a conclusion with no people in it', 'A study in rats found that the herb lowered stress hormones. So the herb lowers stress hormones.'],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags', () => {
    it.each([
      ['the marker of a sentence citing only a mouse study', `Lion's mane sharpens memory and protects against dementia [1].${refs(mice)}`, ['[1]']],
      ['the marker of a sentence citing only cell studies', `Curcumin fights colon cancer [1].${refs(cells)}`, ['[1]']],
      ['the words that carry a mouse result to people', 'In mice, curcumin reversed memory loss, so it can help people with dementia.', ['so it can help people with dementia']],
      ['a conclusion for people from the sentence before', 'A study in rats found that ashwagandha lowered stress hormones. This means it will calm your anxiety.', ['This means it will calm your anxiety.']],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  it('names the source and says what to do', () => {
    const [report] = runRule(rule, `Lion's mane sharpens memory [1].${refs(mice)}`);
    expect(report?.message).toBe(
      `[1] cites lab or animal research ("${mice}"), but this sentence states the result as an effect in people: say where the result comes from ("in mice", "in lab studies") or cite a study in people.`,
    );
  });

  it('reads a title as lab-only when it names a lab model and no people', () => {
    expect(isLabOnlyTitle(mice)).toBe(true);
    expect(isLabOnlyTitle(cells)).toBe(true);
    expect(isLabOnlyTitle(people)).toBe(false);
    expect(isLabOnlyTitle('Curcumin in mice and humans: a comparison')).toBe(false);
    expect(isLabOnlyTitle('Animal protein intake and mortality')).toBe(false);
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/animal-study-generalized/', import.meta.url).pathname;
    const run = (kind: string, file: string) =>
      runRule(rule, readFileSync(join(root, kind, file), 'utf8'), { format: file.endsWith('.txt') ? 'text' : 'markdown' });
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged once', (file) => expect(run('flag', file)).toHaveLength(1));
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => expect(run('quiet', file)).toEqual([]));
  });
});
