import { describe, expect, it } from 'vitest';
import {
  detectTreatmentSubject,
  findTreatmentMentions,
  frontMatterOverride,
  subjectCoverage,
  subjectPattern,
  type TreatmentInput,
} from '../../rules/lib/treatment.js';

function decide(title: string | null, sentences: string[] = [], more: Partial<TreatmentInput> = {}) {
  return detectTreatmentSubject({ title, headings: [], frontMatter: null, sentences, ...more });
}

describe('detectTreatmentSubject from the title', () => {
  describe.each([
    ['Ketamine for Anxiety', 'Ketamine'],
    ['Melatonin: what you need to know', 'Melatonin'],
    ['5 benefits of turmeric', 'turmeric'],
    ['Is intermittent fasting right for you?', 'intermittent fasting'],
    ['Acupuncture for lower back pain', 'Acupuncture'],
    ['Why I switched to CBD oil', 'CBD oil'],
    ['Statins', 'Statins'],
    ['Atorvastatin: uses and doses', 'Atorvastatin'],
    ['Our new laser cap for thinning hair', 'laser cap'],
    ['Everything about elderflower tincture therapy', 'elderflower tincture therapy'],
    ['Magnesium Glycinate Night Formula', 'Magnesium'],
    ['Can omeprazole help heartburn?', 'omeprazole'],
    ['Flexible cystoscopy: information for patients', 'cystoscopy'],
    ['Recovering from a tonsillectomy', 'tonsillectomy'],
    ['Professional Teeth Whitening in Leeds', 'Teeth Whitening'],
    ['Lip fillers: what to expect', 'Lip fillers'],
    ['Your angioplasty explained', 'angioplasty'],
    ['I Tried Cold Plunging for 90 Days', 'Cold Plunging'],
    ['Our hearing aids, fitted at home', 'hearing aids'],
    ['Intrauterine Insemination (IUI)', 'Intrauterine Insemination'],
    ['Salt pipe / salt inhaler — worth it or a waste of money?', 'Salt pipe'],
    ['Seven reasons to try feverfew', 'feverfew'],
    ['The 10-Day Liver Detox Programme', 'Liver Detox'],
    ["Presenter, 47, reveals the 'oat milk reset' behind her energy", 'oat milk reset'],
    ['The Seven-Day Gentle Reset Detox Programme', 'Detox Programme'],
  ])('%s', (title, subject) => {
    it(`is a treatment article about ${subject}`, () => {
      const decision = decide(title);
      expect(decision.treatment).toBe(true);
      expect(decision.subject).toBe(subject);
    });
  });

  describe.each([
    ['Migraine'],
    ['Understanding type 2 diabetes'],
    ['Prioritize sleep'],
    ['How the knee works'],
    ['A false dichotomy in pain research'],
    ['Anatomy of the bladder'],
    ['Treatment options for anxiety'],
    ['Therapies for chronic pain'],
    ['Anxiety therapy: what to expect'],
    ['Time-restricted eating no better than calorie counting, trial finds'],
    ['New study shows melatonin helps jet lag'],
    ['Monthly injection halves migraine days in early trial'],
    ["Daily walks linked to lower dementia risk, but experts urge caution over 'brain supplements'"],
    ['Changes to how we prescribe sleeping tablets'],
    ['How to sleep better without pills'],
    ['Colonoscopy waiting times rise, figures show'],
    ['Microscopy reveals how gut bacteria move'],
    ['Melatonin vs magnesium vs valerian: which works?'],
    ['Ten habits for a healthier heart'],
    ['Ashgrove Surgery Patient Newsletter'],
    ['Spring bulletin: flu jabs, parking and new staff'],
    ['How to reset your body clock after a night shift'],
    ['Why your body needs a reset'],
    ['Golden Turmeric Overnight Oats (Anti-Inflammatory, 5 Minutes!)'],
    ['Ginger and Carrot Soup for Cold Days'],
    ["Six months of wet wraps, oat baths and no sleep: what actually helped our daughter's eczema"],
  ])('%s', (title) => {
    it('is not a treatment article', () => expect(decide(title).treatment).toBe(false));
  });
});

describe('a title that offers one thing for a condition', () => {
  const body = (thing: string) => [
    `My neighbour swears by ${thing}.`,
    `I tried ${thing} for a month.`,
    `The shop sells ${thing} in large bottles.`,
    'It was a long winter.',
  ];
  describe.each([
    ['Beetroot juice for high blood pressure?', 'Beetroot juice', 'beetroot juice'],
    ['Forum › Joints › Rosehip powder for arthritis - any good?', 'Rosehip powder', 'rosehip powder'],
    ['Does sour plum syrup really work for coughs?', 'sour plum syrup', 'sour plum syrup'],
    ['Nettle tincture against hay fever', 'Nettle tincture', 'nettle tincture'],
    ['Golden paste for stiff joints: my six weeks', 'Golden paste', 'golden paste'],
    ['MY 60 DAYS ON NIGHTBLOOM (AND WHY I KEEP GOING)', 'NIGHTBLOOM', 'NightBloom'],
    ['Six weeks taking moonroot gummies', 'moonroot gummies', 'moonroot gummies'],
    ["I Wore the Calmwave Loop for 30 Days. Here's My Honest Review.", 'Calmwave Loop', 'Calmwave Loop'],
  ])('%s', (title, subject, thing) => {
    it(`is a treatment article about ${subject}`, () => {
      const decision = decide(title.split(' › ').pop() ?? title, body(thing));
      expect(decision.treatment).toBe(true);
      expect(decision.subject).toBe(subject);
    });
  });
  describe.each([['Tips for better sleep'], ['Living with arthritis'], ['Support for carers of people with dementia'], ['Beetroot juice for breakfast'], ['Recipes for a healthy gut'], ['Ten days of meals for a calmer gut'], ['Two weeks in hospital']])('%s', (title) => {
    it('is not one', () => expect(decide(title, body('beetroot juice')).treatment).toBe(false));
  });
  it('not when the body names the thing fewer than three times', () => {
    expect(decide('Beetroot juice for high blood pressure?', Array.from({ length: 12 }, (_, index) => `Blood pressure fact number ${index}.`)).treatment).toBe(false);
  });
});

describe('a round-up of products to take', () => {
  it.each([
    ['The 5 best supplements for runners', 'supplements'],
    ['Natural remedies for a cold', 'Natural remedies'],
    ['Seven essential oils for calm', 'essential oils'],
    ['Six supplements every climber should know about', 'supplements'],
  ])('%s is a treatment article about %s', (title, subject) => expect(decide(title)).toMatchObject({ treatment: true, subject }));

  it('not when the body hardly mentions them', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Training tip number ${i} matters.`);
    expect(decide('The 5 best supplements for runners', ['Supplements are popular.', ...filler]).treatment).toBe(false);
  });

  it('counts "remedy" and "remedies" alike', () => {
    const body = ['A remedy for every cough.', 'These remedies are cheap.', 'Honey is one.', ...Array.from({ length: 10 }, () => 'Rest well.')];
    expect(decide('Home remedies for coughs', body).treatment).toBe(true);
  });
});

describe('a shop listing with a strength or a pack size', () => {
  it.each([
    ['Calmora Night Blend – 60 Vegetable Capsules', 'Calmora Night Blend'],
    ['Sunbright D3 1000 IU', null],
    ['Dreamwell Gummies (60 count)', null],
    // Its ingredients are one product, not a comparison of treatments.
    ['Halden TurmeriFlex – Turmeric Curcumin 1500mg with Black Pepper & Ginger – 120 Vegan Capsules', 'Halden TurmeriFlex'],
    ['Verdella RootRevive™ Peptide Hair Growth Serum – 60ml', null],
  ])('%s is something to take', (title, subject) => {
    // The page talks about its ingredients, not about "capsules".
    const body = ['Our blend pairs magnesium with lemon balm.', ...Array.from({ length: 12 }, (_, i) => `Customer note ${i}: fast shipping.`)];
    expect(decide(title, body)).toMatchObject({ treatment: true, subject });
  });

  it.each(['Sleep in 7 days: a plan', 'Why 3 out of 4 runners get shin splints', 'Capsule wardrobes for 2024'])(
    '%s is not',
    (title) => expect(decide(title).reason).not.toMatch(/product listing/),
  );
});

describe('a shop title that is a product name ending in what it is', () => {
  it.each(['Veyrashade Digital Defence Glasses', 'GutLumen 200 Food Intolerance Test', 'Calmwave Sleep Patches', 'Fresh Start™ – The Science-Backed Hangover Gummy', 'CopperFlex Pro Magnetic Knee Brace – Adjustable, One Size'])('%s is something to use', (title) => {
    expect(decide(title, ['Order before 2pm for same-day dispatch.'])).toMatchObject({ treatment: true });
  });

  it.each(['How to Choose Reading Glasses', 'The Best Hearing Test', 'Your Annual Eye Test'])('%s is not', (title) =>
    expect(decide(title).reason).not.toMatch(/product name/),
  );
});

describe('salt and float rooms', () => {
  it.each(['Salt Cave Sessions', 'Halotherapy for Children', 'Float Tank Sessions', 'Travel sickness bands for morning sickness??'])('%s is something to try', (title) => {
    expect(decide(title, ['Each session is 45 minutes in a quiet room.'])).toMatchObject({ treatment: true });
  });
});

describe('a body that keeps naming one thing in several forms', () => {
  it('counts "vape", "vapes" and "vaping" as one subject', () => {
    const body = [
      ...Array.from({ length: 4 }, () => 'Vaping helped me quit.'),
      ...Array.from({ length: 3 }, () => 'Our vapes come in ten flavours.'),
      ...Array.from({ length: 3 }, () => 'A vape kit costs less than cigarettes.'),
      'Delivery is free.',
      'Contact us any time.',
    ];
    expect(decide(null, body)).toMatchObject({ treatment: true });
  });
});

describe('a title about giving something up, or a news round-up', () => {
  const body = (subject: string) => Array.from({ length: 10 }, (_, i) => `Item ${i}: ${subject} came up again.`);
  it.each([
    ['I Quit Caffeine for 30 Days. Here Is What Happened', 'caffeine'],
    ['Giving up alcohol for a month', 'alcohol'],
    ['Research roundup: walking, weighted blankets and vitamin D', 'vitamin D'],
  ])('%s is not a treatment article', (title, subject) => expect(decide(title, body(subject)).treatment).toBe(false));

  it('but coming off a medicine still is', () => {
    expect(decide('Weaning off sertraline safely', body('sertraline')).treatment).toBe(true);
  });
});

describe('detectTreatmentSubject checks the body', () => {
  const filler = Array.from({ length: 20 }, (_, i) => `Sleep hygiene point number ${i} matters.`);

  it('keeps a title subject the body keeps naming', () => {
    const body = ['Melatonin is a hormone.', 'Melatonin tablets are sold in shops.', 'Take melatonin an hour before bed.', ...filler];
    expect(decide('Melatonin and sleep', body).treatment).toBe(true);
  });

  it('drops a title subject the body hardly names', () => {
    expect(decide('Melatonin and sleep', ['Melatonin is one option.', ...filler]).treatment).toBe(false);
  });

  it('finds an untitled article whose body is about one treatment', () => {
    const body = [
      'Whole30 is a 30-day diet that cuts sugar and grains.',
      'Whole30 followers eat meat, eggs and vegetables.',
      'Critics say Whole30 is too strict.',
      'Whole30 was ranked low by dietitians.',
      'The Whole30 book sold well.',
      'Some people regain weight.',
    ];
    const decision = decide(null, body, { extraTerms: ['whole30'] });
    expect(decision).toMatchObject({ treatment: true });
  });

  it('leaves an untitled article about many treatments alone', () => {
    const body = [
      'SSRIs are often tried first.',
      'Pregabalin is another option.',
      'Benzodiazepines are for short-term use.',
      'CBT helps many people.',
      'Applied relaxation is taught by therapists.',
      'SNRIs can also help.',
    ];
    expect(decide(null, body).treatment).toBe(false);
  });
});

describe('a news headline over a post in the first person', () => {
  const title = 'Study finds acupuncture effective for knee pain';

  it('is a treatment article when the author speaks for the treatment', () => {
    const body = [
      'At our practice we see this every week.',
      'My patients with knee pain often walk further after a few acupuncture sessions.',
      'Acupuncture uses fine needles placed at chosen points.',
      'The new study pooled many trials.',
    ];
    expect(decide(title, body)).toMatchObject({ treatment: true, subject: 'acupuncture' });
  });

  it('stays news when only the people quoted say "we"', () => {
    const body = [
      'Acupuncture eased knee pain a little more than sham needling, according to a pooled analysis of 20 trials.',
      '"We were surprised by the size of the effect.',
      'Our next step is a longer trial," said the lead author.',
      '“We think it is worth offering,” another researcher said.',
      'The trials lasted between four and twelve weeks.',
    ];
    expect(decide(title, body).treatment).toBe(false);
  });

  it('does not take "type I" or "stage I" for the first person', () => {
    const body = ['Stage I knee arthritis was the most common.', 'People with type I diabetes were excluded.', 'Acupuncture was given weekly.'];
    expect(decide(title, body).treatment).toBe(false);
  });

  it('judges the author by their own sentences, not the blockquotes', () => {
    const quoted = ['We gave acupuncture to 300 people.', 'Our results were clear.', 'We recommend it.'];
    expect(decide(title, ['Acupuncture was tested in a large trial.', 'It eased pain.', ...quoted], { ownSentences: ['Acupuncture was tested in a large trial.', 'It eased pain.'] }).treatment).toBe(false);
  });
});

describe('an opening that presents one treatment as the answer', () => {
  const body = (lead: string) => [
    lead,
    'Shin splints are pain along the inner edge of the shinbone.',
    'Runners who add miles quickly are most at risk.',
    'Dry needling sessions focus on the calf and foot.',
    'A dry needling plan usually lasts six weeks.',
    'Your first dry needling visit starts with an assessment.',
    'Rest from running for two weeks.',
  ];

  it('makes a condition-titled article a treatment article', () => {
    expect(decide('Shin splints', body('Dry needling can help you get back to running sooner.'))).toMatchObject({ treatment: true, subject: 'Dry needling' });
  });

  it.each([
    ['the treatment is not what the sentence opens with', 'Many runners find dry needling can help them get back sooner.'],
    ['the treatment is not presented as the answer', 'Dry needling is one of several options.'],
  ])('not when %s', (_name, lead) => expect(decide('Shin splints', body(lead)).treatment).toBe(false));

  it('not when the body hardly returns to it', () => {
    const sentences = ['Dry needling can help.', 'Shin splints hurt.', 'Rest helps.', 'Ice helps.', 'Shoes matter.'];
    expect(decide('Shin splints', sentences).treatment).toBe(false);
  });
});

describe('front matter overrides detection', () => {
  it.each([
    [{ treatment: false }, false],
    [{ medlint: { treatment: false } }, false],
    [{ medlint: { treatment: true } }, true],
    [{ title: 'x' }, null],
  ])('%j → %s', (data, expected) => expect(frontMatterOverride(data)).toBe(expected));

  it('turns a treatment article off', () => {
    expect(decide('Ketamine for Anxiety', [], { frontMatter: { treatment: false } }).treatment).toBe(false);
  });

  it('turns an article on that detection would miss', () => {
    expect(decide('A quiet evening routine', [], { frontMatter: { medlint: { treatment: true } } }).treatment).toBe(true);
  });
});

describe('findTreatmentMentions', () => {
  it('accepts extra terms from the options', () => {
    expect(findTreatmentMentions('Why we love Zentriva drops', ['zentriva drops']).map((m) => m.text)).toEqual(['Zentriva drops']);
  });
  it('ignores category words', () => {
    expect(findTreatmentMentions('The best supplements and essential oils')).toEqual([]);
  });
});

describe('subjectCoverage', () => {
  it('matches long names by stem (chiropractic → chiropractor)', () => {
    expect(subjectCoverage('Chiropractic', ['See a chiropractor.', 'Rest.']).count).toBe(1);
  });
  it('does not match inside other words (statins → statistics)', () => {
    expect(subjectCoverage('Statins', ['The statistics are poor.', 'Statins lower LDL.']).count).toBe(1);
  });
});

describe('subjectCoverage counts what subjectPattern matches', () => {
  const subjects = ['Ketamine', 'CBD oil', 'chiropractic care', 'Statins', 'elderflower tincture therapy', 'açaí', '5-HTP', 'ß-alanine'];
  const pieces = ['ketamine', 'KETAMINES', 'cbd', 'chiropractor', 'statin', 'statins', 'elderflowers', 'tinctures', 'açaí', 'AÇAÍ', '5-htp', 'ß-alanine',
    'x', '9', 'é', '𝐀', '😀', ' ', '-', '.', '\u017f', 'K', 'İ', '\u0345', '\ud835', '\udc00', 'ſtatin'];
  it('on every sentence built from pieces that touch in every way', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (const subject of subjects) {
      const pattern = subjectPattern(subject)!;
      const sentences: string[] = [];
      for (let index = 0; index < 3000; index++) {
        let sentence = '';
        for (let piece = random(5); piece >= 0; piece--) sentence += pieces[random(pieces.length)];
        sentences.push(sentence);
      }
      const expected = sentences.filter((sentence) => pattern.test(sentence)).length;
      expect(subjectCoverage(subject, sentences).count, subject).toBe(expected);
      for (const sentence of sentences) expect(subjectCoverage(subject, [sentence]).count, `${subject} in ${JSON.stringify(sentence)}`).toBe(pattern.test(sentence) ? 1 : 0);
    }
  });
});

describe('drug names by their class ending', () => {
  it.each(['rosuvastatin', 'ramipril', 'adalimumab', 'lansoprazole', 'venlafaxine', 'amitriptyline', 'quetiapine', 'prednisolone', 'amlodipine'])(
    '%s is a treatment',
    (name) => expect(findTreatmentMentions(`Starting ${name} this week`).map((m) => m.text)).toEqual([name]),
  );
  it.each(['reasons', 'persons', 'alpine', 'statistics', 'program'])('%s is not', (word) =>
    expect(findTreatmentMentions(`The ${word} are clear`)).toEqual([]),
  );
});

describe('stays fast on hostile input', () => {
  it.each([
    ['one very long word', 'a'.repeat(50_000)],
    ['long punctuation runs', `${'('.repeat(20_000)}x${')'.repeat(20_000)} therapy`],
    ['many kind words', 'oil '.repeat(10_000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    detectTreatmentSubject({ title: text, headings: [text], frontMatter: null, sentences: [text, text] });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
