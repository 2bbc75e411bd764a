import { describe, expect, it } from 'vitest';
import { baseForm, findOverstatement, findOverstatements, isQualifiedAt } from '../../rules/lib/hedging.js';
import { findPlainBenefit, type BenefitContext } from '../../rules/lib/hedging-benefits.js';
import { messageFor } from '../../rules/lib/hedging-messages.js';

/** [sentence, the phrase that must be reported] */
const mustFlag: Array<[string, string]> = [
  // certainty verbs and boosters
  ['Turmeric cures arthritis.', 'cures'],
  ['This tea eliminates bloating within a day.', 'eliminates'],
  ['The protocol reverses type 2 diabetes.', 'reverses'],
  ['Magnesium is proven to improve sleep.', 'is proven to'],
  // superlatives, "far"/"always" comparisons and blanket safety (blind set l-n)
  ['Our new MaxRelief range is the fastest-acting ibuprofen on the market.', 'the fastest-acting'],
  ['Dental implants are the gold-standard replacement for missing teeth.', 'the gold-standard'],
  ['Implants are far more reliable than bridges.', 'far more reliable than'],
  ['Tighter control is always better for mothers and babies.', 'is always better'],
  ['Turmeric is a miracle, every arthritis sufferer should be taking it.', 'is a miracle'],
  ['At normal doses the cardiac risk is negligible.', 'risk is negligible'],
  ['It works well for chemotherapy-induced nausea too.', 'works well for'],
  // root causes, toxins, vanishing complaints, doubled effects (blind set o-q)
  ['Adjustments get to the root cause of your pain instead of masking it with pills.', 'get to the root cause'],
  ['Lemon water alkalises the body and kickstarts your liver for the day.', 'alkalises the body'],
  ['Once your body is fat-adapted, cravings simply disappear.', 'simply disappear'],
  ['Our remedies are gentle and non-toxic.', 'non-toxic'],
  ['Oats are also amazing for your heart.', 'amazing for your'],
  ['Colonoscopy is the most accurate test for finding the cause of bowel symptoms.', 'the most accurate'],
  ['Moreover, ketamine has been shown to have a lower likelihood of causing side effects compared to conventional medications.', 'has been shown to'],
  ['Results are guaranteed within two weeks, and the formula is guaranteed to lower blood pressure.', 'is guaranteed to'],
  ['Acupuncture definitely relieves back pain.', 'definitely'],
  ['Daily stretching clearly improves mobility in older adults.', 'clearly'],
  ['This method always works for tension headaches.', 'always works'],
  ['A clinically proven formula for joint comfort.', 'clinically proven'],
  ['Colloidal silver is a cure for infections.', 'is a cure'],
  // scope: a modal does not reach past its clause
  ['Melatonin may help with sleep and cures headaches.', 'cures'],
  ['Studies suggest it helps sleep, but it cures headaches.', 'cures'],
  ['These drops completely eliminate dry eye for most users.', 'completely'],
  // universal scope
  ['Cold exposure works for everyone.', 'works for everyone'],
  ['Once started, the cleanse never fails.', 'never fails'],
  ['This remedy is suitable for everyone.', 'suitable for everyone'],
  // absolute safety
  ['CBD oil is completely safe.', 'completely safe'],
  ['Unlike prescription sleeping pills, valerian has no side effects.', 'no side effects'],
  ['Kratom is non-addictive and gentle.', 'non-addictive'],
  ['The procedure is risk-free.', 'risk-free'],
  ['Essential oils are harmless to children.', 'harmless'],
  // superlatives and comparisons
  ['Ketamine offers distinct advantages over other anxiety treatments.', 'distinct advantages over'],
  ['Firstly, its onset of action is significantly faster than traditional medications like SSRIs or SNRIs.', 'significantly faster than'],
  ['Herbal sleep aids are far safer than benzodiazepines.', 'far safer than'],
  ['Cognitive behavioural therapy is the most effective treatment for insomnia.', 'the most effective'],
  ['Fish oil is the best treatment for dry eyes.', 'the best treatment'],
  // mechanism stated as precise fact
  ['Unlike other drugs that impact the entire body, ketamine selectively targets the specific brain regions responsible for mood and emotions.', 'selectively targets'],
  ['The laser only affects damaged follicles.', 'only affects'],
  // plain present-tense efficacy
  ['Ketamine is an effective treatment for anxiety.', 'is an effective'],
  ['Ketamine relieves anxiety.', 'relieves'],
  ['Ketamine restores brain connectivity.', 'restores'],
  ['Reduces chronic inflammation', 'Reduces'],
  ['Lavender oil soothes tension headaches and improves sleep quality.', 'soothes'],
  ['While it is not a cure, it relieves symptoms.', 'relieves'],
  ['Statins lower LDL cholesterol, which reduces heart attacks.', 'lower'],
  ['Probiotics improve gut health.', 'improve'],
  ['Acupuncture is effective for the treatment of chronic pain.', 'is effective'],
  // cited sentences are flagged too
  ['Ashwagandha boosts testosterone and eliminates fatigue.', 'eliminates'],
  // plural subjects past an adverb or a relative pronoun, and certainty verbs in the base form
  ['Regular saunas also lower blood pressure.', 'lower'],
  ['Ginger and peppermint are remedies that ease nausea.', 'ease'],
  ['These drops eliminate dry eye within days.', 'eliminate'],
  // verb-first bullets: protection of a benefit, risk factors (not "the risk of"), "helps with" a benefit
  ['Protects joint cartilage', 'Protects'],
  ['Lowers cardiovascular risk factors', 'Lowers'],
  ['Helps with falling asleep faster', 'Helps with'],
  ['Great for tension headaches', 'Great for'],
  ['Comparable to prescription sleeping pills', 'Comparable to'],
  // curative power, assured results and reassurance
  ['The tea is prized for its ability to cure colds.', 'ability to cure'],
  ['With this tincture, you are assured of restful nights.', 'are assured of'],
  ['As long as the dose is right, you will be fine.', 'you will be fine'],
  ['Once you stop the programme, the weight stays off for good.', 'stays off for good'],
  // established, large or many benefits
  ['Ginseng is responsible for its remarkable health benefits.', 'remarkable health benefits'],
  ['Joint aches are alleviated by the balm within minutes.', 'are alleviated by'],
  ['Cupping is especially helpful when muscles are knotted.', 'is especially helpful'],
  ['Breathwork reduces panic, leading to dramatic improvements in daily life.', 'dramatic improvements'],
  ['Microdosing is revolutionizing how clinics treat depression.', 'is revolutionizing'],
  ['These tinctures are proving to be a lifeline for poor sleepers.', 'are proving to be'],
  // a treatment ranked as the reader's answer
  ['For stiff knees, this cream is the best solution.', 'the best solution'],
  // subjects the body only sits beside: a hyphened modifier, a place the treatment goes; proof pointed back (blind set r-t)
  ['Low-carb diets reverse type 2 diabetes.', 'reverse'],
  ['Injections into the jaw muscles relieve tension headaches caused by clenching.', 'relieve'],
  ['Research has proven this.', 'Research has proven'],
  // "fixes" is a cure in everyday words; "relaxes" acts on the body as the benefit itself (blind set u-v)
  ["Hip strengthening fixes runner's knee in about six weeks.", 'fixes'],
  ['Epsom salts are magnesium so they relax your muscles through your skin.', 'relax'],
  ['My pick is the Harbourline Complex — honestly the best magnesium on the market.', 'the best'],
  ['The flu jab is completely safe at any stage of pregnancy.', 'completely safe'],
  ['It regrows hair in 100% of users who stick with it.', 'in 100% of'],
  ['Cyclists live longer than non-cyclists, end of.', 'live longer than'],
  ['Prescribed TRT carries none of the risks of underground products.', 'none of the risks'],
  ['Builds muscle faster than training alone', 'faster than'],
  ['Statins are the most important heart drug ever developed.', 'the most important'],
  ['Upper-arm monitors are always more accurate than wrist monitors.', 'always more accurate than'],
  ['LED kits work on everyone with natural teeth.', 'work on everyone'],
  ['Together, they target the root cause of colic.', 'target the root cause'],
  ['Modern techniques guarantee natural-looking results every time.', 'results every time'],
  ['Lying down afterwards improves your chances of conceiving.', 'improves'],
  ['Wet wrapping cools the skin and stops scratching overnight.', 'stops'],
  ['Marshmallow root protects the stomach lining.', 'protects'],
  ["GlowBright Pro is the most effective at-home whitening kit I've tested, full stop.", 'the most effective'],
];

const mustStayQuiet: string[] = [
  // hedged effects
  'Ketamine may relieve anxiety.',
  'Magnesium might improve sleep in older adults.',
  'When these receptors are blocked, it can reduce feelings of fear, worry, and stress associated with anxiety.',
  'Additionally, there is evidence that ketamine can help restore disrupted brain connectivity and improve neuroplasticity in people with mental health issues such as depression and anxiety.',
  'Psilocybin could become a treatment for depression.',
  'Ketamine is thought to work by blocking NMDA receptors.',
  'Exercise appears to reduce anxiety.',
  'Studies suggest that turmeric reduces inflammation.',
  'However, research suggests that ketamine positively reduces anxiety symptoms in many people who have tried other treatments without success.',
  'For some patients, ketamine relieves anxiety within hours.',
  'In early trials, the drug reduced tumour size.',
  'Regular tea drinking is associated with lower blood pressure.',
  // quantified scope
  'Many individuals experience relief from their anxiety symptoms within hours or days following a ketamine infusion therapy session.',
  'Acupuncture relieves back pain in some patients.',
  // a specific study's result with its numbers
  'In a 2019 trial, 62% of patients who took the drug reported less pain.',
  'Stimulant medication improves core ADHD symptoms in roughly 70% of adults.',
  'A recent study also found that 70 percent of patients with treatment-resistant depression who were prescribed an oral antidepressant and received intranasal esketamine experienced improvements.',
  // negations and distancing
  'There is no cure for type 1 diabetes.',
  'Homeopathy has not been proven to work beyond placebo.',
  'Melatonin is not a cure for insomnia.',
  'There is no evidence that it cures cancer.',
  'No medicine is completely safe.',
  'Left untreated, sleep apnoea doubles your risk of stroke.',
  'The app is amazing for your morning routine.',
  'However, no diet or supplement has been shown to cure psoriasis.',
  'But a single story is not evidence that the diet treats psoriasis.',
  'These statements are not intended to diagnose, treat, cure, or prevent any disease.',
  'The idea is that this reduces swelling and helps clear by-products from the muscle.',
  'Some sellers claim that black salve cures skin cancer.',
  'It is a myth that herbal remedies have no side effects.',
  'The supplement is no more effective than placebo.',
  // not about a treatment's benefit
  'Ketamine works by blocking NMDA receptors in the brain, which regulate mood and emotions.',
  'Chronic stress reduces sleep quality.',
  'The immune system fights infection.',
  'The sun rises in the east.',
  'Ketamine should not be used by anyone with a history of substance abuse or addiction due to its potentially addictive properties.',
  'Keep all medicines out of reach of children.',
  'Read the safety section before your first dose.',
  'Store the bottle in a safe place.',
  'The programme reduces the cost of care.',
  'Doctors treat infections with antibiotics.',
  'Regular screening reduces the risk of bowel cancer.',
  'Laboratory studies found that the extract kills cancer cells in a dish.',
  'Melatonin is most effective when taken an hour before bed.',
  // questions and advice
  'Is CBD oil completely safe?',
  'Does turmeric cure arthritis?',
  'Talk to your doctor before you stop taking an antidepressant.',
  'Make sure the product you buy is completely safe for pets.',
  'You should avoid alcohol while taking this medicine.',
  // narrative, quotes
  'I definitely felt better after the first session.',
  'The headline read "Miracle drug cures everything".',
  // booster adverbs not about an effect
  'The label is clearly printed on the box.',
  // generic or bodily subjects of a base-form verb, and physiology in the passive
  'There are things that lower blood sugar, mainly insulin.',
  'The stem cells that repair tissue need a good blood supply.',
  'The drug is eliminated by the kidneys.',
  // advice, and comparisons with no medicine or no benefit
  'It is helpful to keep a symptom diary.',
  'A brisk walk is comparable to a short jog.',
  'Perfect for beginners',
  'Boost your intake of fibre slowly.',
  'Regular screening reduces the risk of bowel cancer in older adults.',
  // outcome bullets outside a list of benefits
  'Faster recovery after workouts',
  'Increased heart rate',
  // hedged
  'Cupping may be especially helpful when muscles are knotted.',
  'The balm could be comparable to some prescription creams.',
  // the body as subject, with or without a place phrase; a ranking of the writer's own case
  'The cells in your gut repair tissue damage.',
  'Low magnesium causes cramps.',
  "It's the best thing I've ever tried for my skin.",
  'Research has proven this wrong.',
  'The internet offers two popular fixes: ice baths or compression.',
  'Over-the-counter fixes are melatonin and magnesium.',
  'Some claim hundred percent success rates for these cures.',
  'We walked to the park — the best part of the day.',
  'The most important thing is to rest.',
  'Some medicines and tebrosartan can interfere with each other and increase the chance of side effects.',
  'The study was observational, so it cannot prove that coffee protects the heart.',
  'So coffee protects your heart, the authors suggest, although they call for trials.',
  // a possessive, a denied finding at a distance, a condition called harmless, a lab result (blind set r-t)
  "Every patient's skin is different, so we can't promise a particular outcome.",
  "So far, well-run trials have not shown that any supplement prevents dementia in people who aren't deficient.",
  "Most palpitations are harmless — ectopic beats that feel dramatic but aren't dangerous.",
  'Blue light alone kills up to 70% of acne bacteria in laboratory tests.',
  'Statins lower LDL cholesterol and, in large trials, reduced heart attacks by roughly a fifth.',
];

describe('findOverstatement flags', () => {
  it.each(mustFlag)('%s', (sentence, phrase) => {
    const finding = findOverstatement(sentence);
    expect(finding?.text).toBe(phrase);
    expect(sentence.slice(finding?.start, finding?.end)).toBe(phrase);
  });
});

describe('findOverstatement stays quiet on', () => {
  it.each(mustStayQuiet)('%s', (sentence) => {
    expect(findOverstatement(sentence)).toBeNull();
  });
});

describe('benefit lists', () => {
  it('flag outcome bullets and base-form verbs only in a list of benefits', () => {
    expect(findOverstatement('Faster recovery after workouts', { benefitList: true })?.text).toBe('Faster');
    expect(findOverstatement('Boost energy and stamina', { benefitList: true })?.text).toBe('Boost');
    expect(findOverstatement('Eliminate cold symptoms in two days', { benefitList: true })?.text).toBe('Eliminate');
    expect(findOverstatement('Boost energy and stamina')).toBeNull();
    expect(findOverstatement('Calmer mornings', { benefitList: true })).toBeNull();
  });
  it('stay quiet under a hedged lead-in', () => {
    expect(findOverstatement('Reduces chronic inflammation', { hedgedByLeadIn: true })).toBeNull();
  });
});

describe('"has been shown to"', () => {
  const sentence = 'Exercise has been shown to reduce anxiety.';
  it('is flagged as a bare assertion and with several sources', () => {
    expect(findOverstatement(sentence)?.phrase).toBe('has been shown to');
    expect(findOverstatement(sentence, { citedSources: 3 })?.phrase).toBe('has been shown to');
  });
  it('stays quiet with a single cited study (ambiguous in the rubric)', () => {
    expect(findOverstatement(sentence, { citedSources: 1 })).toBeNull();
  });
});

describe('ordering and replacements', () => {
  it('reports the strongest phrase first, plain efficacy last', () => {
    const found = findOverstatements('Kava relieves anxiety and is completely safe.');
    expect(found.map((item) => item.text)).toEqual(['completely safe', 'relieves']);
  });
  it('offers hedged wording fitted to the sentence', () => {
    expect(findOverstatement('Turmeric cures arthritis.')?.replacement).toBe('may help relieve');
    expect(findOverstatement('Reduces chronic inflammation')?.replacement).toBe('May reduce');
    expect(findOverstatement('It detoxifies the liver of toxins.')?.replacement).toBe('may detoxify');
    expect(findOverstatement('CBD oil is completely safe.')?.replacement).toBe('generally well tolerated');
    expect(findOverstatement('Acupuncture definitely relieves back pain.')?.replacement).toBe('');
    expect(findOverstatement('The best cure is sleep, and kratom is the best cure for pain.')?.replacement).toBeNull();
  });
  it('derives base forms', () => {
    expect(['relieves', 'soothes', 'relaxes', 'detoxifies', 'diminishes', 'eases', 'neutralizes', 'minimises'].map(baseForm)).toEqual([
      'relieve',
      'soothe',
      'relax',
      'detoxify',
      'diminish',
      'ease',
      'neutralize',
      'minimise',
    ]);
  });
});

describe('messages', () => {
  it('name the phrase and say what to write instead', () => {
    const message = (sentence: string) => {
      const finding = findOverstatement(sentence);
      return finding ? messageFor(finding) : null;
    };
    expect(message('Turmeric cures arthritis.')).toBe(
      '"cures" states the effect as certain: prefer "may help relieve" or report the study\'s result.',
    );
    expect(message('CBD oil is completely safe.')).toBe(
      '"completely safe" promises absolute safety: name the known side effects and who should avoid it.',
    );
    expect(message('Its onset is significantly faster than SSRIs.')).toBe(
      '"significantly faster than" compares without evidence: cite the comparison or say "possibly faster than".',
    );
  });
});

describe('isQualifiedAt', () => {
  const at = (sentence: string, phrase: string) => {
    const start = sentence.indexOf(phrase);
    return { start, end: start + phrase.length };
  };
  it('sees a modal or negator in the clause, or a cue inside the phrase', () => {
    expect(isQualifiedAt('Ginger may ease nausea.', at('Ginger may ease nausea.', 'ease'))).toBe(true);
    expect(isQualifiedAt('Ginger can help nausea.', at('Ginger can help nausea.', 'can help'))).toBe(true);
    expect(isQualifiedAt('Ginger does not ease nausea.', at('Ginger does not ease nausea.', 'ease'))).toBe(true);
    expect(isQualifiedAt('Ginger eases nausea.', at('Ginger eases nausea.', 'eases'))).toBe(false);
  });
  it("with reach 'group', lets an earlier cue reach a coordinated verb, but not past a contrast", () => {
    const coordinated = 'Fish oil can help you shed fat and increase muscle.';
    expect(isQualifiedAt(coordinated, at(coordinated, 'increase'))).toBe(false);
    expect(isQualifiedAt(coordinated, at(coordinated, 'increase'), 'group')).toBe(true);
    const contrast = 'Lozenges can numb the throat, but honey soothes it.';
    expect(isQualifiedAt(contrast, at(contrast, 'soothes'), 'group')).toBe(false);
    const notOnly = 'Not only does it ease pain, it also smells nice.';
    expect(isQualifiedAt(notOnly, at(notOnly, 'ease'), 'group')).toBe(false);
    const notJust = "Hearing aids don't just restore hearing, they give people their lives back.";
    expect(isQualifiedAt(notJust, at(notJust, 'restore'), 'group')).toBe(false);
    const denied = "Hearing aids don't restore hearing.";
    expect(isQualifiedAt(denied, at(denied, 'restore'), 'group')).toBe(true);
  });
});

describe('findPlainBenefit', () => {
  const context: BenefitContext = {
    list: undefined,
    benefitList: false,
    inListItem: false,
    treatment: () => ({ isTreatmentArticle: false, subject: null }),
    leadIn: null,
    antecedents: [],
  };
  const phrase = (sentence: string, extra: Partial<BenefitContext> = {}) => findPlainBenefit(sentence, { ...context, ...extra })?.text ?? null;

  it('finds a health claim said plainly of a named treatment', () => {
    expect(phrase('Peppermint oil calms an upset stomach.')).toBe('calms');
    expect(phrase('Sage tea is a natural remedy for sore throats.')).toBe('is a natural remedy');
    expect(phrase('A few drops of lavender oil on a burn will be soothing for the skin.')).toBe('will be soothing');
  });
  it('needs the treatment as subject: named, a pronoun standing for it, or implied by a benefits list', () => {
    expect(phrase('It calms an upset stomach.')).toBeNull();
    expect(phrase('It calms an upset stomach.', { antecedents: ['Peppermint oil comes from the leaves.'] })).toBe('calms');
    expect(phrase('It calms an upset stomach.', { treatment: () => ({ isTreatmentArticle: true, subject: null }) })).toBe('calms');
    expect(phrase('Calms an upset stomach', { benefitList: true, inListItem: true })).toBe('Calms');
    expect(phrase('The body calms an upset stomach on its own.')).toBeNull();
  });
  it('leaves items alone when their lead-in reports research', () => {
    const item = 'Better sleep and calmer digestion';
    expect(phrase(item, { benefitList: true, inListItem: true, leadIn: 'Early studies are revealing:' })).toBeNull();
  });
  it('rewords with "may" where it reads right, and reports "will" with the benefit', () => {
    const finding = findPlainBenefit('Ginger will relieve your nausea.', context);
    expect(finding).toMatchObject({ kind: 'plain-benefit', text: 'will relieve', replacement: 'may relieve' });
    expect(findPlainBenefit('Sage tea is a natural remedy for sore throats.', context)?.replacement).toBe('may be a natural remedy');
  });
});
