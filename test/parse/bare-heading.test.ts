import { describe, expect, it } from 'vitest';
import {
  canBeUnderlinedHeading,
  hasCitationMarker,
  hasHeadingShape,
  isMostlyCapitalised,
  looksLikeHeading,
  looksLikeTitle,
} from '../../src/parse/bare-heading.js';

const paragraph = {
  text: 'Pharmacists can explain how a medicine interacts with others you take and when to take each dose.',
  isProse: true,
};
const shortLine = { text: 'Call us.', isProse: true };
const bullet = { text: '- Nausea', isProse: false };

describe('looksLikeHeading', () => {
  it.each([
    ['a question', 'Who should avoid using Ketamine for Anxiety?', shortLine],
    ['a question ending in an emoji', 'What causes it? 🔥', shortLine],
    ['a title-cased line', 'Benefits of Ketamine Versus Other Treatments for Anxiety', shortLine],
    ['a title-cased line before a list', 'Side Effects', bullet],
    ['a single capitalised word', 'Summary', shortLine],
    ['a sentence-case line before a longer paragraph', 'Ask your pharmacist', paragraph],
    ['a line starting with a digit', '5 Things to Know', shortLine],
  ])('accepts %s', (_case, line, following) => {
    expect(looksLikeHeading(line, following)).toBe(true);
  });

  it.each([
    ['a short sentence with a period', 'Talk to your doctor.', paragraph],
    ['a sentence ending in a closing quote', 'Say “no thanks.”', paragraph],
    ['a lead-in ending with a colon', 'Common Side Effects:', bullet],
    ['a clause ending with a comma', 'In Most Cases,', paragraph],
    ['the last line with content', 'Further Reading', null],
    ['a sentence-case line before a list', 'Ask your pharmacist', bullet],
    ['a sentence-case line before a short line', 'Ask your pharmacist', shortLine],
    ['a lower-case start', 'ketamine and You', paragraph],
    ['a line with a citation', 'Ketamine Works Fast [1]', paragraph],
    ['a bullet', '- Side Effects', paragraph],
    ['a long line', 'How Ketamine Compares With Every Other Treatment That Doctors Have Tried For Anxiety Over The Years', paragraph],
  ])('rejects %s', (_case, line, following) => {
    expect(looksLikeHeading(line, following)).toBe(false);
  });
});

describe('hasHeadingShape', () => {
  it('allows up to twelve words and a hundred characters', () => {
    expect(hasHeadingShape('One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve')).toBe(true);
    expect(hasHeadingShape('One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen')).toBe(false);
    expect(hasHeadingShape(`A${'b'.repeat(100)}`)).toBe(false);
  });
});

describe('isMostlyCapitalised', () => {
  it('counts only words title case capitalises', () => {
    expect(isMostlyCapitalised('Benefits of Ketamine Versus Other Treatments for Anxiety')).toBe(true);
    expect(isMostlyCapitalised('The Role of the Liver & the Kidneys')).toBe(true);
    expect(isMostlyCapitalised('Side effects of ketamine')).toBe(false);
    expect(isMostlyCapitalised('🔥')).toBe(false);
  });
});

describe('hasCitationMarker', () => {
  it.each(['Claim [1]', 'Claim [^note]', 'Claim²', 'Claim<sup>3</sup>', 'Claim (Smith et al., 2020)', 'Claim (Lee 1998; Kim 2001)'])(
    'finds a marker in %s',
    (line) => {
      expect(hasCitationMarker(line)).toBe(true);
    },
  );

  it.each(['Ketamine in 2024', 'Doses (Up to 40 mg)', 'Step [A]', 'Costs (12345 units)'])('finds none in %s', (line) => {
    expect(hasCitationMarker(line)).toBe(false);
  });
});

describe('looksLikeTitle', () => {
  it('accepts short lines, even sentences, but not bullets, rules, symbols or paragraphs', () => {
    expect(looksLikeTitle('Ketamine for Anxiety')).toBe(true);
    expect(looksLikeTitle('Ketamine works. Here is why.')).toBe(true);
    expect(looksLikeTitle('- Ketamine')).toBe(false);
    expect(looksLikeTitle('***')).toBe(false);
    expect(looksLikeTitle('!')).toBe(false);
    expect(looksLikeTitle('word '.repeat(26))).toBe(false);
  });
});

describe('canBeUnderlinedHeading', () => {
  it('trusts an underline unless the line reads as a sentence', () => {
    expect(canBeUnderlinedHeading('why it may help')).toBe(true);
    expect(canBeUnderlinedHeading('The last paragraph ends here.')).toBe(false);
    expect(canBeUnderlinedHeading('- a bullet')).toBe(false);
  });
});
