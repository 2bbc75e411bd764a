import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-contraindications.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const benefitsOnly = `# Ketamine for Anxiety

## How does ketamine work?

Ketamine blocks NMDA receptors in the brain. Ketamine acts within hours.

## Benefits of ketamine

Many people feel calmer after a ketamine session. Ketamine is given by infusion in a clinic.
`;

/** What the builder's title range covers for "# Ketamine for Anxiety". */
const TITLE = flaggedTexts(rule, benefitsOnly)[0] ?? '(nothing flagged)';

describe('missing-contraindications', () => {
  it('points at the title', () => expect(TITLE).toMatch(/^(# )?Ketamine for Anxiety$/));

  describe('flags a treatment article with no safety section, once, at the title', () => {
    it.each([
      ['benefits only', benefitsOnly],
      ['a safety heading with nothing under it', `${benefitsOnly}\n## Is it safe?\n\nTalk to your doctor.\n`],
      ['a safety heading that only denies risks', `${benefitsOnly}\n## Side effects\n\nThere are no side effects, and ketamine is completely natural.\n`],
    ])('%s', (_name, source) => expect(flaggedTexts(rule, source)).toEqual([TITLE]));
  });

  it('tells the editor what to add', () => {
    const [report] = runRule(rule, benefitsOnly);
    expect(report?.message).toBe(
      '"Ketamine for Anxiety" presents a treatment but has no section on who should avoid it: add one on contraindications, side effects and interactions (e.g. "Who should not take ketamine").',
    );
  });

  describe('accepts a safety section under any wording', () => {
    it.each([
      ['Who should avoid ketamine?', 'People with a history of substance misuse should not use ketamine.'],
      ['Is it safe?', 'Ketamine can raise blood pressure and cause dissociation during the session.'],
      ['Things to know before you start', 'Tell the clinic about other medicines you take: some interact with ketamine.'],
      ['Cautions', 'Pregnant women should avoid ketamine.'],
      ['Possible downsides', 'Nausea and dizziness are common for an hour or two.'],
      ['When not to take ketamine', 'Do not take ketamine if you have uncontrolled high blood pressure or psychosis.'],
    ])('"%s"', (heading, body) => expect(runRule(rule, `${benefitsOnly}\n## ${heading}\n\n${body}\n`)).toEqual([]));

    it('as a sub-heading inside another section', () => {
      const source = `${benefitsOnly}\n## Getting started\n\nBook a consultation first.\n\n### Who should not have ketamine\n\nPeople with heart disease or a history of psychosis should not have ketamine.\n`;
      expect(runRule(rule, source)).toEqual([]);
    });

    it('as a bold line standing in for a heading', () => {
      const source = `${benefitsOnly}\n**Risks**\n\nKetamine can cause bladder problems with frequent use, and people with psychosis should avoid it.\n`;
      expect(runRule(rule, source)).toEqual([]);
    });

    it('under a heading that does not say so, when its sentences are about harms', () => {
      const source = `${benefitsOnly}\n## Why is ketamine controversial?\n\nKetamine can be addictive, and heavy use damages the bladder. Mixing ketamine with alcohol or opioids is dangerous. Regular users report withdrawal symptoms and cravings. Ketamine is also sold on the street.\n`;
      expect(runRule(rule, source)).toEqual([]);
    });

    it('under a bold line that does not say so, when the paragraphs after it are about harms', () => {
      const harms =
        'Ketamine can be addictive, and heavy use damages the bladder. Mixing ketamine with alcohol or opioids is dangerous. Regular users report withdrawal symptoms and cravings.';
      expect(runRule(rule, `${benefitsOnly}\n**The part nobody tells you**\n\n${harms}\n\n**My routine**\n\nI book a session every month.\n`)).toEqual([]);
    });

    it('but not a section that mentions one harm among other things', () => {
      const source = `${benefitsOnly}\n## What patients say\n\nMost patients describe the session as calm. Some feel floaty for an hour. One patient found the nausea harmful to her mood that day. Many come back for a second course.\n`;
      expect(flaggedTexts(rule, source)).toEqual([TITLE]);
    });

    it('from the safetyHeadings option', () => {
      const source = `${benefitsOnly}\n## A note from our nurses\n\nPeople with heart disease should not have ketamine.\n`;
      expect(runRule(rule, source)).toHaveLength(1);
      expect(runRule(rule, source, { options: { safetyHeadings: ['note from our nurses'] } })).toEqual([]);
    });
  });

  describe('stays quiet on articles that are not about one treatment', () => {
    it.each([
      ['a condition', '# Migraine\n\nMigraine is a neurological condition. Attacks can last hours.\n\n## Treatment\n\nPainkillers and triptans help many people.\n'],
      ['general wellness', '# Sleep better tonight\n\nKeep a regular bedtime. Keep the bedroom dark and cool.\n'],
      ['news', '# Daily coffee not linked to irregular heartbeat, study finds\n\nCoffee drinkers had no more arrhythmia in a cohort of 300,000 adults.\n'],
      ['a condition\'s treatment options', '# Treatment options for gout\n\nGout is a painful swelling of a joint.\n\n## Medicines\n\nSeveral medicines lower uric acid.\n'],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('finds the title of an article without a title heading', () => {
    const body = 'Most adults can take it with food. It comes as tablets and as a syrup. Take it with a glass of water.\n';

    it('in a first line that reads like a page title', () => {
      const source = `Naproxen for adults - Pharmacy Guide\n\n${body}`;
      expect(runRule(rule, source)[0]?.message).toMatch(/^"Naproxen for adults - Pharmacy Guide" presents a treatment/);
    });

    it('in TOML front matter', () => {
      const source = `+++\ndate = "2020-01-01"\ntitle = "Naproxen for adults"\n+++\n\n${body}`;
      const [report] = runRule(rule, source);
      expect(report?.message).toMatch(/^"Naproxen for adults" presents a treatment/);
      // Reported at the title in the front matter, as for YAML.
      expect(source.slice(report?.range.start, report?.range.end)).toBe('Naproxen for adults');
    });

    it('not in a first line that is a sentence', () => {
      expect(runRule(rule, `Naproxen is a common painkiller.\n\n${body}`)).toEqual([]);
    });
  });

  describe('reads the title of a page saved with its site chrome', () => {
    it('from the first heading before the prose that names a treatment', () => {
      const source = readFileSync(new URL('../../fixtures/rules/missing-contraindications/flag/shop-page-saved-with-site-chrome.txt', import.meta.url), 'utf8');
      const [message] = runRule(rule, source, { format: 'text' });
      expect(message?.message).toMatch(/^"Calmgut Peppermint Oil Capsules, 0\.2 ml" presents a treatment/);
    });
    it('from the last step of a breadcrumb', () => {
      const source = 'Skip to main content\nShop | Pain Relief | Support | Basket\nHome > Pain Relief > TENS Units\n\nHow it works\nThe pads send small electrical pulses through your skin to ease pain. Our TENS units run for twenty hours on one charge. TENS units suit backs, knees and shoulders.\n';
      expect(runRule(rule, source, { format: 'text' })[0]?.message).toMatch(/^"TENS Units" presents a treatment/);
    });
    it('from a breadcrumb under a cookie banner, above a studio\'s name and tagline', () => {
      const source =
        'Skip to content\nHome | Treatments | Book Online\nWe use cookies to improve your experience. By continuing to browse you agree to our cookie policy. [Accept]\nHome > Treatments > Float Tank Sessions\n\nStillwater Float & Wellness Studio\nFeel Lighter Today\n\nStep into our warm float pod and let the salt water hold you. Regulars tell us they sleep better after every session.\n';
      expect(runRule(rule, source, { format: 'text' })[0]?.message).toMatch(/^"Float Tank Sessions" presents a treatment/);
    });
    it('but not on a condition page', () => {
      const source = readFileSync(new URL('../../fixtures/rules/missing-contraindications/quiet/condition-page-saved-with-site-chrome.txt', import.meta.url), 'utf8');
      expect(runRule(rule, source, { format: 'text' })).toEqual([]);
    });
  });

  it('asks a round-up of products for a section on all of them', () => {
    const source = '# The 5 best supplements for runners\n\n## Creatine\n\nCreatine may help sprints.\n\n## Caffeine\n\nCaffeine may help endurance.\n';
    expect(runRule(rule, source)[0]?.message).toBe(
      '"The 5 best supplements for runners" presents treatments but has no section on who should avoid them: add one on contraindications, side effects and interactions (e.g. "Who should not take these supplements").',
    );
  });

  it('names the treatment when the title names only the condition', () => {
    const source = readFileSync(new URL('../../fixtures/rules/missing-contraindications/flag/condition-title-treatment-standfirst.md', import.meta.url), 'utf8');
    expect(runRule(rule, source)[0]?.message).toMatch(/^"Hay fever" presents acupuncture as a treatment but has no section on who should avoid it:/);
  });

  describe('front matter and options', () => {
    it('treatment: false turns detection off', () => {
      expect(runRule(rule, `---\ntreatment: false\n---\n\n${benefitsOnly}`)).toEqual([]);
    });
    it('medlint: { treatment: false } turns detection off', () => {
      expect(runRule(rule, `---\nmedlint:\n  treatment: false\n---\n\n${benefitsOnly}`)).toEqual([]);
    });
    it('treatmentTerms adds a product name', () => {
      const source = '# Why we love Zentriva drops\n\nZentriva drops are taken under the tongue. Zentriva drops taste of mint. Most people take Zentriva drops at night.\n';
      expect(runRule(rule, source)).toEqual([]);
      expect(runRule(rule, source, { options: { treatmentTerms: ['Zentriva drops'] } })).toHaveLength(1);
    });
    it('reads the title from front matter when there is no heading', () => {
      const source = '---\ntitle: "Melatonin: what you need to know"\n---\n\nMelatonin is a hormone. Melatonin tablets are sold in many countries. Take melatonin an hour before bed.\n';
      const reports = runRule(rule, source);
      expect(reports).toHaveLength(1);
      expect(reports[0]?.message).toContain('"Melatonin: what you need to know"');
    });
  });

  it('leaves the seed article alone: "Who should avoid using Ketamine for Anxiety?" is its safety section', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(runRule(rule, seed, { format: 'text' })).toEqual([]);
  });

  it('flags the seed once its safety section is removed', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    const start = seed.indexOf('Who should avoid using Ketamine for Anxiety?');
    const end = seed.indexOf('How do I get started with Ketamine Therapy for Anxiety?');
    expect(flaggedTexts(rule, seed.slice(0, start) + seed.slice(end), { format: 'text' })).toEqual(['Ketamine for Anxiety']);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('missing-contraindications', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toHaveLength(1),
    );
    it.each(ruleFixtures('missing-contraindications', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toEqual([]),
    );
  });
});
