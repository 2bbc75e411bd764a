import { describe, expect, it } from 'vitest';
import { isBulletGlyph, isCommentHeaderLine } from '../../src/parse/line-kinds.js';

describe('isCommentHeaderLine', () => {
  it.each([
    'Posted by jen_k · 3 days ago',
    'Posted on 12 May 2025',
    'user123 wrote:',
    '**Dr Amira** says:',
    'Reply · Report · 12 likes',
    '14 replies',
    '— Mark T., verified buyer',
    '– Priya',
    '★★★★☆ 4/5',
    'Rating: 4 out of 5',
    '**u/sleepy_owl** · 2d · ⬆ 31',
    '@nurse_jo',
    '3 March 2025 at 9:14 pm',
    'jen_k · 5h',
  ])('reads %j as a header or footer', (line) => expect(isCommentHeaderLine(line)).toBe(true));

  it.each([
    'Like all medicines, it can cause side effects.',
    'I started taking it three days ago and my sleep improved',
    'Turmeric eases joint pain',
    'Reply to your GP within a week if the rash spreads.',
    'Home | Shop | About',
    'Side effects · Dosage · Interactions',
    'What the research says',
  ])('reads %j as prose', (line) => expect(isCommentHeaderLine(line)).toBe(false));
});

describe('isBulletGlyph', () => {
  it('accepts checks, stars, arrows and emoji, but not letters, digits or marks such as ©', () => {
    expect(['✔', '✅', '★', '➤', '→', '•', '🌿'].map((glyph) => isBulletGlyph(`${glyph} x`, 0))).toEqual(Array(7).fill(true));
    expect(['A', '1', '©', '(', '"'].map((glyph) => isBulletGlyph(`${glyph} x`, 0))).toEqual(Array(5).fill(false));
  });
});
