import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/unsourced-claim.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

const oneRef = '\n\n## References\n\n1. Okafor, T. (2016). Dietary nitrate and blood pressure. Journal of Invented Nutrition, 12, 101–109.\n';

describe('unsourced-claim', () => {
  describe('stays quiet', () => {
    it.each([
      ['a claim with its own marker', `Beetroot juice lowers blood pressure [1].${oneRef}`],
      ['a claim with a footnote', 'Iron is absorbed best on an empty stomach.[^a]\n\n[^a]: Halvorsen, P. (2015). Oral iron. Fictional Haematology, 3, 20–28.\n'],
      ['a claim with an external link', 'Beetroot juice [lowers blood pressure](https://doi.org/10.1000/example) in adults.'],
      ['a claim naming a specific source', 'According to the CDC, one in three adults does not get enough sleep.'],
      ['a journal named in the sentence', 'A 2019 trial in JAMA Psychiatry found fewer relapses with esketamine.'],
      ['a regulator as the source', 'The FDA approved esketamine nasal spray for treatment-resistant depression in 2019.'],
      ['a sentence carrying on from a cited one', `Beetroot juice lowers blood pressure [1]. This effect fades within a day.${oneRef}`],
      ['a lead-in to a cited comparison', `A recent study found that 70 percent of patients improved. In comparison, about half of the placebo group improved [1].${oneRef}`],
      ['a question', 'Does magnesium reduce anxiety?'],
      ['advice to the reader', 'Talk to your doctor before taking St John’s wort with other medicines.'],
      ['an instruction after an if-clause', 'If you have kidney disease, check with your pharmacist before taking ibuprofen.'],
      ['marketing about the publisher', 'At Calmwell, we are committed to evidence-based care for anxiety.'],
      ['the article about itself', 'In this article we look at how melatonin affects sleep.'],
      ['personal narrative', 'I started taking melatonin in May and my sleep improved within a week.'],
      ['a definition of a term', 'CBT-I stands for cognitive behavioural therapy for insomnia.'],
      ['prices, dates and phone numbers', 'A session costs $90. Call 0800 123 4567 to book, Monday to Friday from 9 am.'],
      ['no health content', 'The new layout helps readers find the menu faster.'],
      ['a bold pseudo-heading', '**Relieves joint pain**'],
      ['code', 'Run `reduces_pain --all` to rebuild the index.'],
      ['a quoted study title', 'Their paper was called “Saffron Extract Relieves Depression in Adults”.'],
      ['the reference list itself', `Beetroot is a root vegetable.${oneRef}`],
      [
        'a regulatory disclaimer',
        '*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.*',
      ],
      ['a not-medical-advice disclaimer', 'This page is for informational purposes only and does not replace a visit to your doctor.'],
      ['a breadcrumb of links', '[Home](/) › [Heart & Circulation](/heart) › [Cholesterol](/heart/cholesterol) › Plant Sterols 800 mg'],
      ['a writer saying bodies differ', "everyone's body is different x"],
      ['claims reported as others\'', 'It is all over social media, with claims that charcoal whitens teeth and even cures gum disease.'],
      ['protective gear', 'Most people go home the same day with a protective shield to wear at night.'],
      ['a practice saying what it will do', 'If you decide to reduce, we will agree a slow tapering plan with you, usually over several weeks or months.'],
      ['a practice\'s plan with the reader\'s own choice in it', 'We will talk with you about how you are sleeping and whether you would like to reduce your tablets.'],
      ['a universal promise denied', 'None of these medicines works for everyone.'],
      ['a chapter line of show notes', '(31:20) Kratom: the new kid on the block'],
      ['a cure in scare quotes', 'The internet already has plenty of hot takes about PCOS "cures".'],
      ['a condition described by its state', 'Rehab may need to be delayed if you have:\n\n- an irregular heart rhythm\n- heart failure that has recently worsened\n'],
      ['claims reported as made online', 'Some influencers have gone further, claiming online that a daily walk can reverse prediabetes within weeks.'],
      ['a named collaboration as the source', 'Trials pooled by the Lipid Outcomes Collaborative Group found that statins cut heart attacks by about a fifth.'],
      ['a named patients\' alliance as the source', "The Kidney Patients' Alliance advises anyone with high readings to keep taking their medicines."],
      ['the trial named before, referred back to', 'The DELTA-2 trial tested the jab in 400 adults. Side effects in the trial were mostly mild.'],
      ['a trial arm compared with another', 'After six months, blood pressure fell by 14 mmHg in the velmorasiran group, compared with 4 mmHg in the placebo group.'],
      [
        'a quotation whose speaker is named',
        '"This is a genuine breakthrough," said Professor Idris Kallen, who led the trial. "For patients juggling five tablets a day, a twice-yearly injection could change everything. It is effective, and it is safe."',
      ],
      [
        "a saved wiki page's contents list, its headings still carrying [edit]",
        'Contents\n\n1. Adverse effects\n2. Contraindications\n\n## Adverse effects [edit]\n\nSee the leaflet.\n\n## Contraindications [edit]\n\nSee the leaflet.\n',
      ],
    ])('%s', (_name, source) => expect(flaggedTexts(rule, source)).toEqual([]));

    it.each([
      'Ashwagandha has not been evaluated by regulators for use in pregnancy, and it can cause miscarriage.',
      'There is no cure for chronic insomnia, and magnesium is not a substitute for treatment.',
    ])('but not a sentence that only borrows disclaimer words: %s', (source) => expect(flaggedTexts(rule, source)).toEqual([source]));
  });

  describe('flags the whole sentence', () => {
    it.each([
      ['efficacy', 'Turmeric reduces joint inflammation in older adults.'],
      ['onset', 'Most people feel relief from migraine pain within minutes.'],
      ['safety', 'Kratom is habit-forming and can cause liver damage.'],
      ['contraindication stated as fact', 'Pregnant women should avoid ashwagandha because it may cause miscarriage.'],
      ['mechanism', 'Psilocybin binds to serotonin receptors in the brain.'],
      ['a statistic', 'About 30% of adults report short-term insomnia.'],
      ['a comparison', 'Ketamine works faster than SSRIs for depression.'],
      ['a vague research attribution', 'Studies show that magnesium helps people sleep.'],
      ['experts as the only source', 'Experts agree that intermittent fasting protects the heart.'],
      ['a list item that asserts', '- Reduces chronic inflammation\n- Supports immune health'],
      ['a blockquote', '> Elderberry shortens colds by four days.'],
      ['a bold term ranked, not defined', '**LASIK** is the most commonly performed procedure.'],
      ['a treatment called the mainstay', 'Lubricating drops are the mainstay of treatment for dry eye after surgery.'],
      ['a remedy praised as a natural agent', 'Salt is a natural antibacterial and anti-inflammatory.'],
      ["what may happen to a part of the reader's body", 'Your eyes may feel gritty and watery for a day or two afterwards.'],
      ['an effect on a common condition the cue lists name', 'Cranberry capsules prevent cystitis in older women.'],
      ['a fog that lifts', 'Brain fog lifts within the first two weeks.'],
      ['a labelled ingredient with what it does', '## Inside every gummy\n\n- **Electrolyte blend** – rehydrates you three times faster than water alone\n- **NAC:** replenishes glutathione, your body\'s master antioxidant\n'],
      ['most customers free of a habit', 'Most of our customers are completely smoke-free within a week!'],
      ['most clients noticing a change for the better', 'Most clients notice easier breathing after just one session!'],
      ["clients' results passed on by the publisher", 'Regular clients tell us they have cut down on their inhalers completely!'],
      ['senses coming back on a timetable', 'Taste and smell come back in 48 hours.'],
      ['a symptom settling after the first weeks', 'The skin soreness usually settles after the first week or two of regular use.'],
      ['one of the best things for your health', 'Stopping smoking is one of the best things you can do for your health.'],
      ['an unnamed trial with words before its finding', 'A small trial a few years ago found no difference between local honey and a placebo syrup.'],
      ['a harm stated beside one not known', 'Steroid tablets can cause weight gain, but inhaled steroids at usual doses are not known to cause it.'],
      ['a promise of results', 'Guaranteed results in 14 days, or your money back!'],
      ['a verb in -ers is still a verb (only drug-class nouns are not)', 'Ginseng lowers cortisol, the main stress hormone.'],
      ['a reason about a level, not about the reader', 'If you take insulin, check with your doctor first, because your blood sugar can drop too low.'],
    ])('%s', (_name, source) => {
      const flagged = flaggedTexts(rule, source);
      expect(flagged.length).toBeGreaterThan(0);
      for (const text of flagged) expect(source).toContain(text);
    });

    it('a back-reference ("The study ...") does not cover the sentence before it', () => {
      const source = 'Researchers have found that fasting lowers appetite. The study is the first to measure it over a day.';
      expect(flaggedTexts(rule, source)).toEqual(['Researchers have found that fasting lowers appetite.']);
    });

    it('a source named outright still covers a sentence that carries on from it', () => {
      const source = 'According to the NHS, jet lag is worse after flying east. It tends to last longer in older adults.';
      expect(flaggedTexts(rule, source)).toEqual([]);
    });

    it('a benefit stated as fact in words the claim cues do not know is a claim too', () => {
      const source = '# Tea tree oil\n\nThanks to its cleansing properties, tea tree oil is a powerhouse.\n';
      expect(flaggedTexts(rule, source)).toEqual(['Thanks to its cleansing properties, tea tree oil is a powerhouse.']);
    });

    it('points at exactly the sentence, not its neighbours', () => {
      const source = 'Beetroot is a root vegetable. Beetroot juice lowers blood pressure. It tastes earthy.';
      expect(flaggedTexts(rule, source)).toEqual(['Beetroot juice lowers blood pressure.']);
    });
  });

  describe('lists: an item is read with what introduces it', () => {
    it.each([
      ['a noun under a side-effects heading', '## Side effects\n\n- An upset stomach\n', ['An upset stomach']],
      [
        'who should avoid it, with why',
        "## Who shouldn't have it\n\nYou shouldn't have the procedure if you:\n\n- are pregnant, because hormone changes can temporarily alter your prescription\n- have a thin cornea, which laser reshaping could weaken further\n- are under 18\n",
        ['are pregnant, because hormone changes can temporarily alter your prescription', 'have a thin cornea, which laser reshaping could weaken further'],
      ],
      ['the same noun under a symptoms heading', '## Symptoms\n\n- An upset stomach\n', []],
      ['a quantity under a dose heading', '## Dosage\n\n- **Adults**: 250 mg\n', ['**Adults**: 250 mg']],
      ['a quantity that is only a pack size', '## In the box\n\n- 60 capsules of 250 mg\n', []],
      ['an effect under a benefits heading', '## Benefits\n\n- Sharper focus in the afternoon\n', ['Sharper focus in the afternoon']],
      ['a bare condition under a benefits heading', '## What can it help with?\n\n- Period pain\n', []],
      [
        "a leaflet's frequency band: its items are side effects, the band itself a label",
        '## What might happen\n\nCommon (may affect up to 1 in 10 people):\n\n- Bruising where the needle went in\n\nRare:\n\n- Infection at the injection site\n',
        ['Bruising where the needle went in', 'Infection at the injection site'],
      ],
      [
        'a table cell under a "What it does" column, but not under "Per serving"',
        '| Ingredient | Per serving | What it does |\n|---|---|---|\n| Beta-alanine | 3.2 g daily | Buffers lactic acid so you can push out extra reps |\n',
        ['Buffers lactic acid so you can push out extra reps'],
      ],
      [
        'forms of a treatment under a title that names both what it does and its risks',
        '# HRT explained: what it does and what the risks are\n\n## What is HRT?\n\nHRT comes as:\n\n- tablets\n- skin patches\n',
        [],
      ],
      ['a list of foods that merely opens with "Common"', 'Common high-FODMAP foods include:\n\n- Onion and garlic\n', []],
      ['benefits under a shop\'s "WHY <PRODUCT>?"', '**WHY ZOOMFUEL?**\n\n- Raises energy levels for longer sessions\n- 12 intensity levels\n', ['Raises energy levels for longer sessions']],
      [
        'what readers love about it, under "Why you\'ll love"',
        "**Why you'll love this recipe**\n\n- Ready in 5 minutes\n- Balances blood sugar all morning\n",
        ['Balances blood sugar all morning'],
      ],
      [
        'items that finish a lead-in claim',
        'Regular walks can ease stress and help you:\n\n- Get ill less often\n- Keep to a healthy weight\n',
        ['Regular walks can ease stress and help you:', 'Get ill less often', 'Keep to a healthy weight'],
      ],
      [
        'nouns listed by a lead-in that already makes the claim',
        'Side effects of kava can include:\n\n- headaches\n- drowsiness\n',
        ['Side effects of kava can include:'],
      ],
      [
        'instructions after a lead-in that does not await a verb',
        'Good sleep habits may help:\n\n- if you cannot sleep get up and read until you feel sleepy\n',
        ['Good sleep habits may help:'],
      ],
      ['a results line in a leaflet, with its verb', '## Side effects\n\n- Sleep: may be disturbed in the first week\n', ['Sleep: may be disturbed in the first week']],
      ['an item that repeats a heading', '## Health benefits of walking\n\nWalk daily.\n\n## More\n\n- Health benefits of walking\n', []],
      ['a menu of internal links', '## Support links\n\n- [Mental health](/mental-health/)\n- [Heart health](/heart/)\n', []],
      [
        'a fact after a fragment that finishes an instruction',
        'Do not take aspirin if you:\n\n- have shingles – taking aspirin can raise the chance of a skin reaction\n- have asthma\n',
        ['have shingles – taking aspirin can raise the chance of a skin reaction'],
      ],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  describe('messages say what kind of claim and what to do', () => {
    it.each([
      ['Studies show that magnesium helps people sleep.', 'Research finding without a source: "Studies show" names no study. Cite the study itself with a link or a numbered reference.'],
      ['Turmeric reduces joint inflammation.', 'Efficacy claim without a source: cite a study or guideline for it with a link or a numbered reference.'],
      ['Kratom is habit-forming.', 'Safety claim without a source: cite the label, study or guideline behind it with a link or a numbered reference.'],
      ['About 30% of adults report insomnia.', 'Statistic without a source: cite where "30%" comes from with a link or a numbered reference.'],
    ])('%s', (source, message) => expect(runRule(rule, source)[0]?.message).toBe(message));

    it('shows a marker in the style the article already uses', () => {
      const source = `Beetroot juice lowers blood pressure [1]. Spinach reduces muscle cramps.${oneRef}`;
      expect(runRule(rule, source)[0]?.message).toBe('Efficacy claim without a source: cite a study or guideline for it, e.g. [4].');
    });
  });

  describe('options', () => {
    const paragraph = `Beetroot juice lowers blood pressure [1]. Nitrates relieve chest pain. Spinach reduces muscle cramps.${oneRef}`;

    it("scope 'sentence' (default) flags claims the neighbouring citation does not carry on to", () => {
      expect(flaggedTexts(rule, paragraph)).toEqual(['Nitrates relieve chest pain.', 'Spinach reduces muscle cramps.']);
    });

    it("scope 'paragraph' lets one citation cover its whole block", () => {
      expect(flaggedTexts(rule, paragraph, { options: { scope: 'paragraph' } })).toEqual([]);
    });

    it('namedSources adds trusted names', () => {
      const source = 'The Acme Sleep Collective says melatonin reduces jet lag.';
      expect(flaggedTexts(rule, source)).toHaveLength(1);
      expect(flaggedTexts(rule, source, { options: { namedSources: ['Acme Sleep Collective'] } })).toEqual([]);
    });
  });

  it('flags the seed article’s unsourced claims and leaves its cited and non-claim sentences alone', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    const flagged = flaggedTexts(rule, seed, { format: 'text' });
    expect(flagged).toEqual(
      expect.arrayContaining([
        'Ketamine offers distinct advantages over other anxiety treatments.',
        'However, research suggests that ketamine positively reduces anxiety symptoms in many people who have tried other treatments without success.',
        'Additionally, pregnant women should avoid using ketamine due to possible risks associated with fetal development.',
      ]),
    );
    for (const quiet of [
      'Ketamine works by blocking NMDA receptors in the brain, which regulate mood and emotions [1].',
      'Lastly, ketamine infusions are typically administered by trained medical professionals in a clinical setting.',
      'At Psychly, we are committed to upholding the highest standards in our content creation process.',
      'You should also discuss any existing medical conditions or concerns with your practitioner so they can decide if this type of treatment is right for you.',
    ]) {
      expect(flagged).not.toContain(quiet);
    }
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/unsourced-claim/', import.meta.url).pathname;
    const formatOf = (file: string) => (file.endsWith('.txt') ? 'text' : 'markdown');
    const read = (kind: string, file: string) => readFileSync(join(root, kind, file), 'utf8');

    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => {
      expect(flaggedTexts(rule, read('quiet', file), { format: formatOf(file) })).toEqual([]);
    });

    it('flag/pasted-bullets-and-threads.md: each glyph-bulleted benefit on its own, a claim tagged [citation needed] is still unsourced', () => {
      expect(flaggedTexts(rule, read('flag', 'pasted-bullets-and-threads.md'))).toEqual([
        'Eases gout flares within two days',
        'Lowers uric acid naturally',
        'Tart cherry juice prevents gout attacks.[citation needed]',
      ]);
    });

    it('flag/near-glossary-and-usual-care.md: a glossary label with a benefit, a term that means a risk, usual care with an effect, research with its result', () => {
      expect(flaggedTexts(rule, read('flag', 'near-glossary-and-usual-care.md'))).toEqual([
        '**Benefits**: better energy and a faster metabolism within weeks.',
        'Untreated hypothyroidism means a higher risk of heart disease.',
        'A slow thyroid is usually treated with a hormone tablet, which restores energy within a fortnight.',
        'Statins are usually prescribed to lower cholesterol in people with a slow thyroid.',
        'Two trials have tested whether taking the tablet at bedtime lowers TSH, and both found it did.',
      ]);
    });

    it('flag/contents-and-names-that-claim.md: contents with what they do, a named product with a verb of its own, a warning that is no disclaimer', () => {
      expect(flaggedTexts(rule, read('flag', 'contents-and-names-that-claim.md'))).toEqual([
        'Each chew has 75 mg of magnesium glycinate to calm the nervous system before bed.',
        'Oakridge Joint Comfort Plus capsules relieve stiff knees within a week.',
        'Magnesium should not be used by people with kidney failure.',
      ]);
    });

    it('flag/definitions-that-claim.md: a treatment defined by what it does, a cause, trial arms with their outcome, a tip that is an effect', () => {
      expect(flaggedTexts(rule, read('flag', 'definitions-that-claim.md'))).toEqual([
        'Vitamin C is an antioxidant that protects the heel tendon from damage.',
        'Tight calves are a common cause of heel pain in runners.',
        'Runners wore either cushioned insoles or flat insoles, and the cushioned insoles reduced heel pain.',
        'Some people find it helps to ease the ache with an ice pack.',
      ]);
    });

    it('flag/what-a-therapy-does.md: what a therapy involves with what it does, a risk it involves, results that vary beside a side effect', () => {
      expect(flaggedTexts(rule, read('flag', 'what-a-therapy-does.md'))).toEqual([
        'Vestibular rehabilitation involves repeating head movements, which eases dizziness within weeks.',
        'Rehabilitation involves a small risk of nausea during the first week.',
        'Not every patient will notice a change, and some patients get headaches for a day or two.',
      ]);
    });

    it('flag/funding-with-a-result.md: who paid for a study beside what it found, and a result with no study named', () => {
      expect(flaggedTexts(rule, read('flag', 'funding-with-a-result.md'))).toEqual([
        'Makers of the spray funded a small trial and found that it reduced headache pain.',
        'A drug company sponsored the research, and 30% of patients had side effects.',
        'After eight weeks, attacks were 40% shorter in people using the spray.',
      ]);
    });

    it('flag/usage-with-effects.md: how people use a product, with the effect it has on them', () => {
      expect(flaggedTexts(rule, read('flag', 'usage-with-effects.md'))).toEqual([
        'Most owners use the massager for ten minutes and find their foot pain eases within an hour.',
        'Most owners use the massager every day because it reduces swelling in the ankles.',
      ]);
    });

    it('flag/supplement-shop.md: the research claim, the onset, the safety claim and the statistic', () => {
      expect(flaggedTexts(rule, read('flag', 'supplement-shop.md'))).toEqual([
        'Studies show that saffron extract lifts mood as well as prescription antidepressants.',
        'It also calms anxiety within days.',
        'Saffron is non-addictive and has no side effects at the usual dose.',
        'About 1 in 6 adults will have depression at some point in their life.',
      ]);
    });

    it('flag/course-and-side-effects.md: how often people go through something, what may happen to the body, benefits with no verb', () => {
      expect(flaggedTexts(rule, read('flag', 'course-and-side-effects.md'))).toEqual([
        'Most cases of tennis elbow settle within a year.',
        'Some patients get a dull ache in the forearm for a day or two after a steroid injection.',
        'Rarely, the skin over the injection site can become swollen and sore.',
        'Over time, repeated injections can affect the tendon itself.',
        'Faster recovery after a flare',
        '**Calmer, less painful grip.**',
        'A dull ache in the elbow for a day or two is normal.',
        'Resting the arm in a sling for weeks can make the elbow stiffer.',
      ]);
    });

    it('flag/first-person-and-risks.md: a fact beside a first-person story, how often under a risks heading, levels that change', () => {
      expect(flaggedTexts(rule, read('flag', 'first-person-and-risks.md'))).toEqual([
        "I want to be honest here, because standing all day isn't harmless either.",
        'My physio checks my posture every visit, which is routine — long hours on your feet can make back pain worse.',
        'Serious problems are rare.',
        'Swollen ankles are more likely in people who stand for most of the day.',
        'Blood pressure rises sharply in some people during long standing sessions.',
        'Your energy may dip after lunch.',
      ]);
    });

    it('flag/bullets-and-the-reader.md: predicates whose subject is the list or the page, and what may happen to the reader', () => {
      expect(flaggedTexts(rule, read('flag', 'bullets-and-the-reader.md'))).toEqual([
        'Cools the skin in under a minute',
        'Lasts longer than an ice pack',
        'Builds up over a week of daily use',
        'You may feel a mild tingling where the gel goes on.',
      ]);
    });

    it('flag/verdicts-and-safety.md: how well it works, safety with a booster, gentleness, risk factors', () => {
      expect(flaggedTexts(rule, read('flag', 'verdicts-and-safety.md'))).toEqual([
        'Compression socks work best when they go on before the flight.',
        'The socks are gentle enough to wear every day.',
        'Graduated compression is extremely safe for healthy travellers.',
        'Sitting still for hours, being over 60 and recent surgery are the main risk factors for a clot.',
      ]);
    });

    it('flag/word-families.md: where a drug goes, conditions compared, what can be done to a condition, evidence spoken of, a dose limit', () => {
      expect(flaggedTexts(rule, read('flag', 'word-families.md'))).toEqual([
        'Small amounts of cetirizine may pass into breast milk.',
        'Hay fever is more common in teenagers than in older adults.',
        'Shingles is treatable with antiviral tablets.',
        'Nasal sprays are often tried first, although the evidence for them is limited.',
        'Pregnant women are usually advised to keep it under 10 mg.',
      ]);
    });

    it('flag/bold-sentence-and-results.md: a sentence set in bold, research that reports a result, a herb named in capitals', () => {
      expect(flaggedTexts(rule, read('flag', 'bold-sentence-and-results.md'))).toEqual([
        '**A cold shower every morning strengthens the immune system.**',
        'A small study set out to test whether cold showers shorten colds and found that they did.',
        "Devil's Claw reduced back pain in older adults who took it daily.",
      ]);
    });

    it("flag/article-subject.md: the article's treatment named, abbreviated or referred back to; praise; health numbers", () => {
      expect(flaggedTexts(rule, read('flag', 'article-subject.md'))).toEqual([
        'RLT does not cause burns at the strengths sold for home use.',
        'It only works on joints that can still move.',
        'Red light therapy is a good choice for people whose knees stiffen in the morning.',
        'Our bodies naturally produce less collagen as the years go by.',
        'Some critics argue that the benefits of home panels are overstated.',
        'About five per cent of users notice a mild warmth on the skin.',
        'Most adults sleep for seven to nine hours a night.',
      ]);
    });

    it('flag/list-and-blockquote.md: asserting list items and the blockquote', () => {
      expect(flaggedTexts(rule, read('flag', 'list-and-blockquote.md'))).toEqual([
        'Boosts the immune system',
        'Reduces inflammation in the joints',
        'Cold water triggers a surge of noradrenaline that sharpens focus for hours.',
      ]);
    });

    it('flag/lists-by-heading.md: list items read with their heading or lead-in, not the table of contents', () => {
      expect(flaggedTexts(rule, read('flag', 'lists-by-heading.md'))).toEqual([
        'Settles an uneasy stomach',
        'Eases trapped wind',
        'A cup before bed can ease stress and help you:',
        'Drift off sooner',
        'Wake up less often in the night',
        '**Most adults**: 500-1,000 mg a day',
        '**Strongest brew**: 2,000 mg of dried flowers per cup',
        'Mild drowsiness',
        'Skin rashes in people sensitive to daisies',
        'have hay fever – chamomile can make the symptoms worse',
        '**Anyone taking warfarin must avoid large amounts of chamomile:**',
        'it can strengthen the blood-thinning effect',
      ]);
    });

    it('flag/comparisons-and-fragments.md: any comparative or superlative of a health property, fragments that open with their verb', () => {
      expect(flaggedTexts(rule, read('flag', 'comparisons-and-fragments.md'))).toEqual([
        'Zinc acetate is kinder to the throat than zinc gluconate.',
        'Blackcurrants pack 3x more vitamin A than carrot juice.',
        'Zinc is the best cold remedy on the market.',
        'For a blocked nose in toddlers, a saline spray is the safer choice.',
        'Soothes a scratchy throat',
        "Won't leave you drowsy like night-time cold remedies",
        'Coats the throat for hours',
      ]);
    });

    it('flag/claims-before-advice.md: a statement before the advice it leads to, harms said with a modal', () => {
      expect(flaggedTexts(rule, read('flag', 'claims-before-advice.md'))).toEqual([
        'Sea buckthorn oil is completely safe with blood pressure tablets, but we still suggest you check with your pharmacist.',
        'People with a latex allergy can react to some capsule shells, so ask your pharmacist which brand to choose.',
        'Fish oil can upset the stomach at first.',
        'Alcohol may add to the dizziness some people feel.',
        'Antacids can stop the capsules from working as well.',
      ]);
    });

    it('flag/lists-under-risk-headings.md: a lead-in or bold label that names no topic takes the risks heading above it', () => {
      expect(flaggedTexts(rule, read('flag', 'lists-under-risk-headings.md'))).toEqual([
        'bleeding that lasts more than a day',
        'numbness in the chin',
        'swelling of the jaw',
        'Dark urine',
        'Ringing in the ears',
      ]);
    });

    it('flag/things-acting-on-the-body.md: a thing, an activity or "This" said to act on the body, whatever the verb', () => {
      expect(flaggedTexts(rule, read('flag', 'things-acting-on-the-body.md'))).toEqual([
        'Beetroot juice widens the small arteries in the legs.',
        'A cold compress numbs the nerve endings around a sprain.',
        'Hunched typing puts extra load on the neck.',
        'Electrolyte drinks help restore the salts lost in sweat.',
        'This resets your body clock after a long flight.',
        'Fennel tea may gently loosen a knotted stomach.',
      ]);
    });

    it('flag/groups-and-professions.md: a group’s course over time, an unnamed group, a profession as one, a share helped, a degree of risk', () => {
      expect(flaggedTexts(rule, read('flag', 'groups-and-professions.md'))).toEqual([
        'Most people can drive again after six weeks.',
        'Some feel a throbbing ache in the foot for the first few nights.',
        'Most babies stop crying within a minute of a feed.',
        'Podiatrists agree that the fit of a shoe matters more than its brand.',
        'A padded shoe and ice help most patients.',
        'Wearing a splint at night carries very little risk.',
      ]);
    });

    it('flag/doses-onsets-and-reports.md: a dose in words, two changes compared, cases reported, an onset, an interaction denied', () => {
      expect(flaggedTexts(rule, read('flag', 'doses-onsets-and-reports.md'))).toEqual([
        'Two to four grams of beta-alanine a day is the usual amount.',
        'The longer you take it, the more carnosine builds up in the muscles.',
        'Rare cases of skin flushing lasting several hours have been reported.',
        'After a hard session, they usually feel better within a day.',
        "Beta-alanine and caffeine don't interact.",
        'Iron tablets correct anaemia in most people.',
      ]);
    });

    it('flag/roles-labels-and-healing.md: a role as a remedy, a claim after a bold label, safe as a predicate, healing over time, an effect in the passive', () => {
      expect(flaggedTexts(rule, read('flag', 'roles-labels-and-healing.md'))).toEqual([
        'Psyllium also acts as a mild laxative.',
        '**Texture:** the powder is gentler on the gut than bran.',
        'A daily glass of psyllium is cheap and safe.',
        'Small cracks at the corner of the mouth usually heal within a week.',
        'Bloating is often made worse by fizzy drinks.',
      ]);
    });

    it('flag/verdict-beside-a-citation.md: a superlative verdict is not covered by the cited sentence before it', () => {
      expect(flaggedTexts(rule, read('flag', 'verdict-beside-a-citation.md'))).toEqual(['It is the best remedy for morning sickness.']);
    });

    it('flag/plain-text.txt: body lines, not headings or instructions', () => {
      expect(flaggedTexts(rule, read('flag', 'plain-text.txt'), { format: 'text' })).toEqual([
        'Magnesium relaxes muscles and prevents night-time leg cramps.',
        'Experts agree that most adults do not get enough magnesium from food.',
      ]);
    });
  });
});
