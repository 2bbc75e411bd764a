import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/causal-overreach.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

const cohort = '\n\n## References\n\n1. Hale, R., & Osei, K. (2021). Daily step count and risk of dementia: a prospective cohort study. *Journal of Invented Neurology*, 9, 45–53.\n';
const trial = '\n\n## References\n\n1. Hale, R., & Osei, K. (2021). Walking and memory in older adults: a randomized controlled trial. *Journal of Invented Neurology*, 9, 45–53.\n';

describe('causal-overreach', () => {
  describe('stays quiet', () => {
    it.each([
      ['correlational wording', 'Eating nuts is linked to a lower risk of stroke.'],
      ['a group comparison', 'People who drank coffee were less likely to die early.'],
      ['a causal claim with no observational finding', 'Smoking causes lung cancer.'],
      ['an experiment', 'In a randomised trial, people who walked daily had lower blood pressure, so walking reduces blood pressure.'],
      ['a hedged causal claim', 'Coffee is linked to fewer cases of diabetes, and it may protect against diabetes.'],
      ['a hedging frame', 'A large cohort study suggests that coffee protects against diabetes.'],
      ['a denial', 'In a cohort of 40,000 adults, coffee was linked to longer life. This does not prove that coffee prevents early death.'],
      ['a causal verb with no health outcome', 'The survey led to a new policy on school meals.'],
      ['"the causes of"', 'A survey asked people about the causes of their headaches.'],
      ['a cited trial', `Walking protects your memory [1].${trial}`],
      ['a question', 'Coffee is linked to longer life, but does coffee prevent heart disease?'],
      ['a conclusion from a trial', 'In the trial, walkers had fewer falls. So walking prevents falls.'],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags the causal phrase', () => {
    it.each([
      ['an observational study, then "proving that"', 'An observational study found that coffee drinkers were less likely to die early, proving that coffee prevents heart disease.', ['proving that']],
      ['"linked to" and "reduce the risk" in one sentence', 'Eating nuts is linked to fewer strokes, and nuts reduce the risk of heart attack.', ['reduce the risk']],
      ['a survey and "causes"', 'A survey of 2,000 adults found that screen time causes insomnia.', ['causes']],
      ['"can cause" stays causal', 'Night shifts are associated with weight gain and can cause diabetes.', ['can cause']],
      ['a cited cohort study', `Walking every day prevents dementia [1].${cohort}`, ['prevents']],
      ['a conclusion from the sentence before', 'People who walked every day had a lower risk of dementia. So walking protects your brain against dementia.', ['protects your']],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  it('says what the design is and what to write instead', () => {
    const [report] = runRule(rule, 'Eating nuts is linked to fewer strokes, and nuts reduce the risk of heart attack.');
    expect(report?.message).toBe(
      '"reduce the risk" states cause and effect, but this sentence presents the finding as observational ("linked to"): say "is linked to" or "people who … were less likely", or cite a trial that tested it.',
    );
    const [cited] = runRule(rule, `Walking every day prevents dementia [1].${cohort}`);
    expect(cited?.message).toContain('the cited source presents the finding as observational ("cohort")');
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/causal-overreach/', import.meta.url).pathname;
    const run = (kind: string, file: string) =>
      runRule(rule, readFileSync(join(root, kind, file), 'utf8'), { format: file.endsWith('.txt') ? 'text' : 'markdown' });
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged once', (file) => expect(run('flag', file)).toHaveLength(1));
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => expect(run('quiet', file)).toEqual([]));
  });
});
