/**
 * Does an article have a section on who should avoid its treatment (rubric §5
 * `safetySection`)? A heading about safety, whatever its wording, with real
 * content under it: at least one sentence naming a risk, a group of people, a
 * side effect or an interaction.
 */
import type { Block, Heading, Range, Section, Sentence } from '../../src/article/types.js';
import { compilePhrases, type PhraseMatch } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { isFrequencyBand } from './frequency-bands.js';

const headingMatcher = compilePhrases(loadWordList('safety-headings').phrases);
const contentMatcher = compilePhrases(loadWordList('safety-content').phrases);
const riskMatcher = compilePhrases(loadWordList('safety-risk-terms').phrases);
const groupMatcher = compilePhrases(loadWordList('safety-groups').phrases);
const cautionMatcher = compilePhrases(loadWordList('safety-caution-cues').phrases);
const assuranceMatcher = compilePhrases(loadWordList('safety-assurances').phrases);
const benefitHeadingMatcher = compilePhrases(loadWordList('safety-benefit-headings').phrases);

/** "if you have any questions": a group phrase that names no group. */
const noGroupAfter = /^\s+(?:any\s+)?(?:questions|queries|concerns|doubts|worries)\b/i;

/** Words that, just before a risk word, deny it: "no side effects", "does not cause any harm". */
const denialWords = new Set(['no', 'not', 'without', 'zero', 'never', 'none', 'free', 'nor']);

const extraPatternCache = new Map<string, ((text: string) => boolean)[]>();

/** `"/regex/flags"` becomes a RegExp; anything else is a case-insensitive substring. */
export function compileHeadingPatterns(patterns: readonly string[]): ((text: string) => boolean)[] {
  const key = patterns.join('\n');
  const cached = extraPatternCache.get(key);
  if (cached) return cached;
  const tests = patterns.map((pattern) => {
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
    if (regex) {
      const flags = (regex[2] ?? '').replace(/[gy]/g, '');
      try {
        const compiled = new RegExp(regex[1] ?? '', flags.includes('i') ? flags : `${flags}i`);
        return (text: string) => compiled.test(text);
      } catch {
        // Not a valid regular expression: treat it as text.
      }
    }
    const needle = pattern.toLowerCase();
    return (text: string) => text.toLowerCase().includes(needle);
  });
  if (extraPatternCache.size > 32) extraPatternCache.clear();
  extraPatternCache.set(key, tests);
  return tests;
}

/** A warning sign in a heading ("⚠️ Please don't skip this"): ⚠, 🚫, ⛔, ❗, ‼. */
const warningSign = /[\u26A0\u26D4\u2757\u203C]|\u{1F6AB}/u;

/** True when a heading's text announces a safety section. */
export function isSafetyHeading(text: string, extraPatterns: readonly string[] = []): boolean {
  if (headingMatcher.test(text) || warningSign.test(text)) return true;
  return extraPatterns.length > 0 && compileHeadingPatterns(extraPatterns).some((test) => test(text));
}

/** What may stand between a denial and a risk word it still denies: "no known side effects or interactions". */
const listFillers = new Set(
  'known reported recorded documented proven real serious major significant common rare any other or and nor side effects effect risks risk adverse harmful dangerous negative unwanted reactions interactions allergic drug long-term short-term'.split(' '),
);

/**
 * True when a denial governs the match: "no side effects", "does not cause any
 * harm", and through a plain list, "no known side effects or interactions".
 */
function isDenied(text: string, match: PhraseMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 80), match.start);
  const clause = before.split(/[.;:!?]/).pop() ?? '';
  const words = clause.toLowerCase().replace(/’/g, "'").split(/[^\p{L}'-]+/u).filter(Boolean).slice(-8);
  const denies = (word: string) => denialWords.has(word) || word.endsWith("n't");
  if (words.slice(-3).some(denies)) return true;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    if (denies(word)) return true;
    if (!listFillers.has(word)) return false;
  }
  return false;
}

/** HTML comments out, by index search: an unclosed "<!--" must not make the scan quadratic. */
function withoutComments(text: string): string {
  let result = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open === -1) return result + text.slice(from);
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return result + text.slice(from, open);
    result += `${text.slice(from, open)} `;
    from = close + 3;
  }
}

/** Markup and link destinations out, so only words the reader sees are judged. */
function visibleText(markdown: string): string {
  return withoutComments(markdown)
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>]{1,200}>/g, ' ');
}

/**
 * True when the text under a safety heading has real content: some sentence
 * names a risk, a group, a side effect or an interaction (and not only to deny
 * there are any).
 */
export function hasSafetyContent(text: string): boolean {
  const shown = visibleText(text);
  if (shown.replace(/\s+/g, '').length < 20) return false;
  // "Are remedies safe for little ones? Absolutely! ... completely safe ... during pregnancy": reassurance, however many
  // groups and harms it names, is not a section on who should avoid it.
  const sentences = shown.split(/(?<=[.!?])\s+|\n/).filter((sentence) => /\p{L}/u.test(sentence));
  const rest = sentences.filter((sentence) => !reassures(sentence));
  // An answer that opens by reassuring ("Absolutely — it is completely safe and non-addictive. ... If you're pregnant,
  // check with your GP first.") with one caution tacked on is reassurance with a referral, not a safety section.
  const needed = sentences.length > 0 && reassures(sentences[0] ?? '') ? 2 : 1;
  return rest.filter(warnsInSection).length >= needed;
}

/** A sentence with safety content: a harm it does not deny, a denied assurance, or a group warned or advised. */
function warnsInSection(sentence: string): boolean {
  if (contentMatcher.matchAll(sentence).some((match) => !isDenied(sentence, match))) return true;
  // A group of people counts in a sentence that warns or advises about it, not in "gentle enough for children".
  return deniesAssurance(sentence) || namesGroupWithCaution(sentence);
}

/** Safety promised outright ("completely safe", "no side effects", "you can't overdose"): unhedged-efficacy's list. */
const absoluteSafetyMatcher = compilePhrases(loadWordList('hedging-absolute-safety').phrases.map((line) => line.split('=>')[0]?.trim() ?? line));

function reassures(sentence: string): boolean {
  // "Most people are absolutely fine, but some get a headache" warns.
  if (/\b(?:but|however|although|though|except|unless|apart from)\b/i.test(sentence)) return false;
  return absoluteSafetyMatcher.matchAll(sentence).some((match) => !isDenied(sentence, match)) || HARMS_PLAYED_DOWN.test(sentence);
}

/** "Side effects are rare and, when they do occur, are usually mild": harms waved away without naming one. */
const HARMS_PLAYED_DOWN =
  /^[\s*_]*(?:any\s+)?(?:side[ -]effects|risks|complications|problems|reactions)\s+(?:are|is)\s+(?:very\s+|extremely\s+|usually\s+)?(?:rare|uncommon|minimal|mild|negligible|few and far between)\b/i;

/** Qualifiers that leave a group as wide as before: "any other prescription medicines". */
const genericQualifiers = new Set(['any', 'other', 'your', 'a', 'an', 'prescription', 'regular', 'current', 'existing', 'pre-existing', 'underlying', 'ongoing', 'medical', 'health', 'chronic']);
/** What every reader may have: "if you take other medicines" (or "anything"), "if you have a medical condition". */
const medicineWords = new Set(['anything', 'something', 'medicine', 'medicines', 'medication', 'medications', 'drugs', 'supplements']);
const conditionWords = new Set(['condition', 'conditions', 'problems', 'issues']);
/** Qualifiers that make "conditions" a health condition without saying which. */
const healthQualifiers = new Set(['medical', 'health', 'underlying', 'pre-existing', 'existing', 'chronic']);

/**
 * True when the group is everyone on medicines or with a health condition:
 * "If you take other medications, talk to your doctor" is a referral, not a
 * warning about anyone in particular. "If you take blood thinners" names one.
 */
function isGenericGroup(after: string): boolean {
  const words = after.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean).slice(0, 5);
  const head = words.findIndex((word) => !genericQualifiers.has(word));
  const noun = words[head] ?? '';
  if (medicineWords.has(noun)) return true;
  return conditionWords.has(noun) && words.slice(0, head).some((word) => healthQualifiers.has(word));
}

function namesGroupWithCaution(sentence: string): boolean {
  const groups = groupMatcher
    .matchAll(sentence)
    .filter((match) => !noGroupAfter.test(sentence.slice(match.end)) && !isGenericGroup(sentence.slice(match.end, match.end + 80)) && !isDenied(sentence, match));
  return groups.length > 0 && cautionMatcher.test(sentence);
}

function* walk(sections: readonly Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walk(section.children);
  }
}

export interface FindSafetySectionOptions {
  /** Extra heading wordings (the rule's `safetyHeadings`). */
  extraPatterns?: readonly string[];
  /** The title's range: a title such as "Benefits and risks of X" heads the whole article, not a section. */
  titleRange?: Range | null;
}

/** The first section (at any depth) with a safety heading and real content under it. */
export function findSafetySection(
  sections: readonly Section[],
  source: string,
  options: FindSafetySectionOptions = {},
): Section | null {
  const { extraPatterns = [], titleRange = null } = options;
  for (const section of walk(sections)) {
    const heading = section.heading;
    if (!heading || !isSafetyHeading(heading.text, extraPatterns)) continue;
    if (titleRange && heading.range.start === titleRange.start) continue;
    // Only the text before the first sub-section counts as the section's own words.
    const ownEnd = section.children[0]?.range.start ?? section.range.end;
    const body = hasSafetyContent(source.slice(heading.range.end, ownEnd)) ? true : sectionChildrenHaveContent(section, source);
    if (body) return section;
  }
  return null;
}

/** True when a sentence names a harm of taking something ("can be addictive", "adverse interactions"), not only to deny one. */
export function namesRisk(text: string): boolean {
  return riskMatcher.matchAll(text).some((match) => !isDenied(text, match) && !takeOurWord.test(text.slice(match.end, match.end + 20)));
}

/** "Don't take our word for it": an idiom, not a prohibition. */
const takeOurWord = /^\s+(?:our|my|their|his|her|anyone's)\s+word\b/i;

/** "aren't harmless", "isn't right for everyone", "not regulated like medicines": a safety assurance, denied. */
function deniesAssurance(text: string): boolean {
  return assuranceMatcher.matchAll(text).some((match) => isDenied(text, match));
}

/** After "Never" or "Do not" opening a sentence: words that make it encouragement ("Don't worry"), not a prohibition. */
const notProhibitions = new Set(
  'worry worried forget miss wait hesitate let just be give settle stress panic despair lose believe take'.split(' '),
);

/**
 * A sentence that forbids the reader something, opening with "Never" or "Do
 * not": "Never plunge alone", "Don't do this on your own long-term". "Don't
 * worry", "Never give up" and "Don't take our word for it" encourage instead.
 */
function forbids(text: string): boolean {
  const opening = /^[\s*_>"“(-]*(?:never|do\s+not|don['’]t)\s+([\p{L}]+)/iu.exec(text);
  return opening !== null && !notProhibitions.has((opening[1] ?? '').toLowerCase());
}

/**
 * True when a sentence is the stuff of a safety section: it names a harm, warns
 * a group of people ("If you have heart disease, talk to your doctor first"),
 * denies a safety assurance ("isn't right for everyone") or forbids the reader
 * something ("Never use tap water"). A benefit paragraph can mention a side
 * effect in passing; it rarely does these in most of its sentences.
 */
export function isSafetySentence(text: string): boolean {
  return namesRisk(text) || namesGroupWithCaution(text) || deniesAssurance(text) || forbids(text);
}

/**
 * A lead-in that hands its warning to the list under it: "Do not use it:",
 * "Ask the pharmacist before buying if:", "Tell us if any of the following
 * apply:". Each item then names a condition or a group the warning is for.
 */
function leadsIntoWarningList(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':')) return false;
  return isSafetySentence(trimmed) || isFrequencyBand(trimmed) || (/\b(?:if|unless|when)\b/i.test(trimmed) && cautionMatcher.test(trimmed));
}

/** `isSafetySentence` of a sentence's prose, once per sentence: the section and the bold-line scans read the same ones. */
const warnsBySentence = new WeakMap<Sentence, boolean>();

function sentenceWarns(sentence: Sentence): boolean {
  let warns = warnsBySentence.get(sentence);
  if (warns === undefined) warnsBySentence.set(sentence, (warns = isSafetySentence(sentence.prose)));
  return warns;
}

/** Counts a run of blocks' safety sentences, with list items under a warning lead-in counted as warnings. */
class SafetyTally {
  safety = 0;
  all = 0;
  /** Blocks (paragraphs, list items) with a safety sentence. */
  blocks = 0;
  private warningList = false;

  add(block: Block): void {
    const inherits = this.warningList && block.kind === 'listItem';
    if (block.kind !== 'listItem') this.warningList = false;
    let found = 0;
    for (const sentence of block.sentences) {
      this.all++;
      if (inherits || sentenceWarns(sentence)) found++;
    }
    this.safety += found;
    if (found > 0) this.blocks++;
    const last = block.sentences[block.sentences.length - 1];
    if (block.kind !== 'listItem' && last) this.warningList = leadsIntoWarningList(last.prose);
  }
}

export interface ContentSafetySection {
  section: Section;
  /** Sentences of the section that name a harm, and all its sentences. */
  riskSentences: number;
  sentences: number;
}

/** A section this short cannot be told from a passing warning. */
const MIN_RISK_SENTENCES = 3;
/** Share of a section's sentences that must name a harm for its content to make it a safety section. */
const MIN_RISK_SHARE = 0.3;
/** The share when all of them sit in one paragraph or list item. */
const MIN_ONE_BLOCK_SHARE = 0.5;

/**
 * A section whose heading does not announce safety but whose sentences are
 * largely about harms ("Why the controversy?" over paragraphs on addiction,
 * side effects and interactions): the rubric counts a safety section under
 * any heading wording. Each section's own sentences (not its sub-sections')
 * are judged, so a long article's one warning does not make its parent a
 * safety section.
 */
export function findSafetySectionByContent(blocks: readonly Block[]): ContentSafetySection | null {
  const tally = new Map<Section, SafetyTally>();
  for (const block of blocks) {
    const section = block.section;
    if (!section?.heading || announcesBenefit(section.heading.text)) continue;
    let entry = tally.get(section);
    if (!entry) tally.set(section, (entry = new SafetyTally()));
    entry.add(block);
  }
  for (const [section, entry] of tally) {
    if (isMostlyAboutHarm(entry)) return { section, riskSentences: entry.safety, sentences: entry.all };
  }
  return null;
}

/**
 * "2. CBD Can Treat Anxiety", "Benefits": a section about what the treatment does
 * for the reader. Its harms are the condition's or a rival medicine's ("drugs
 * that can cause lethargy"), not the treatment's, so they are not counted.
 */
function announcesBenefit(heading: string): boolean {
  return benefitHeadingMatcher.test(heading) && !isSafetyHeading(heading);
}

/**
 * At least three safety sentences, and a share of the whole; when they all sit in
 * one paragraph of a section about something else ("The keto flu" with one
 * "Heads up:" paragraph), half of it: a warning paragraph is not a section.
 */
function isMostlyAboutHarm({ safety, all, blocks }: SafetyTally): boolean {
  const share = blocks >= 2 ? MIN_RISK_SHARE : MIN_ONE_BLOCK_SHARE;
  return safety >= MIN_RISK_SENTENCES && safety / all >= share;
}

/**
 * The same judgement for a bold pseudo-heading's blocks, up to the next
 * pseudo-heading or real section: bloggers head a safety part
 * "**The not-so-fun part (please read this)**".
 */
export function findSafetyPseudoSectionByContent(blocks: readonly Block[], source: string): PseudoSection | null {
  let current: { heading: string; start: number; end: number; tally: SafetyTally } | null = null;
  const judge = (): PseudoSection | null =>
    current && isMostlyAboutHarm(current.tally)
      ? { heading: current.heading, range: { start: current.start, end: current.end } }
      : null;
  let section: Section | null | undefined;
  for (const block of blocks) {
    const text = block.kind === 'paragraph' ? source.slice(block.range.start, block.range.end).trim() : '';
    // Bold lines only: a bare line ("Before X, the options were") is as often a lead-in as a heading.
    const heading = /^(?:\*\*|__)/.test(text) ? pseudoHeadingText(text) : null;
    if (heading !== null || block.section !== section) {
      const found = judge();
      if (found) return found;
      current = heading === null || announcesBenefit(heading) ? null : { heading, start: block.range.start, end: block.range.end, tally: new SafetyTally() };
      section = block.section;
      if (heading !== null) continue;
    }
    if (!current) continue;
    current.end = block.range.end;
    current.tally.add(block);
  }
  return judge();
}

/** Sub-sections ("Common", "Serious") of a safety section carry its content. */
function sectionChildrenHaveContent(section: Section, source: string): boolean {
  return section.children.some((child) => {
    const start = child.heading ? child.heading.range.end : child.range.start;
    return hasSafetyContent(source.slice(start, child.range.end)) || sectionChildrenHaveContent(child, source);
  });
}

/**
 * A paragraph standing in for a heading: a line wholly in bold ("**Risks**"),
 * or, in exports that lost their markup, a short bare line without final
 * punctuation ("Adverse effects").
 */
export function pseudoHeadingText(blockSource: string): string | null {
  const line = blockSource.trim();
  if (line === '' || /[\r\n]/.test(line) || line.length > 100) return null;
  const bold = /^(\*\*|__)([^*_]+?)\1:?$/.exec(line) ?? /^(\*\*|__)([^*_]+?):\1$/.exec(line);
  if (bold) return (bold[2] ?? '').trim().replace(/:$/, '');
  const words = line.split(/\s+/);
  if (words.length > 8 || /[.!,;]$/.test(line) || /[[\]()*_`<>]/.test(line)) return null;
  return /^[\p{Lu}\p{N}]/u.test(line) ? line.replace(/:$/, '') : null;
}

export interface PseudoSection {
  heading: string;
  /** From the pseudo-heading to the next heading or pseudo-heading. */
  range: Range;
}

/**
 * The first bold or bare-line pseudo-heading about safety with real content
 * after it, for articles whose headings are not marked up as headings.
 */
export function findSafetyPseudoSection(
  blocks: readonly Block[],
  headings: readonly Heading[],
  source: string,
  extraPatterns: readonly string[] = [],
): PseudoSection | null {
  const pseudo = blocks
    .map((block) => ({ block, text: block.kind === 'paragraph' ? pseudoHeadingText(source.slice(block.range.start, block.range.end)) : null }))
    .filter((entry): entry is { block: Block; text: string } => entry.text !== null);
  for (const [index, { block, text }] of pseudo.entries()) {
    if (!isSafetyHeading(text, extraPatterns)) continue;
    const nextPseudo = pseudo[index + 1]?.block.range.start ?? source.length;
    const nextHeading = headings.find((heading) => heading.range.start >= block.range.end)?.range.start ?? source.length;
    const end = Math.min(nextPseudo, nextHeading);
    if (hasSafetyContent(source.slice(block.range.end, end))) {
      return { heading: text, range: { start: block.range.start, end } };
    }
  }
  return null;
}
