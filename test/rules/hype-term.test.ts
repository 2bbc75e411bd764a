import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hype-term.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

/** Apply the first suggestion of the only report, to read the plainer wording in place. */
function suggested(source: string): string {
  const [report] = runRule(rule, source);
  const fix = report?.suggestions?.[0]?.fix;
  if (!fix) throw new Error('no suggestion');
  return source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
}

describe('hype-term', () => {
  describe('stays quiet', () => {
    it.each([
      ['a denial', 'Ketamine therapy is no miracle, and it does not help everyone.'],
      ['a negated silver bullet', "This pump isn't a silver bullet for diabetes treatment."],
      ['distancing', 'Some sellers claim the tea is a miracle treatment.'],
      ['someone else’s label', 'Metformin has been called a wonder drug.'],
      ['a quotation', 'One advert called the pill "a miracle cure" for back pain.'],
      ['breakthrough pain', 'Morphine tablets can be used for breakthrough pain in cancer treatment.'],
      ['breakthrough bleeding', 'Breakthrough bleeding is common in the first months on the pill.'],
      ['an FDA designation', 'The FDA granted the drug Breakthrough Therapy designation in 2019.'],
      ['alcohol detox', 'A medically supervised alcohol detox treats withdrawal safely.'],
      ['emotional breakthroughs', 'Patients often describe emotional breakthroughs during therapy sessions.'],
      ['a question', 'Is turmeric a miracle herb?'],
      ['first-person narrative', 'For me, the new drug felt like a miracle.'],
      ['hype not about a treatment', 'The 1970s saw a revolutionary change in how towns were planned.'],
      ['an allowed word', 'Kale is a superfood.', { allow: ['superfood'] }],
    ])('%s', (_name, source, options?: Record<string, unknown>) => expect(runRule(rule, source, { options })).toEqual([]));
  });

  describe('flags the word', () => {
    it.each([
      ['miracle before a noun', 'Turmeric is a miracle herb for your joints.', ['miracle']],
      ['a breakthrough treatment', 'Ketamine is a breakthrough treatment for depression.', ['breakthrough']],
      ['game-changer', 'Melatonin can be a game-changer for sleep.', ['game-changer']],
      ['revolutionary therapy', 'This revolutionary therapy resets your nervous system.', ['revolutionary']],
      ['superfood with no treatment around', 'Kale is a superfood.', ['superfood']],
      ['wonder drug', 'Metformin is a wonder drug for diabetes.', ['wonder drug']],
      ['detox', 'Our detox tea flushes out toxins.', ['detox']],
      ['two words in one sentence', 'This groundbreaking supplement is a true miracle.', ['groundbreaking', 'miracle']],
      ['a pronoun for the treatment before', 'Our paste blends turmeric and ginger. It is a miracle for stiff joints.', ['miracle']],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  it('flags hype in the title, front matter included', () => {
    const source = '---\ntitle: "Turmeric: the Miracle Herb"\n---\n\nTurmeric is a yellow spice.\n';
    expect(flaggedTexts(rule, source)).toEqual(['Miracle']);
    expect(runRule(rule, source, { options: { title: false } })).toEqual([]);
  });

  describe('offers plainer wording that reads right', () => {
    it.each([
      ['drops a modifier', 'Turmeric is a miracle herb.', 'Turmeric is a herb.'],
      ['fixes the article after a dropped modifier', 'CBD is a miracle oil.', 'CBD is an oil.'],
      ['a noun use', 'Ketamine is a breakthrough for depression treatment.', 'Ketamine is an advance for depression treatment.'],
      ['before a noun', 'Ketamine is a breakthrough treatment.', 'Ketamine is a new treatment.'],
      ['keeps a capital', 'Revolutionary therapy resets your brain.', 'New therapy resets your brain.'],
      ['passes a capital on', 'Miracle creams fix nothing overnight.', 'Creams fix nothing overnight.'],
      ['superfood', 'Kale is a superfood.', 'Kale is a nutritious food.'],
      ['wonder drug', 'Metformin is a wonder drug.', 'Metformin is a medicine.'],
    ])('%s', (_name, source, expected) => expect(suggested(source)).toBe(expected));
  });

  it('says what is wrong and what to write, and has no suggestion for detox', () => {
    const [hype] = runRule(rule, 'Ketamine is a breakthrough treatment.');
    expect(hype?.message).toBe('"breakthrough" is hype: say what the treatment does and how well it works, or say "new".');
    expect(hype?.suggestions?.[0]?.desc).toBe('Replace "breakthrough" with "new"');
    const [detox] = runRule(rule, 'Our detox tea flushes out toxins.');
    expect(detox?.message).toMatch(/^"detox" sells the idea that the body needs help to clear toxins/);
    expect(detox?.suggestions).toBeUndefined();
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/hype-term/', import.meta.url).pathname;
    const run = (kind: string, file: string) =>
      runRule(rule, readFileSync(join(root, kind, file), 'utf8'), { format: file.endsWith('.txt') ? 'text' : 'markdown' });
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged once', (file) => expect(run('flag', file)).toHaveLength(1));
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => expect(run('quiet', file)).toEqual([]));
  });
});
