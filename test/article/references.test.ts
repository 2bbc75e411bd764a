import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { isReferenceHeading } from '../../src/article/references.js';
import { looksLikeByline, looksLikeReference, readEntryFields } from '../../src/article/bibliography.js';
import { build, sliceOf } from './build-helper.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/article/${name}`, import.meta.url)), 'utf8');

/** marker text → cited entry ordinals (null when dangling). */
const resolution = (article: Article): [string, (number | null)[]][] =>
  article.markers.map((marker) => [marker.text, marker.targets.map((target) => target.entry?.ordinal ?? null)]);

function expectEntryRangesExact(article: Article): void {
  for (const entry of article.entries) expect(sliceOf(article, entry.range)).toBe(entry.text);
}

describe('reference lists', () => {
  it('reads the seed shape: byline bullet, then unnumbered references at the end', () => {
    const article = build(fixture('seed-shape.txt'), 'text');
    expectEntryRangesExact(article);
    expect(article.references).toHaveLength(1);
    const [list] = article.references;
    expect(list?.kind).toBe('trailing');
    expect(list?.numbered).toBe(false);
    expect(list?.entries.map((entry) => [entry.label, entry.authors[0], entry.year])).toEqual([
      ['1', 'halvorsen', 2018],
      ['2', 'okoye', 2020],
      ['3', 'pereira', 2021],
    ]);
    expect(list?.entries[0]?.text.startsWith('Halvorsen, K. T.')).toBe(true);
    expect(list?.entries[0]?.doi).toBe('10.5555/jtp.2018.0123');
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
      ['[3]', [3]],
    ]);
    expect(article.entries.every((entry) => entry.citedBy.length === 1)).toBe(true);
    // Neither the byline nor the references are body text.
    expect(article.sentences.some((sentence) => sentence.text.includes('Riverside Team'))).toBe(false);
    expect(article.sentences.some((sentence) => sentence.text.includes('Halvorsen'))).toBe(false);
  });

  it('leaves a dangling [4] when there are three entries', () => {
    const source = fixture('seed-shape.txt').replace('practice [2].', 'practice [4].');
    const article = build(source, 'text');
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[4]', [null]],
      ['[3]', [3]],
    ]);
    expect(article.entries[1]?.citedBy).toEqual([]);
  });

  it('reads "(1) ..." entries by their own numbers, and a shop disclaimer after them is not an entry', () => {
    const source = [
      'Shop | Blog | Basket (0)',
      '',
      'PulseWell Mini TENS',
      '',
      'TENS blocks pain signals (1). It eased period pain in a trial (2). It beats heat pads (4).',
      '',
      'Sources',
      '',
      '(1) Farrow, E. (2012). Gate control revisited. Pain Science Quarterly, 6(2), 41-50.',
      '',
      '(2) Adeyemi, T. (2020). TENS for primary dysmenorrhoea. Journal of Pain, 12, 88-96.',
      '',
      '(5) Nakamura, H. (2018). Home TENS use in back pain. Spine, 4, 23-30.',
      '',
      'This device is intended for the temporary relief of pain. Always read the instructions.',
      '',
    ].join('\n');
    const article = build(source, 'text');
    expect(article.entries.map((entry) => entry.label)).toEqual(['1', '2', '5']);
    expect(resolution(article)).toEqual([
      ['(1)', [1]],
      ['(2)', [2]],
      ['(4)', [null]],
    ]);
    expect(article.sentences.some((sentence) => sentence.text.startsWith('This device is intended'))).toBe(true);
  });

  it('ends unnumbered entries before a leaflet\'s closing credit, when the entries are dated (an organisation\'s guideline included)', () => {
    const source = [
      'Drink plenty [1]. Cut down on salt [2]. Lemon juice may help a little [3].',
      '',
      'References',
      'Marwood K, Tesh A. Incidence of urolithiasis. Journal of Renal Epidemiology. 2021;14(3):201-209.',
      'Society for Urological Imaging. Imaging in suspected renal colic: consensus statement. 2020.',
      '',
      'Leaflet produced by the Urology Nurse Specialist team. If you need this information in another language, please call 01632 960 112.',
      '',
    ].join('\n');
    const article = build(source, 'text');
    expect(article.entries).toHaveLength(2);
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
      ['[3]', [null]],
    ]);
  });

  it('numbers an ordered list under a References heading from its start', () => {
    const article = build(
      'Claim [2]. Other [3].\n\n## References\n\n2. Lee, A. (2019). Title two.\n3. Kim, B. (2020). Title three.\n',
    );
    expectEntryRangesExact(article);
    expect(article.references[0]).toMatchObject({ kind: 'heading', heading: 'References', numbered: true });
    expect(article.entries.map((entry) => entry.label)).toEqual(['2', '3']);
    expect(resolution(article)).toEqual([
      ['[2]', [1]],
      ['[3]', [2]],
    ]);
  });

  it('uses an entry\'s own "[n]" label in an unordered list, and skips a byline', () => {
    const article = build('A [5].\n\n## Sources:\n\n- Written by the editorial team\n- [5] Smith, J. (2020). Title.\n');
    expect(article.entries.map((entry) => [entry.label, entry.ordinal])).toEqual([['5', 1]]);
    expect(resolution(article)).toEqual([['[5]', [1]]]);
  });

  it('reads lines of a paragraph under a heading, and keeps a disclaimer beside a list as body', () => {
    const lines = build('A [1] b [2].\n\n# Notes\n\n[1] Smith, J. (2020). One.\n[2] Lee, K. (2021). Two.\n');
    expect(lines.entries.map((entry) => entry.text)).toEqual(['[1] Smith, J. (2020). One.', '[2] Lee, K. (2021). Two.']);
    expect(resolution(lines)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);

    const disclaimer = build('A [1].\n\n## Sources\n\n1. Smith J. Title. J Med. 2020;1:2.\n\n*Not evaluated by the FDA.*\n');
    expect(disclaimer.entries).toHaveLength(1);
    expect(disclaimer.sentences.map((sentence) => sentence.text)).toContain('*Not evaluated by the FDA.*');
  });

  it('reads "¹ ..." entries under a bold "Sources" line, and not the shop text after them', () => {
    const article = build(
      [
        'Curcumin eased knee pain¹. Piperine raised blood levels².',
        '',
        '**Sources**',
        '',
        '¹ Okafor T. Curcumin in knee pain. Invented Rheumatology. 2014;9:55–63.',
        '² Brandt S. Piperine and absorption. Made-up Pharmacology. 2018;4:1–9.',
        '',
        'You might also like: **Night Formula** · **Omega 1000**',
        '',
      ].join('\n'),
    );
    expect(article.entries.map((entry) => entry.label)).toEqual(['1', '2']);
    expect(resolution(article)).toEqual([
      ['¹', [1]],
      ['²', [2]],
    ]);
    // Body text, not an entry (a spaced middle dot separates its items).
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(expect.arrayContaining(['You might also like: **Night Formula**', '**Omega 1000**']));
    expect(article.sentences.map((sentence) => sentence.text)).not.toContain('**Sources**');

    const tips = build('Rest helps [1].\n\n**Notes**\n\n1. Take it with food.\n2. Drink plenty of water.\n');
    expect(tips.references).toEqual([]);
    expect(tips.sentences.map((sentence) => sentence.text)).toContain('Take it with food.');
  });

  it('ends a reference list at a rule or at page furniture, which is never an entry', () => {
    const footer = build(
      'Relief came fast [1]. It lasted [3].\n\n## Sources\n\nOkafor T. Heat and pain. Invented Pain Rev. 2015;8:1–9.\n\nBrandt S. Cold and pain. Made-up J. 2018;4:1–9.\n\nYou may also like: Gel pads | Heat wrap | Massage ball\n\n© 2024 Example Ltd. | Privacy | Terms\n',
    );
    expect(footer.entries).toHaveLength(2);
    expect(resolution(footer)).toEqual([
      ['[1]', [1]],
      ['[3]', [null]],
    ]);

    const comments = build(
      'My surgeon said so [1].\n\n## Sources\n\n*(I will add these later!)*\n\n---\n\n**3 comments**\n\n**Sam_K** · 2 weeks ago\nGood luck with yours.\n\n[Load 2 more comments]\n',
    );
    expect(comments.references).toEqual([]);

    const afterRule = build('Relief came fast [1].\n\n## References\n\n1. Okafor T. Heat and pain. Invented Pain Rev. 2015;8:1–9.\n\n---\n\nShare your story with us.\n');
    expect(afterRule.entries).toHaveLength(1);

    const related = build('Relief came fast [1].\n\n## Sources\n\nOkafor T. Heat and pain. Invented Pain Rev. 2015;8:1–9.\n\nRelated: "Living with a bad back" – a reader\'s story\n\nRead more: our guide to heat pads\n');
    expect(related.entries).toHaveLength(1);
  });

  it('reads a bare "Sources I found helpful" line, and a byline the plain-text parser made a heading, as the head of the list', () => {
    const article = build(
      'Waking at night\n\nHot flushes peak in the early hours [1]. Cooler rooms help some people [2].\n\nThanks for reading\n\nSources I found helpful\n\nCompiled by Sam, checked in March\n\nOkafor, T. (2019). Night sweats in midlife. Invented Midlife J, 3, 1-9.\n\nLindqvist, A. (2021). Bedroom temperature and sleep. Invented Sleep Rev, 8, 20-31.\n',
      'text',
    );
    expectEntryRangesExact(article);
    expect(article.references.map((list) => [list.kind, list.heading, list.entries.length])).toEqual([['heading', 'Sources I found helpful', 2]]);
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
  });

  it('reads "Refs" heading a paragraph of numbered entries with no blank line between (a forum reply)', () => {
    const article = build(
      'Tart cherry may help a little [1], though one trial found nothing [2].\n\nRefs\n[1] Okafor T. Cherries and flares. Invented Joint Rev. 2019;4:1-9.\n[2] Brandt L. Juice and urate. Invented Nutr Notes. 2020;2:5-8.\n[3] Moss K. Anthocyanins. Invented Food Dig. 2016;1:2-4.\n\n*Last edited by Ben*\n',
    );
    expectEntryRangesExact(article);
    expect(article.references.map((list) => [list.kind, list.heading, list.entries.map((entry) => entry.label)])).toEqual([
      ['heading', 'Refs', ['1', '2', '3']],
    ]);
    // The entries' own numbers are not citation markers.
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
    expect(article.entries[2]?.citedBy).toEqual([]);
    // A paragraph that only starts with such a word is prose.
    expect(build('Refs\nare what we call the referees at our club, and they are strict.\n').references).toEqual([]);
  });

  it('finds a trailing list of "¹ ..." lines with a shop row or a closing notice after it', () => {
    const shop = build(
      [
        'Guaifenesin thins mucus.¹ Most coughs clear in three weeks.² Honey eases coughing.⁴',
        '',
        '---',
        '',
        '¹ Albrecht H. Guaifenesin and clearance. Invented Respir Rev. 2017;12:88-97.',
        '² Westfield Care Group. Acute cough in adults. 2019.',
        '⁴ Pell J. Honey for acute cough. Made-up Fam Pract. 2020;8:211-219.',
        '',
        'You might also like: [Dry Cough Linctus](/dry) · [Chest Rub](/rub)',
        '',
      ].join('\n'),
    );
    expect(shop.references.map((list) => [list.kind, list.entries.map((entry) => entry.label)])).toEqual([['trailing', ['1', '2', '4']]]);
    expect(resolution(shop)).toEqual([
      ['¹', [1]],
      ['²', [2]],
      ['⁴', [3]],
    ]);

    const notice = build(
      'Protection fades over time.¹\n\n¹ Marsh T. Vaccine effectiveness in adults. Invented Digest. 2023;4:1-9.\n\nPatient group: next meeting Tuesday, 6pm. All welcome.\n',
      'text',
    );
    expect(resolution(notice)).toEqual([['¹', [1]]]);
    expect(notice.sentences.map((sentence) => sentence.text)).toContain('Patient group: next meeting Tuesday, 6pm.');
  });

  it('reads "**refs** (because people always ask!!)" and "Reading list" as reference headings', () => {
    const refs = build(
      'The dip is real [1]. Protein helps [2].\n\n**refs** (because people always ask!!)\n\n1. Morrow K. (2015). The post-lunch dip. *Invented Sleep Rep*, 11, 77-85.\n2. Adebayo F. (2020). Lunch and alertness. *Made-up Nutr*, 6, 22-30.\n\n**#energy #deskjob**\n',
    );
    expect(refs.references.map((list) => [list.heading, list.entries.length])).toEqual([['refs (because people always ask!!)', 2]]);
    expect(resolution(refs)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
    const reading = build('It slows decline (Lindholm, 2019).\n\n### Reading list\n\n- Lindholm, E. (2019). Cholinesterase inhibitors. *Invented Ageing Rev*, 14, 101-118.\n');
    expect(resolution(reading)).toEqual([['(Lindholm, 2019)', [1]]]);
  });

  it('ends entries that read as references at a paragraph of prose with no year or address (a disclaimer, a mail footer)', () => {
    const article = build(
      'Most wait years (Pemberton, 2019).\n\nSources\nPemberton, L. (2019). Help-seeking for hearing loss. Invented Audiology, 14, 201-210.\nVance, R. (2022). Self-fitting devices. Made-up Hearing Rep, 5, 33-40.\n\nThis is a paid advertisement. Individual experiences may vary.\n',
      'text',
    );
    expect(article.entries.map((entry) => entry.authors[0])).toEqual(['pemberton', 'vance']);
    expect(article.sentences.map((sentence) => sentence.text)).toContain('This is a paid advertisement.');
  });

  it('does not read "(4)" as a citation when the list labels its entries "[n]"', () => {
    const article = build('Pepper boosts absorption [1].\n\nReferences\n[1] Sandoval M. Piperine. Invented Pharmacokinet. 2012;4:55-61.\n\nSee more answers (4)\n', 'text');
    expect(resolution(article)).toEqual([['[1]', [1]]]);
  });

  it('reads "Research we draw on" as a heading, ends the list at "Leave a comment", and passes over a page\'s "Like (23)"', () => {
    const article = build(
      'Psilocybin eased depression (1).\n[Reply]  Quote  Like (23)\n\nResearch we draw on\n1. Brennan, K. (2021). Psilocybin versus escitalopram. Invented Rev Psychiatry, 384, 1402-1411.\n2. Lee, J. (2019). Set and setting. Made-up J, 5, 12-30.\n\nLeave a comment\n',
      'text',
    );
    expect(article.references.map((list) => [list.heading, list.entries.length])).toEqual([['Research we draw on', 2]]);
    expect(resolution(article)).toEqual([['(1)', [1]]]);
    expect(isReferenceHeading('Research')).toBe(false);
  });

  it('recognises reference headings', () => {
    for (const text of ['References', 'references:', 'Sources', 'Citations', 'Bibliography', 'Notes', 'Works cited',
      'Literature', 'Further reading', 'Reference list', 'Footnotes', 'Endnotes', 'References and further reading',
      '7. References', 'Further references:', 'Studies mentioned on this page', 'Research cited in this article', 'Clinical references', 'Medical citations',
      'Refs', 'Sources I found helpful', 'References we used', 'Sources used in this article', 'Sources for this post:',
      'Sources mentioned in this interview', 'Studies quoted', 'Slide 10 – References', 'Part 3: Sources', 'Appendix B - References']) {
      expect(isReferenceHeading(text), text).toBe(true);
    }
    for (const text of ['Sources of vitamin D', 'Notes on dosing', 'Side effects', 'Referral to a specialist', 'Studies on sleep', 'Food sources', 'Good sources:',
      'Sources I trust for protein are eggs and beans', 'Slide 4 – Symptoms', 'Part 2: Side effects', 'Sources mentioned by my aunt include soup']) {
      expect(isReferenceHeading(text), text).toBe(false);
    }
  });

  it('resolves footnotes by label, and leaves undefined ones dangling', () => {
    const article = build('A.[^1] B.[^dose] C.[^Note]\n\n[^1]: Smith, J. (2020). One.\n[^note]: A note.\n');
    expectEntryRangesExact(article);
    expect(article.references[0]?.kind).toBe('footnotes');
    expect(article.entries.map((entry) => [entry.label, entry.text])).toEqual([
      ['1', 'Smith, J. (2020). One.'],
      ['note', 'A note.'],
    ]);
    expect(resolution(article)).toEqual([
      ['[^1]', [1]],
      ['[^dose]', [null]],
      ['[^Note]', [2]],
    ]);
    // The footnotes' own text is not body text.
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['A.[^1]', 'B.[^dose]', 'C.[^Note]']);
  });

  it('resolves link-reference definitions', () => {
    const article = build('A [1]. B [2]. C [the trial][kim].\n\n[1]: https://example.org/one\n[kim]: https://doi.org/10.1/kim "Kim 2020"\n');
    expect(article.references[0]).toMatchObject({ kind: 'definitions' });
    expect(article.entries.map((entry) => [entry.label, entry.url])).toEqual([
      ['1', 'https://example.org/one'],
      ['kim', 'https://doi.org/10.1/kim'],
    ]);
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [null]],
      ['[the trial][kim]', [2]],
    ]);
    // The link text stays prose; the link is recorded.
    const third = article.sentences[2];
    expect(third?.prose).toContain('the trial');
    expect(third?.links[0]?.url).toBe('https://doi.org/10.1/kim');
  });

  it('resolves author-year by first author and year, with et al. and suffix years', () => {
    const article = build(
      [
        'A (Smith et al., 2020). B (Lee & Park 2019; Kim, 2021). C (Smith, 2020b). D (Lee, 2018).',
        'E (WHO, 2019). Okafor and Lind (2017) agree.',
        '',
        '## Bibliography',
        '',
        '- Smith, J., Jones, K., & Brown, L. (2020a). First Smith paper. Journal.',
        '- Smith, J. (2020b). Second Smith paper. Journal.',
        '- Lee, A., & Park, B. (2019). Pair paper. Journal.',
        '- Kim, C. (2021). Kim paper. Journal.',
        '- World Health Organization. (2019). Guidance.',
        '- Okafor, N., & Lind, P. (2017). Okafor paper. Journal.',
        '',
      ].join('\n'),
    );
    expectEntryRangesExact(article);
    expect(resolution(article)).toEqual([
      ['(Smith et al., 2020)', [1]],
      ['(Lee & Park 2019; Kim, 2021)', [3, 4]],
      ['(Smith, 2020b)', [2]],
      ['(Lee, 2018)', [null]],
      ['(WHO, 2019)', [5]],
      ['Okafor and Lind (2017)', [6]],
    ]);
  });

  it('reads a lone surname before a year as a citation only when the list has that work', () => {
    const article = build(
      [
        'Ellingham (2019b) links it to iron. The Sleep Foundation (2020) agrees. Moreau (2018) disagrees.',
        '',
        '## References',
        '',
        '- Ellingham, K. (2019a). Epidemiology. Journal.',
        '- Ellingham, K. (2019b). Brain iron. Journal.',
        '',
      ].join('\n'),
    );
    expect(resolution(article)).toEqual([['Ellingham (2019b)', [2]]]);
    expect(article.sentences[1]?.prose).toContain('Sleep Foundation (2020)');
  });

  it('reads "(6)" closing a clause as a citation when a list numbers its entries, by the numbers written', () => {
    const pasted = build(
      [
        'Fibre intake can fall (1). Gut bacteria change too (2,3). Ask a dietitian (6).',
        'Steps: (1) cut out onions, (2) keep a diary.',
        'Step (3) [read the long guide](https://example.com/a/very/long/path/to/a/guide/page) first.',
        '',
        'References',
        '',
        '1) Okafor T. Fibre on restriction diets. Invented Gut J. 2015;8:1–9.',
        '2) Brandt S. Microbiota after restriction. Made-up J. 2018;4:1–9.',
        '3) Moreau C. Bifidobacteria. Imaginary Rev. 2019;2:5–7.',
        '7) Lindqvist D. Reintroduction. Fictional Diet J. 2020;1:1–4.',
        '',
      ].join('\n'),
      'text',
    );
    expect(resolution(pasted)).toEqual([
      ['(1)', [1]],
      ['(2,3)', [2, 3]],
      ['(6)', [null]],
    ]);
    expect(pasted.entries.map((entry) => entry.label)).toEqual(['1', '2', '3', '7']);

    const noList = build('Fibre intake can fall (1). Gut bacteria change too (2).\n');
    expect(noList.markers).toEqual([]);

    const lazy = build('A [2].\n\n## References\n\n1. Okafor T. One. J. 2015.\n1. Brandt S. Two. J. 2018.\n');
    expect(resolution(lazy)).toEqual([['[2]', [2]]]);
  });

  it('reads bibliographic fields', () => {
    expect(readEntryFields('Smith AB, Lee C. A trial of things. J Med. 2019;4(2):1-9. PMID: 123456')).toMatchObject({
      authors: ['smith', 'lee'],
      year: 2019,
      title: 'A trial of things',
      pmid: '123456',
    });
    expect(readEntryFields('J. Smith and K. Lee (2018). Title here. https://example.org/x.')).toMatchObject({
      authors: ['smith', 'lee'],
      year: 2018,
      title: 'Title here',
      url: 'https://example.org/x',
    });
    // Vancouver initials right before a bracketed year; a country after an organisation's name is not initials.
    expect(readEntryFields('Krogh J (2011). Exercise for depression. BMJ Open.')).toMatchObject({ authors: ['krogh'], year: 2011 });
    expect(readEntryFields('Smith AB, Jones C (2019). A title. J X.')).toMatchObject({ authors: ['smith', 'jones'], year: 2019 });
    expect(readEntryFields('Diabetes UK (2020). Us, diabetes and a lot of numbers.')).toMatchObject({ authors: ['diabetes uk'], year: 2020 });
    expect(looksLikeReference('The Psychly Team')).toBe(false);
    expect(looksLikeByline('The Psychly Team')).toBe(true);
    expect(looksLikeByline('Posted by Jess, 12 October 2023')).toBe(true);
    expect(looksLikeByline('Page written by Rhian Price MCSP, reviewed April 2024')).toBe(true);
    expect(looksLikeByline('Written by Dr Anika Kaur BDS (Manc), Principal Dentist, GDC no. 000000 · Reviewed April 2024')).toBe(true);
    expect(looksLikeByline('Smith, J. (2020). Team dynamics.')).toBe(false);
  });

  it('resolves "(Krogh, 2011, p. 4)" to a one-author Vancouver entry "Krogh J (2011)", and "(Age UK 2019)" to its organisation', () => {
    const article = build('It works (Krogh, 2011, p. 4). Also (Age UK 2019).\n\n## References\n\nKrogh J (2011). Exercise. BMJ Open.\n\nAge UK (2019). Later life in the United Kingdom.\n');
    expect(resolution(article)).toEqual([
      ['(Krogh, 2011, p. 4)', [1]],
      ['(Age UK 2019)', [2]],
    ]);
  });

  it('treats trailing "[n]" stubs of a web export as numbered entries', () => {
    const article = build('It works.[1] Really.[2]\n\n[1] Smith, J. (2020). One.\n\n[2]\n');
    expect(article.references[0]).toMatchObject({ kind: 'trailing', numbered: true });
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
    ]);
  });

  it('finds no list in an article without one, so every marker dangles', () => {
    const article = build('It works [2]. Fine.\n\n- plain bullet\n- another bullet\n');
    expect(article.references).toEqual([]);
    expect(resolution(article)).toEqual([['[2]', [null]]]);
  });
});

const seedPath = fileURLToPath(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url));
describe.skipIf(!existsSync(seedPath))('the seed article', () => {
  it('resolves [1] [2] [3] to its three trailing references in order', () => {
    const article = build(readFileSync(seedPath, 'utf8'), 'text');
    expect(article.title?.text).toBe('Ketamine for Anxiety');
    expect(article.references).toHaveLength(1);
    expect(article.references[0]?.kind).toBe('trailing');
    expect(article.entries.map((entry) => entry.authors[0])).toEqual(['aleksandrova', 'muscat', 'daly']);
    expect(resolution(article)).toEqual([
      ['[1]', [1]],
      ['[2]', [2]],
      ['[3]', [3]],
    ]);
    expect(article.sentences.some((sentence) => sentence.text.includes('Psychly Team'))).toBe(false);
    expect(article.sentences.map((sentence) => sentence.text)).toContain(
      'Ketamine offers distinct advantages over other anxiety treatments.',
    );
  });
});
