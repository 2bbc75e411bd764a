import { describe, expect, it } from 'vitest';
import { classifyClaim } from '../../rules/lib/claims-cues.js';
import { exemptionFor } from '../../rules/lib/claims-exemptions.js';
import { claimMessage, findClaim, type ListContext } from '../../rules/lib/claims.js';
import { compileCategorisedPhrases } from '../../rules/lib/claims-phrases.js';
import { builtInSourceDetector, createSourceDetector } from '../../rules/lib/sources-named.js';

describe('findClaim: claims, with their kind', () => {
  it.each([
    // efficacy, onset, duration
    ['Ketamine has been used off-label to treat anxiety since the turn of the century.', 'efficacy'],
    ['Many individuals experience relief from their anxiety symptoms within hours of an infusion.', 'efficacy'],
    ['Turmeric reduces joint inflammation in older adults.', 'efficacy'],
    ['Reduces chronic inflammation', 'efficacy'],
    // what makes a condition worse, onsets said as verbs, vaccine and drug words (blind set l-n)
    ['Cold, dry weather makes psoriasis worse for most people.', 'health-effect'],
    ['Most clients see real change within the first month.', 'efficacy'],
    ['By day 5 most people feel lighter, clearer and more energised.', 'efficacy'],
    ['Heat exhaustion can come on in under half an hour of hard exercise on a hot day.', 'efficacy'],
    ["Protection from last year's jab also fades over time.", 'efficacy'],
    ['Orvipramide can prolong the QT interval.', 'efficacy'],
    ['The pain relief lasts for up to six hours.', 'efficacy'],
    ['Regular exercise improves mood and sleep quality.', 'efficacy'],
    ['Sugar causes diabetes.', 'health-effect'],
    ['Poor sleep is linked to heart disease.', 'health-effect'],
    ['If you are over 40, fish oil lowers your cholesterol.', 'efficacy'],
    // a named supplement beside an effect word, whatever the lists call its object (blind set r-t)
    ['Bilberry sharpens night vision within hours.', 'efficacy'],
    ['Adequate choline also protects against neural tube defects.', 'efficacy'],
    // onset and build-up with a time course (blind set u-v)
    ['Many patients notice a change after 3–4 sessions', 'prevalence'],
    ['If the steroid is going to work, you will usually notice it within 3 to 7 days.', 'efficacy'],
    ['Strength gains build over 2–4 weeks of consistent use.', 'efficacy'],
    // survival, a share absorbed, how common in a group, a profession as the authority (blind set u-v)
    ['Men who have regular PSA tests live longer than men who do not.', 'efficacy'],
    ['Cheap, but only about 4% is absorbed', 'statistic'],
    // a general claim beside someone's story (blind set r-t)
    ["Halotherapy cures COPD symptoms, I'm living proof.", 'efficacy'],
    ['The Reset is safe for everyone and it is exactly how I conceived my daughter.', 'safety'],
    ['Fragranced products are one of the commonest eczema triggers, and sure enough she flared within a day.', 'health-effect'],
    ['They are also common in pregnancy.', 'prevalence'],
    ['Cardiologists generally advise people with a recent heart attack to avoid saunas altogether.', 'research'],
    // mechanism
    ['Ketamine works by blocking NMDA receptors in the brain.', 'mechanism'],
    ['Unlike other drugs, ketamine selectively targets the brain regions responsible for mood.', 'comparison'],
    ['Psilocybin binds to serotonin receptors.', 'mechanism'],
    // safety
    ['Ketamine should not be used by anyone with a history of substance abuse due to its potentially addictive properties.', 'safety'],
    ['Additionally, pregnant women should avoid using ketamine due to possible risks associated with fetal development.', 'safety'],
    ['Kratom can be habit-forming.', 'safety'],
    ['St John’s wort interacts with the contraceptive pill.', 'safety'],
    ['High doses of vitamin A are toxic to the liver.', 'safety'],
    ['Avoid it in pregnancy, as it can harm the baby and raise the risk of miscarriage.', 'safety'],
    // comparison
    ['Firstly, its onset of action is significantly faster than traditional medications like SSRIs.', 'comparison'],
    ['Ketamine offers distinct advantages over other anxiety treatments.', 'comparison'],
    // statistics and doses
    ['About 30% of adults report short-term insomnia.', 'statistic'],
    // a dated audit is a specific source only when cited; unsourced it is still a statistic
    ['Serious complications occurred in fewer than 2 in every 1,000 colonoscopies.', 'statistic'],
    // past a shop's "20% off" to the health number after it
    ['Now 20% off, and in our survey 64% of users slept better.', 'statistic'],
    ['It reduced pain by up to 40% in older adults.', 'statistic'],
    ['Smokers are three times more likely to develop gum disease.', 'statistic'],
    ['One in five adults lives with chronic pain.', 'statistic'],
    ['Close to 100 million Americans live with some type of chronic pain.', 'statistic'],
    ['For jet lag, the usual dose of melatonin is 0.5 to 5 mg.', 'dosage'],
    // research findings (vague attribution)
    ['However, research suggests that ketamine reduces anxiety symptoms in many people.', 'research'],
    ['Studies show that magnesium helps with sleep.', 'research'],
    ['A recent study also found that 70 percent of patients improved.', 'research'],
    ['Experts agree that sleep matters.', 'research'],
    ['Moreover, ketamine has been shown to have a lower likelihood of causing side effects.', 'research'],
    ['There is no evidence that homeopathy works.', 'research'],
    ['Note that ibuprofen can cause stomach ulcers.', 'health-effect'],
    ['Type I diabetes damages the blood vessels of the eye over time, raising the risk of blindness.', 'safety'],
    // patterns seen in real articles, in our own words
    ['Neutralises free radicals', 'efficacy'],
    ['Protects cellular health', 'efficacy'],
    ['Ginger is good for travel sickness.', 'efficacy'],
    ['Chamomile promotes healing of minor burns.', 'efficacy'],
    ['Moreover, the drug seems to bring about enhanced emotional processing.', 'efficacy'],
    ['With this balm, sufferers are assured of relief all day.', 'efficacy'],
    ['If your knees ache, then this is the best solution for you.', 'efficacy'],
    ['Once swallowed, codeine is converted in the liver to morphine.', 'mechanism'],
    ['In the colon, these sugars are fermented by gut bacteria and release gas.', 'mechanism'],
    ['Cluster attacks are very painful and last 15 minutes to three hours.', 'efficacy'],
    ['Tension headaches occur when the muscles of the scalp tighten.', 'health-effect'],
    ['Most adults and children over 12 can take paracetamol.', 'safety'],
    ['It will not make you high.', 'safety'],
    ['**(1) These groups must avoid long fasts:**', 'safety'],
    ['One of the most striking findings in recent sleep research is the role of deep sleep in memory.', 'research'],
    ['Fortunately, massage offers a drug-free treatment option.', 'comparison'],
    ['500-1,000 mg daily', 'dosage'],
    ['**Usual dose**: 2 mg', 'dosage'],
    ['Here are the aches that have been eased by regular stretching.', 'efficacy'],
    ['Avoid taking it with tea (may lower iron absorption)', 'efficacy'],
  ])('%s → %s', (prose, kind) => {
    expect(findClaim({ prose })?.kind).toBe(kind);
  });
});

describe('findClaim: not claims', () => {
  it.each([
    // questions
    ['Does ketamine reduce anxiety?', { isQuestion: true }],
    // "fermented" before a noun describes the food; it is not the verb
    ['fermented foods (sorry, kombucha)', { inListItem: true }],
    // advice and instructions to the reader
    ['Talk to your doctor before starting any new supplement for anxiety.', {}],
    ['Drink plenty of water to reduce the risk of headaches.', {}],
    ['If you have kidney disease, consult your doctor before taking ibuprofen.', {}],
    ['Finally, people with certain medical conditions, such as kidney disease, should consult their doctor before considering ketamine therapy.', {}],
    ['You should also discuss any existing medical conditions with your practitioner so they can decide if this treatment is right for you.', {}],
    ['To reduce side effects, take the tablets with food.', {}],
    ['Always read the label to check the dose is right for your child.', {}],
    ['Raise your leg on a cushion when sitting, higher than your hip if you can.', {}],
    ['Hold for 3 seconds, then lower, and repeat ten times to strengthen the thigh.', {}],
    // "prolonged" is the adjective of a practice, not the verb "prolong"
    ['Prolonged fasting means going without food for more than 48 hours.', {}],
    ['We talk about why your body clock fights rotating rotas and the small habits that actually help.', {}],
    // a shop's percentages
    ['Autumn notes: sleep, stress & the turning season (+ 15% off tea blends)', {}],
    ['Spend £10 on allergy products and get 10% off with your rewards card.', {}],
    // the publisher, the article itself
    ['At Psychly, we are committed to upholding the highest standards in our content creation process.', {}],
    ['Our team of practitioners can help you manage chronic pain.', {}],
    ['Book a free consultation to find out whether acupuncture could relieve your back pain.', {}],
    ['In this article we explain how melatonin affects sleep.', {}],
    ['Here are five amazing health benefits of CBD.', {}],
    // narrative
    ['I started taking sertraline in May and my anxiety improved within weeks.', {}],
    ['After two weeks, her anxiety improved.', {}],
    // definitions
    ['Microdosing refers to taking very small amounts of a psychedelic drug.', {}],
    // no health content, or no effect
    ['Once you have chosen a provider, they will create an individualized treatment plan that includes how often you need sessions and what dosage will work best for your particular needs.', {}],
    ['This ensures that patients receive individualized care from experienced practitioners who possess the necessary expertise to safely and effectively administer the drug.', {}],
    ['Lastly, ketamine infusions are typically administered by trained medical professionals in a clinical setting.', {}],
    ['If you’re interested in trying ketamine therapy for your anxiety symptoms, you’ll need to find a qualified practitioner.', {}],
    ['Sessions cost $450 and last about 40 minutes.', {}],
    ['Get 20% off your first order this month.', {}],
    ['Call 0800 123 4567 or visit us at 12 High Street.', {}],
    ['Excessive thirst', {}],
    ['More research is needed.', {}],
    ['The clinic opened in 2015 in Leeds.', {}],
    ['**Relieves joint pain**', {}],
    // list fragments finishing a lead-in
    ['have ever had an allergic reaction to aspirin', { inListItem: true }],
    // practice, service and what is not yet known
    ['Physiotherapists often treat people who have these kinds of injuries:', {}],
    ['Your physiotherapist can show you stretches that will help your back.', {}],
    ['More clinical research is needed to understand the side effects of long-term use.', {}],
    ['Tell your nurse if you take blood thinners, because the appointment may need to be moved.', {}],
    // a quantity that is not a dose, and an announcement with nothing after it
    ['3 mg per gummy', { inListItem: true }],
    ['Here are six health benefits of walking.', {}],
    // quoted study title
    ['The trial was called “Efficacy of Esketamine Nasal Spray for Relapse Prevention”.', {}],
  ])('%s', (prose, facts) => {
    expect(findClaim({ prose, ...facts })).toBeNull();
  });
});

describe('findClaim with a list context', () => {
  const context = (over: Partial<ListContext>): ListContext => ({ topic: null, leadInClaim: null, health: false, repeatsHeading: false, ...over });
  const inList = (prose: string, list: ListContext) => findClaim({ prose, inListItem: true, list })?.kind ?? null;

  it('reads an item under a side-effects heading as a safety claim, and the same item elsewhere as nothing', () => {
    expect(inList('Mild stomach upset', context({ topic: 'harms' }))).toBe('safety');
    expect(inList('Mild stomach upset', context({}))).toBeNull();
  });

  it('reads a quantity under a dose heading as a dosage', () => {
    expect(inList('**Adults**: 200 mg', context({ topic: 'dosage' }))).toBe('dosage');
    expect(inList('**Adults**: 200 mg', context({}))).toBeNull();
  });

  it('needs an effect, not a bare condition, under a benefits heading', () => {
    expect(inList('Better blood flow to the brain', context({ topic: 'benefits' }))).toBe('efficacy');
    expect(inList('Period pain', context({ topic: 'benefits' }))).toBeNull();
  });

  it('lets an item finish a lead-in claim even when it opens like an instruction', () => {
    const leadInClaim = { kind: 'efficacy', cue: 'can help' } as const;
    expect(inList('Get ill less often.', context({ leadInClaim }))).toBe('efficacy');
    expect(inList('Keep to a healthy weight.', context({ leadInClaim }))).toBe('efficacy');
    expect(inList('Get ill less often.', context({}))).toBeNull();
  });

  it('keeps instructions quiet under any heading, and items that only repeat a heading', () => {
    expect(inList('Take it with food to protect your stomach', context({ topic: 'benefits' }))).toBeNull();
    expect(inList('Health benefits of walking', context({ topic: 'benefits', repeatsHeading: true }))).toBeNull();
  });

  it('gives an item that opens with a verb in -s the health subject of its heading, but not an imperative', () => {
    expect(inList('Eases evenings after dinner', context({ health: true }))).toBe('efficacy');
    expect(inList('Eases evenings after dinner', context({}))).toBeNull();
    expect(inList('Reduce late-night snacking', context({ health: true }))).toBeNull();
  });

  it('finds the claim after a fragment that finishes a lead-in', () => {
    expect(inList('have shingles – taking aspirin can raise the chance of a skin reaction', context({}))).toBe('safety');
    expect(inList('have shingles', context({}))).toBeNull();
  });
});

describe('classifyClaim needs health context for effect words', () => {
  it.each([
    'This tool improves your writing.',
    'The new layout helps readers find the menu.',
    'Prices increased in 2023.',
  ])('%s', (prose) => {
    expect(classifyClaim(prose)).toBeNull();
  });

  it('does not read a brand built on an effect word ("Calmwave") as the effect, even when it is the subject', () => {
    expect(classifyClaim('Calmwave provided a review unit.', { subject: 'Calmwave' })).toBeNull();
    expect(classifyClaim('Magnesium calms the nervous system.')).toMatchObject({ kind: 'efficacy', cue: 'calms' });
  });

  it('reads an inhaler named by what it is for ("preventer", "reliever") as a device, not an effect', () => {
    expect(classifyClaim('A preventer inhaler contains a low dose of a steroid medicine.')).toBeNull();
    expect(classifyClaim('Your reliever inhaler is blue.')).toBeNull();
    expect(classifyClaim('Inhaled steroids prevent asthma attacks.')).toMatchObject({ kind: 'efficacy' });
  });
});

describe('exemptionFor', () => {
  it.each([
    ['Consult your GP first.', 'advice'],
    ['Our clinic offers infusions.', 'publisher'],
    ['IUI may be a good option for:', 'topics'],
    ["At Lumen Skin Clinic we've treated thousands of patients whose acne hadn't budged.", 'publisher'],
    ["Every patient's skin is different, so we can't promise a particular outcome.", 'uncertainty'],
    ['I felt better after a week.', 'narrative'],
    ["Tracking my cycle means I now take ibuprofen the night before and it's honestly life-changing.", 'narrative'],
    ["Judy Garland's problems with sleep seemed to arise from an addiction to amphetamines, which kept her awake.", 'narrative'],
    ['CBD stands for cannabidiol.', 'definition'],
    ['**Side effects**', 'heading-like'],
    ['Type I diabetes is an autoimmune disease.', null],
    ['**(1) These groups must avoid long fasts:**', null],
    ['Here are the aches that have been eased by stretching.', 'announcement'],
    ['Further research is needed before it can be recommended.', 'research-gap'],
    ['Your chiropractor will check your posture.', 'advice'],
    ['Use of ketamine can damage the bladder.', null],
    ['ME/CFS causes severe fatigue.', null],
  ])('%s → %s', (prose, reason) => {
    expect(exemptionFor(prose)).toBe(reason);
  });
});

describe('namesSpecificSource', () => {
  it.each([
    'According to the CDC, one in three adults does not get enough sleep.',
    'The FDA approved esketamine in 2019.',
    'NICE recommends CBT as a first treatment.',
    'A 2019 trial in JAMA Psychiatry found fewer relapses.',
    'The findings were published in The Lancet.',
    'Researchers at Stanford University found a link.',
    'Smith et al. reported a 40% drop in symptoms.',
    'Data from the World Health Organization lists depression as the main cause of disability.',
    'A 2014 study gave participants bacteria.',
    'Findings in the Journal of Psychiatric Research support this.',
    'According to the 2021 audit by the Northern Endoscopy Network, serious complications were rare.',
  ])('%s', (prose) => {
    expect(builtInSourceDetector.namesSpecificSource(prose)).toBe(true);
  });

  it.each([
    'Studies show that ketamine works.',
    'A recent study found improvements.',
    'Experts agree it is safe.',
    'Doctors say it is effective.',
    'Who should avoid ketamine?',
    'It is a nice way to relax.',
    'According to research, it helps.',
  ])('not a source: %s', (prose) => {
    expect(builtInSourceDetector.namesSpecificSource(prose)).toBe(false);
  });

  it('accepts extra names from the options', () => {
    const detector = createSourceDetector(['Acme Sleep Institute Review']);
    expect(detector.namesSpecificSource('The acme sleep institute review rated it highly.')).toBe(true);
    expect(builtInSourceDetector.namesSpecificSource('The acme sleep institute review rated it highly.')).toBe(false);
  });
});

describe('claimMessage', () => {
  it('names the kind, the cue and what to do, in the article’s citation style', () => {
    expect(claimMessage({ kind: 'research', cue: 'studies show' }, 'numeric')).toBe(
      'Research finding without a source: "studies show" names no study. Cite the study itself, e.g. [4].',
    );
    expect(claimMessage({ kind: 'efficacy', cue: 'reduces' }, 'none')).toBe(
      'Efficacy claim without a source: cite a study or guideline for it with a link or a numbered reference.',
    );
    expect(claimMessage({ kind: 'safety', cue: 'side effects' }, 'footnote')).toContain('e.g. [^4]');
  });
});

describe('compileCategorisedPhrases', () => {
  const matcher = compileCategorisedPhrases([
    ['safety', ['side effect*', 'lower risk']],
    ['effect', ['lower*', 'speed* up', 'reduc*']],
    ['health', ['lower back', 'pain', 'side effects']],
  ]);

  it('reports each match with the category of the list it came from, longest phrase first', () => {
    expect(matcher.matchAll('It speeds up recovery, reduces lower back pain and has a lower risk of side-effects.')).toEqual([
      { category: 'effect', text: 'speeds up', start: 3 },
      { category: 'effect', text: 'reduces', start: 23 },
      { category: 'health', text: 'lower back', start: 31 },
      { category: 'health', text: 'pain', start: 42 },
      { category: 'safety', text: 'lower risk', start: 57 },
    ]);
  });

  it('keeps the first category for a phrase listed twice, and matches whole words only', () => {
    expect(matcher.matchAll('Side effects are rare.').map((m) => m.category)).toEqual(['safety']);
    expect(matcher.matchAll('Painting is relaxing.')).toEqual([]);
  });

  it('finds a phrase with an apostrophe whichever apostrophe the text uses', () => {
    const apostrophes = compileCategorisedPhrases([
      ['effect', ["doesn't work", "won't*"]],
      ['health', ['pain']],
    ]);
    expect(apostrophes.matchAll('It doesn’t work; it won’t help.').map((m) => [m.category, m.text])).toEqual([
      ['effect', 'doesn’t work'],
      ['effect', 'won’t'],
    ]);
  });
});

describe('findClaim remembers answers with the article', () => {
  it('keeps the first sentence of a long article after thousands of others, so the next rule does not classify it again', () => {
    const article = {};
    const first = findClaim({ prose: 'Magnesium calms the nervous system.', scope: article });
    expect(first).not.toBeNull();
    for (let index = 0; index < 5000; index++) findClaim({ prose: `Magnesium calms ${index} nerves.`, scope: article });
    expect(findClaim({ prose: 'Magnesium calms the nervous system.', scope: article })).toBe(first);
  });

  it('gives the same answer with or without a scope', () => {
    const prose = 'Zinc shortens colds by two days.';
    expect(findClaim({ prose, scope: {} })).toEqual(findClaim({ prose }));
  });
});
