import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unhedged-efficacy.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'rules', 'unhedged-efficacy');
const formatOf = (file: string) => (file.endsWith('.txt') ? 'text' : 'markdown') as 'text' | 'markdown';
const read = (kind: string, file: string) => readFileSync(join(fixtures, kind, file), 'utf8');

describe('unhedged-efficacy', () => {
  describe('invalid: flags the overstated phrase', () => {
    it.each([
      ['Turmeric cures arthritis.', 'cures'],
      ['Kava is completely safe for daily use.', 'completely safe'],
      ["Garlic is nature's blood pressure medication.", "nature's blood pressure medication"],
      ['The gummies work every single time.', 'work every single time'],
      ['CortiFlow gives you clean, jitter-free energy.', 'jitter-free'],
      ['Experts say treating hearing loss is one of the easiest ways to cut your risk.', 'one of the easiest ways to'],
      ["## Inside every gummy\n\n- **NAC** – replenishes glutathione, your body's master antioxidant\n", 'replenishes'],
      ['Charcoal paste is cheap and it does no harm.', 'does no harm'],
      ['Our strips use an enamel-safe formula to lift stains.', 'enamel-safe'],
      ['Together they provide complete cardiovascular protection.', 'complete cardiovascular protection'],
      ['This oil works for everyone.', 'works for everyone'],
      ['Ketamine offers distinct advantages over other anxiety treatments.', 'distinct advantages over'],
      ['Ketamine selectively targets the brain regions responsible for mood.', 'selectively targets'],
      ['Ketamine relieves anxiety.', 'relieves'],
      ['Melatonin may help with sleep and cures headaches.', 'cures'],
      ['Fish oil is the best treatment for dry eyes [2].', 'the best treatment'],
      // Markup between "the" and the superlative is blanked to spaces, not read as words.
      ['Magnesium glycinate is the <b>best</b> form of magnesium for sleep.', 'the <b>best</b> form'],
      ['Magnesium glycinate is the **best** form of magnesium for sleep.', 'the **best** form'],
      ['- Reduces chronic inflammation\n- Improves deep sleep', 'Reduces'],
      // The head noun names the subject: a "low-salt diet" is a treatment, "low salt" is not.
      ['A low-salt diet eliminates water retention.', 'eliminates'],
      // Testimony in another clause does not make the claim beside it personal.
      ['Steam inhalation cures blocked sinuses, and I wish my mother had known.', 'cures'],
      // A risk promised to the reader is a claim; "reduces the risk of" in general is a statistic.
      ['Cold showers lower your risk of catching flu.', 'lower'],
    ])('%s', (source, phrase) => expect(flaggedTexts(rule, source)[0]).toBe(phrase));
  });

  describe('valid: stays quiet', () => {
    it.each([
      'Ketamine may relieve anxiety.',
      'Studies suggest that turmeric reduces inflammation.',
      'In a 2019 trial, 62% of patients reported less pain.',
      'In the primary analysis, acupuncture was superior to sham for each pain condition (P < .001 for all comparisons).',
      'There is no cure for type 1 diabetes.',
      'There is no cure that works for everyone, and you should be wary of any product that promises one.',
      'Cinnamon capsules cure nothing.',
      'In that review, combining a patch with a faster-acting product such as gum worked better than a patch alone.<sup>2</sup>',
      "If none of that works, see the GP: there's a steroid nose spray that works well for a lot of children.",
      'Is CBD oil completely safe?',
      'Lack of exercise eliminates the benefit of a good diet.',
      'Steam inhalation cured my blocked sinuses.',
      'Talk to your doctor before stopping any medicine.',
      'Run `x --cures` to see the flag.',
      '# Turmeric cures arthritis\n\nTurmeric is a spice.',
      'Exercise is good.\n\n## References\n\n1. Lee, K. (2020). Turmeric cures arthritis. Journal of Spice, 1, 1-2.',
    ])('%s', (source) => expect(runRule(rule, source)).toEqual([]));
  });

  it('reports one finding per sentence, on the strongest phrase', () => {
    expect(flaggedTexts(rule, 'Kava relieves anxiety, reverses insomnia and is completely safe.')).toEqual(['reverses']);
  });

  it('flags cited sentences too, except "has been shown to" with a single study', () => {
    const source = 'Yoga has been shown to reduce back pain [1]. Yoga has been shown to reduce stress.\n\n1. Park, J. (2018). Yoga and back pain. Spine Notes, 3, 1-9.\n';
    expect(flaggedTexts(rule, source)).toEqual(['has been shown to']);
    expect(runRule(rule, source)[0]?.range.start).toBe(source.lastIndexOf('has been shown to'));
  });

  it('tells the editor what is wrong and what to write, with a suggestion', () => {
    const source = 'Turmeric cures arthritis.';
    const [report] = runRule(rule, source);
    expect(report?.message).toBe('"cures" states the effect as certain: prefer "may help relieve" or report the study\'s result.');
    expect(report?.suggestions).toEqual([
      { desc: 'Replace "cures" with "may help relieve"', fix: { range: [9, 14], text: 'may help relieve' } },
    ]);
    expect(report?.fix).toBeUndefined();
  });

  it('offers no suggestion where no wording reads right', () => {
    const [report] = runRule(rule, 'This remedy is clinically proven.');
    expect(report?.message).toBe(
      '"clinically proven" states the effect as certain: report the study\'s result with its numbers, or hedge it.',
    );
    expect(report?.suggestions).toBeUndefined();
  });

  it('deletes a booster adverb with the space after it', () => {
    const source = 'Ginger definitely soothes nausea.';
    const [report] = runRule(rule, source);
    expect(report?.suggestions?.[0]?.fix).toEqual({ range: [7, 18], text: '' });
  });

  it('accepts phrases from the allow option, case-insensitively', () => {
    const source = 'CBT is the most effective treatment for insomnia.';
    expect(runRule(rule, source, { options: { allow: ['The Most Effective'] } })).toEqual([]);
    expect(flaggedTexts(rule, source)).toEqual(['the most effective']);
  });

  it('declares its contract', () => {
    expect(rule.meta).toMatchObject({ id: 'unhedged-efficacy', defaultSeverity: 'warn', hasSuggestions: true });
    expect(rule.meta.fixable).toBeUndefined();
    expect(rule.defaultOptions).toEqual({ allow: [] });
  });

  describe('list context', () => {
    it('flags outcome bullets and base-form verbs under a benefits heading or lead-in', () => {
      expect(flaggedTexts(rule, '## Benefits\n\n- Faster recovery after workouts\n- Boost energy and stamina\n')).toEqual(['Faster', 'Boost']);
      expect(flaggedTexts(rule, 'Customers love it for:\n\n- Deeper sleep\n- Calmer mornings\n')).toEqual(['Deeper']);
      expect(flaggedTexts(rule, 'The drink has several benefits. They include:\n\n- More energy\n')).toEqual(['More']);
    });
    it('leaves harms lists alone, even under a wider benefits heading', () => {
      expect(flaggedTexts(rule, '## Side effects\n\n- Increased heart rate\n- Lower blood pressure\n')).toEqual([]);
      expect(flaggedTexts(rule, '## Benefits and risks\n\n### Side effects\n\n- Lower blood pressure\n')).toEqual([]);
    });
    it('treats a hedged lead-in as hedging every item', () => {
      expect(flaggedTexts(rule, 'Regular walking can help you:\n\n- Reduce stress\n- Improves mood\n')).toEqual([]);
    });
    it('reads the lead-in as prose, not its link addresses', () => {
      expect(flaggedTexts(rule, 'Its makers list [what it offers](https://example.com/benefits):\n\n- More energy\n')).toEqual([]);
    });
  });

  describe('stock phrases split by an adverb, unnamed research, boosters after a modal', () => {
    it.each([
      ['Tai chi has also been shown to improve balance.', 'has also been shown to'],
      ['The cream has been clinically proven to fade scars.', 'has been clinically proven to'],
      ['Nasal rinses are also very effective for hay fever.', 'are also very effective'],
      ['Many studies have shown that walking lowers blood pressure.', 'studies have shown'],
      ['Research proves that oat bran reduces cholesterol.', 'Research proves'],
      ['Patients with eczema can certainly expect relief from the balm.', 'certainly'],
    ])('%s', (source, phrase) => expect(flaggedTexts(rule, source)).toEqual([phrase]));

    it('offers the hedged verb for unnamed research', () => {
      const [report] = runRule(rule, 'Studies show that walking lowers blood pressure.');
      expect(report?.suggestions?.[0]?.fix).toEqual({ range: [0, 12], text: 'Studies suggest' });
    });

    it.each([
      'Tai chi has often been shown to improve balance in older adults.',
      'A few studies have shown that walking lowers blood pressure.',
      'Studies show that walking may lower blood pressure.',
      'Research shows that walking does not cure hypertension.',
      'Research shows that heavy drinking raises the risk of stroke.',
      'Studies show that one adult in three sleeps badly.',
      'He could certainly see the lake from the window.',
    ])('stays quiet: %s', (source) => expect(flaggedTexts(rule, source)).toEqual([]));
  });

  describe('a scope that stretches any effect to everyone', () => {
    it.each([
      ['Daily stretching helps prevent back pain in everyone.', 'in everyone'],
      ['This balm relieves sore muscles every time.', 'every time'],
      ['Cold showers boost energy for all ages.', 'for all ages'],
    ])('%s', (source, phrase) => expect(flaggedTexts(rule, source)).toEqual([phrase]));

    it.each([
      'Screening is offered to everyone over 50.',
      'Stretching may help prevent injury in everyone who trains.',
      'Magnesium can help some people sleep, but it does not work for everyone.',
      'Call us any time: we book appointments for everyone in your family.',
    ])('stays quiet: %s', (source) => expect(flaggedTexts(rule, source)).toEqual([]));
  });

  describe('plain benefits in other words (a health claim said plainly of the treatment)', () => {
    it.each([
      ['Rubbing arnica gel into a bruised knee will be wonderfully soothing for the pain.', 'will be wonderfully soothing'],
      ['Peppermint oil is a powerhouse for tension headaches.', 'is a powerhouse'],
      ['Ginger makes an excellent option for people who get nausea on boats.', 'makes an excellent option'],
      ['Chamomile tea is the perfect addition to an evening routine for better sleep.', 'is the perfect addition'],
      ['Clove oil is a gentler solution to toothache than painkillers.', 'is a gentler solution'],
      ['Not only does the balm support joint health, it also smells of pine.', 'support'],
      ['Manuka honey speeds up wound healing.', 'speeds up'],
      ['Cold-water therapy triggers faster recovery after exercise.', 'triggers'],
      ['Ginger will relieve your nausea in minutes.', 'will relieve'],
      ['This balm gives relief from itching and eczema.', 'relief'],
    ])('%s', (source, phrase) => expect(flaggedTexts(rule, source)).toEqual([phrase]));

    it('reads a pronoun as the treatment named just before it', () => {
      const source = 'Eucalyptus oil clears the head.\n\nIt is also a natural treatment for chest infections.';
      expect(flaggedTexts(rule, source)).toContain('is also a natural treatment');
      expect(flaggedTexts(rule, '# Winter colds\n\nIt is also a natural treatment for chest infections.')).toEqual([]);
    });

    it('reads the claim after a bold label', () => {
      expect(flaggedTexts(rule, '## Benefits\n\n- **Repair**: Fasting triggers cellular repair overnight.\n')).toEqual(['triggers']);
    });

    it.each([
      'Ginger may ease nausea in some people.',
      'Peppermint oil can help relieve cramps and bloating.',
      'Fish oil can also help you lose body fat and increase muscle mass.',
      'Ginger was used to treat nausea for centuries.',
      'Ginger is used to treat nausea in pregnancy.',
      'If ginger relieves your nausea, keep taking it.',
      'This supplement is not intended to diagnose, treat, cure or prevent any disease.',
      'Nausea often settles within a day.',
      'The immune system repairs damaged tissue while you sleep.',
      'This chemical weakens the lining of the stomach.',
      'Some people say ginger relieves nausea.',
      'Ginger is thought to ease nausea.',
      'Researchers found that ginger eased nausea in a small study.',
      'Psilocybin therapy has helped people reduce their drinking.',
      'Statins work by blocking an enzyme, effectively lowering cholesterol.',
      'Statins lower risk; they do not remove it.',
      'Other treatments for anxiety include talking therapies.',
      'While the oil is a natural remedy for colds, it does nothing for flu.',
      'Your doctor will prescribe a medicine to protect your stomach.',
      'Ginger is an option for people with nausea.',
      'Lavender oil is a natural product made from the flowers.',
    ])('stays quiet: %s', (source) => expect(flaggedTexts(rule, source)).toEqual([]));

    it('words the finding for an editor and offers "may" where it reads right', () => {
      const [report] = runRule(rule, 'Nettle tea lowers the production of histamine in hay fever.');
      expect(report?.message).toBe('"lowers" states the benefit as plain fact: prefer "may lower" or report the study\'s result.');
      expect(report?.suggestions?.[0]?.fix).toEqual({ range: [11, 17], text: 'may lower' });
      const [will] = runRule(rule, 'Ginger will relieve your nausea in minutes.');
      expect(will?.suggestions?.[0]?.fix).toEqual({ range: [7, 19], text: 'may relieve' });
      const [contracted] = runRule(rule, "Eucalyptus oil clears the head. It's also a natural remedy for coughs.");
      expect(contracted?.message).toBe(
        '"It\'s also a natural remedy" states the benefit as plain fact: hedge it ("may ...", "can help some people ...") or report the study behind it.',
      );
      expect(contracted?.suggestions).toBeUndefined();
    });
  });

  describe('the seed article', () => {
    it('flags the four sentences the worked example labels unhedged', () => {
      const seed = readFileSync('/work/shared/seeds/ketamine-for-anxiety.txt', 'utf8');
      expect(flaggedTexts(rule, seed, { format: 'text' })).toEqual([
        'distinct advantages over',
        'significantly faster than',
        'has been shown to',
        'selectively targets',
      ]);
    });
  });

  describe('fixtures', () => {
    const expected: Record<string, string[]> = {
      'sleep-tonic-shop.md': ['cures', 'completely safe', 'Reduces', 'Improves', 'Works for everyone', 'non-addictive'],
      'knee-clinic.txt': ['selectively targets', 'far safer than', 'the most effective'],
      'clause-scope.md': ['eliminates', 'relieves', 'definitely'],
      'benefit-lists.md': ['Faster', 'Clear', 'Protects', 'Good for', 'Comparable to', 'are assured of'],
      'research-boosters.md': [
        'studies have shown',
        'has also been shown to',
        'has been clinically proven to',
        'been found to be beneficial',
        'definitely',
        'Science confirms',
        'soothing',
      ],
      'reputation-praise.md': ['is known for', 'has been known to', 'is a good choice', 'is useful', 'many benefits', 'benefits are remarkable'],
      'safety-families.md': [
        'extremely safe',
        'totally painless',
        'entirely curable',
        'safe for long-term use',
        'gentle enough for the whole family',
        "won't interfere with",
        'do not cause',
        'cure',
      ],
      'superlative-praise.md': ['the best herb', 'the quickest way to', 'is nature’s answer to', 'works brilliantly', 'Soothes'],
      'bare-benefit-lines.txt': ['Deeper', 'Calmer', 'Relaxation for body and mind'],
      'asides-and-needs.md': ['cleanses', 'gives'],
      'outcome-items.md': ['Steadier energy through the afternoon', 'Fewer', 'Sharper'],
      'switches-and-guarantees.md': ['switches off', 'guarantees', 'all will be fine'],
      'body-actions.md': ['floods', 'draw', 'rebalance', 'unclogs', 'Detoxifies'],
      'named-complaints.md': ['wipes out', 'soothes', 'fixes', 'clears', 'Fades'],
      'ranked-subjects.md': ['the best', 'the smarter pick', 'the greatest remedy'],
      'plain-comparatives.md': ['better than', 'quicker than', 'Lasts longer than'],
      'none-left.md': ['Zero', "won't make you sleepy", 'forces', 'pushes'],
      'dose-response.md': ['The sooner you', 'The more often you'],
      'markers-and-needs.md': ['Lowers', 'Reduces', 'Delays', 'lower'],
      'shared-subjects.md': ['relax', 'ease', 'Calms'],
      'benefit-verbs-the-lists-do-not-know.md': ['Wakes', 'Strengthens'],
      'equated-with-medicine.md': ["nature's painkiller", 'essentially a', "nature's penicillin", 'is the key to'],
      'safety-and-rank.md': ['does not cause', 'can safely take', 'the most absorbable', 'an edge over', 'you will no longer', 'know for sure'],
      'praise-and-promises.md': ['is an antidote to', 'is a wonderful relaxer', 'better than', 'an edge over', 'dramatic reduction in'],
      'plain-benefits.md': [
        'will be wonderfully soothing',
        'is a real powerhouse',
        "It's also a natural remedy",
        'makes an excellent option',
        'ease',
        'is the perfect addition',
        'clears',
        'triggers',
      ],
    };
    it.each(readdirSync(join(fixtures, 'flag')))('flag/%s', (file) => {
      expect(flaggedTexts(rule, read('flag', file), { format: formatOf(file) })).toEqual(expected[file]);
    });
    it.each(readdirSync(join(fixtures, 'quiet')))('quiet/%s', (file) => {
      expect(flaggedTexts(rule, read('quiet', file), { format: formatOf(file) })).toEqual([]);
    });
  });
});
