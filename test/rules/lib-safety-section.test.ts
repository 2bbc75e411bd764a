import { describe, expect, it } from 'vitest';
import { hasSafetyContent, isSafetyHeading, isSafetySentence, pseudoHeadingText } from '../../rules/lib/safety-section.js';

describe('isSafetyHeading', () => {
  it.each([
    'Who should avoid using Ketamine for Anxiety?',
    'Is it safe?',
    'Things to know before you start',
    'Cautions',
    'Possible downsides',
    'When not to take melatonin',
    'Side effects',
    'Potential Side Effects to Watch For',
    'Risks and benefits',
    'Contraindications',
    'Drug interactions',
    'Warnings and precautions',
    'Who can and cannot take ibuprofen',
    'Who may not be able to take ibuprofen',
    'Adverse effects',
    'Is Low-Level Light Therapy safe?',
    'Is it for everyone?',
    'Pregnancy, breastfeeding and fertility',
    'Taking naproxen with other medicines',
    'Can I drink alcohol while taking it?',
    'Is valerian addictive?',
    'Can you take too much vitamin D?',
    'Before you buy: a few checks',
    'Before booking your first session',
    'The not-so-fun part (please read this)',
    'The fine print',
    'Heads up',
    "Where I'd be careful",
    'Important information',
    'Is this programme right for you?',
    'Can I use it if I have a pacemaker?',
    "Who it's not for",
    'The not-so-great bits',
    'The catch',
    'Can anyone use a castor oil pack?',
    "⚠️ PLEASE DON'T SKIP THIS",
    'Skip it if',
    'Red flags',
    'What could go wrong?',
    'Is there a catch?',
    'Caveats',
    'Check with your GP first',
  ])('%s is a safety heading', (heading) => expect(isSafetyHeading(heading)).toBe(true));

  it.each([
    'Benefits of ketamine',
    'How does it work?',
    'Foods to avoid on a low FODMAP diet',
    'Absolute vs relative risk',
    'Harmony of body and mind',
    'How do I get started?',
    'References',
    'Dosage',
    'Melatonin for sleep problems in pregnancy',
    'Benefits for pregnant women',
    'Things to know about our clinic',
    'Before and after photos',
    'How to buy',
    'Where to get help with costs',
    'Watch for results in two weeks',
  ])('%s is not a safety heading', (heading) => expect(isSafetyHeading(heading)).toBe(false));

  it('accepts extra substrings and /regex/ patterns from the options', () => {
    expect(isSafetyHeading('Read this first', ['read this first'])).toBe(true);
    expect(isSafetyHeading('Before your session', ['/^before your/'])).toBe(true);
    expect(isSafetyHeading('After your session', ['/^before your/'])).toBe(false);
  });
});

describe('hasSafetyContent', () => {
  it.each([
    'Ketamine should not be used by anyone with a history of substance abuse.',
    'Pregnant women should avoid it.',
    'Common side effects include nausea and dizziness.',
    'It can interact with blood thinners such as warfarin.',
    'People with kidney disease should check with a doctor first.',
    'If you are pregnant, ask your midwife before taking it.',
    'There are no side effects for most people, but it can interact with lithium.',
    'Elimination diets aren’t harmless.',
    'It is not right for everyone.',
    'If you take other medicines such as warfarin, ask your doctor first.',
    'If you have a heart condition, check with your doctor before using it.',
    'Most people are absolutely fine afterwards, but around 1 in 10 get a headache.',
    'It is not completely safe in pregnancy: ask your midwife first.',
  ])('real content: %s', (text) => expect(hasSafetyContent(text)).toBe(true));

  it.each([
    '',
    'Coming soon.',
    'Everyone is different, so talk to your doctor.',
    'Ketamine is generally considered well tolerated.',
    'There are no known side effects.',
    'Our oil has no side effects and is completely natural.',
    'Honestly, yes. It is a natural spice, so it is completely safe, and it even helps with depression and heart disease.',
    'Your safety is our top priority.',
    'Speak to your pharmacist if you have any questions.',
    'It is gentle enough for the whole family, from toddlers and children to older adults.',
    'Every batch is checked by people who care about quality.',
    'There are no known side effects or drug interactions.',
    'It has no serious risks, harmful effects or interactions.',
    'If you take other medications, talk to your doctor before use.',
    'Check with your pharmacist first if you take anything else.',
    'If you have a medical condition or take any prescription medicine, consult your doctor.',
    'Absolutely! The remedies are completely safe for newborns, toddlers and even during pregnancy and breastfeeding. You can’t overdose, because there’s nothing in them to overdose on.',
    // reassurance with one referral tacked on; harms waved away without naming one (blind set u-v)
    'Absolutely, our drops are completely safe and non-addictive. If you are pregnant, it is always sensible to check with your GP first.',
    'Your safety is our top priority. Side effects are rare and, when they do occur, are usually mild and easily managed.',
  ])('not real content: %j', (text) => expect(hasSafetyContent(text)).toBe(false));
});

describe('isSafetySentence', () => {
  it.each([
    'Never plunge alone or after a drink.',
    "Don't use it on broken skin.",
    'Herbal supplements are not regulated like medicines.',
    'Keto isn’t right for everyone.',
    "If you've had ear surgery, check with your doctor before starting.",
    'It should not be taken with grapefruit juice.',
    'Swelling of the lips or tongue is a medical emergency.',
    'Avoid it if you are pregnant.',
    'My GP warned me never to stop it suddenly.',
  ])('warns: %s', (text) => expect(isSafetySentence(text)).toBe(true));

  it.each([
    "Don't worry if you gasp the first time.",
    'Never give up after one bad morning.',
    "Don't take our word for it: read the reviews.",
    'It is harmless and gentle.',
    'Avoid processed food for the best results.',
    'Many people feel calmer within a week.',
    "If you're taking it for sleep, take it an hour before bed.",
    'If you are new to it, start with one capsule first.',
  ])('does not warn: %s', (text) => expect(isSafetySentence(text)).toBe(false));
});

describe('pseudoHeadingText', () => {
  it.each([
    ['**Potential risks**', 'Potential risks'],
    ['**Side effects:**', 'Side effects'],
    ['__Cautions__', 'Cautions'],
    ['Adverse effects', 'Adverse effects'],
  ])('%s → %s', (line, expected) => expect(pseudoHeadingText(line)).toBe(expected));

  it.each([
    'This is a full sentence about risks.',
    'Some **bold** words inside a sentence',
    'first line\nsecond line',
    'lower-case start',
  ])('%j is not a pseudo-heading', (line) => expect(pseudoHeadingText(line)).toBeNull());
});

describe('stays fast on hostile input', () => {
  it.each([
    ['unclosed comments', '<!--'.repeat(20_000)],
    ['long spaces', `${' '.repeat(50_000)}x`],
    ['long word', 'z'.repeat(50_000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    hasSafetyContent(text);
    isSafetyHeading(text);
    pseudoHeadingText(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
