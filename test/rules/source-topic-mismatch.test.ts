import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/source-topic-mismatch.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const entry = (title: string) => `\n\n## References\n\n1. Varga, L., & Moretti, S. (2019). ${title}. *Journal of Invented Medicine*, 12, 40–48.\n`;

describe('source-topic-mismatch', () => {
  describe('stays quiet', () => {
    it.each([
      ['the same condition', `Light therapy improved mood in seasonal depression [1].${entry('Bright light in major depression: a cohort study')}`],
      ['one shared condition of several', `It may help people with depression and anxiety [1].${entry('Ketamine in treatment-resistant depression')}`],
      ['a source title naming no condition', `Ketamine blocks NMDA receptors in anxiety [1].${entry('Glutamate receptors and the actions of ketamine')}`],
      ['a claim naming no condition under a neutral heading', `# Ketamine\n\n## How it works\n\nIt blocks NMDA receptors [1].${entry('Ketamine in treatment-resistant depression')}`],
      ['headache claim citing a migraine trial (one family)', `Magnesium eased headaches [1].${entry('Oral magnesium for migraine prevention')}`],
      ['a side-effect sentence', `Side effects include headache and nausea [1].${entry('Melatonin for jet lag: a systematic review')}`],
      ['a contraindication', `Do not take it if you have liver disease [1].${entry('Statins and cardiovascular outcomes')}`],
      ['under a safety heading', `## Who should not take it\n\nPeople with epilepsy [1].${entry('Melatonin for insomnia')}`],
      ['adults claim citing older adults', `It improved sleep in adults [1].${entry('Magnesium and sleep in older adults')}`],
      ['a dangling marker', 'It eased anxiety [4].'],
      ['populations off', `It helps children sleep [1].${entry('Melatonin in healthy adults')}`, { populations: false }],
    ])('%s', (_name, source, options?: Record<string, unknown>) => expect(runRule(rule, source, { options })).toEqual([]));
  });

  describe('flags the marker', () => {
    it.each([
      ['a condition the source is not about', `It eased anxiety within hours [1].${entry('Esketamine in treatment-resistant depression')}`],
      ['a population the source did not study', `It helps children fall asleep [1].${entry('Melatonin and sleep onset in healthy adults')}`],
      ['the section’s condition when the sentence names none', `# Ketamine\n\n## Does it work for anxiety?\n\nThe placebo group improved less [1].${entry('Esketamine in treatment-resistant depression')}`],
      ['an extra condition family from the options', `It eased long covid fatigue [1].${entry('Zinc in type 2 diabetes')}`, { conditions: ['long covid | post-covid'] }],
    ])('%s', (_name, source, options?: Record<string, unknown>) => expect(flaggedTexts(rule, source, { options })).toEqual(['[1]']));
  });

  it('says what each side is about and what to do', () => {
    const [report] = runRule(rule, `It eased anxiety within hours [1].${entry('Esketamine in treatment-resistant depression')}`);
    expect(report?.message).toBe(
      '[1] cites "Esketamine in treatment-resistant depression", a source on depression, but this sentence is about anxiety: cite evidence on anxiety, or say that the evidence comes from depression.',
    );
  });

  it('stays quiet when any cited source shares the condition', () => {
    const source = 'It eased anxiety [1, 2].\n\n## References\n\n1. Lee, K. (2020). Ketamine for generalised anxiety disorder. *Invented Psychiatry*, 2, 1–9.\n2. Varga, L. (2019). Esketamine in treatment-resistant depression. *Invented Psychiatry*, 1, 3–8.\n';
    expect(runRule(rule, source)).toEqual([]);
  });

  it('flags the seed’s anxiety section resting on a depression trial [3], and nothing else there', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(flaggedTexts(rule, seed, { format: 'text' })).toEqual(['[3]']);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('source-topic-mismatch', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toHaveLength(1),
    );
    it.each(ruleFixtures('source-topic-mismatch', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toEqual([]),
    );
  });
});
