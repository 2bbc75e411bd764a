/**
 * Is an article's main subject one specific treatment a reader might take or
 * undergo (rubric §5, `treatment: true`)? Decided from the title first, then
 * confirmed by how much of the body talks about that treatment. Pure: takes
 * strings, returns a decision with the reason, so other rules can reuse it.
 */
import type { Article } from '../../src/article/types.js';
import { compilePhrases, escapeRegExp, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';

export interface TreatmentInput {
  title: string | null;
  headings: readonly string[];
  /** Parsed front matter, or null. `treatment: false` / `medlint: { treatment: false }` overrides detection. */
  frontMatter: Record<string, unknown> | null;
  /** Body sentences, ideally their `prose` (code, URLs and markers blanked). */
  sentences: readonly string[];
  /** Extra treatment words (the rule's `treatmentTerms` option). */
  extraTerms?: readonly string[];
  /**
   * The sentences in the author's own voice (blockquotes left out), to tell
   * a practitioner's or blogger's post under a news headline from a news
   * report. `sentences` when absent.
   */
  ownSentences?: readonly string[];
}

export interface TreatmentDecision {
  treatment: boolean;
  /** The treatment as the article names it ("Ketamine"), or null. */
  subject: string | null;
  /** Why, in a few words (for tests and debugging). */
  reason: string;
}

const knownTerms = loadWordList('treatment-terms').phrases;
const termMatcher = compilePhrases(knownTerms);
const genericMatcher = compilePhrases(loadWordList('treatment-generic').phrases);
const conditionMatcher = compilePhrases(loadWordList('treatment-conditions').phrases);
const newsMatcher = compilePhrases(loadWordList('treatment-news').phrases);
const productCategoryMatcher = compilePhrases(loadWordList('treatment-product-categories').phrases);
/**
 * What a title's "for ..." can name: a condition, a disease, a symptom or a part of the body ("for anxiety", "for
 * gout flares", "for coughs", "for stiff joints"). Compiled on first use: only titles that offer something "for"
 * a thing, or a trial period, ask, and a one-file run should not pay for it at start-up.
 */
let titleConditionMatcher: PhraseMatcher | null = null;
function namesCondition(text: string): boolean {
  titleConditionMatcher ??= compilePhrases([
    ...loadWordList('treatment-conditions').phrases,
    ...loadWordList('supplement-diseases').phrases,
    ...loadWordList('claim-health-terms').phrases,
    // "for stiff joints", "for your skin", "for the heart": a part of the body or its state stands for its complaints.
    ...loadWordList('claim-body-states').phrases,
    ...loadWordList('claim-body-terms').phrases,
  ]);
  return titleConditionMatcher.test(text);
}

/**
 * Drug names by their class suffix: atorvastatin, lisinopril, adalimumab, omeprazole...; and procedures by
 * theirs: cystoscopy, hysterectomy, angioplasty, colostomy.
 */
const drugSuffixPattern =
  /(?<![\p{L}\p{N}])\p{L}{3,24}(?:statin|pril|sartan|olol|mab|prazole|azole|cillin|mycin|floxacin|cycline|tidine|triptan|azepam|azolam|oxetine|afil|gliptin|glutide|dronate|xaban|parin|setron|lukast|tinib|profen|codone|pram|faxine|triptyline|azepine|apine|dipine|idone|isone|olone|tadine|ectomy|ectomies|(?<!micro|spectro)scopy|(?<!micro|spectro)scopies|plasty|plasties|ostomy|ostomies)s?(?![\p{L}\p{N}])/iu;

/** "<name> therapy", "<name> oil", "<name> diet", "<name> reset"...: the kind word; the one or two words before it name the treatment. */
const treatmentKindPattern =
  /(?<![\p{L}\p{N}])(?:therapy|supplements?|oil|diet|infusions?|injections?|tea|extract|capsules?|gummies|pills?|tablets?|patch|cream|method|protocol|fasting|cleanse|reset|surgery|implants?)(?![\p{L}\p{N}])/iu;

/** Words that never name a treatment on their own when they stand before a kind word. */
const emptyModifiers = new Set(
  'a an the my your our their this that these best top new good great natural alternative effective simple easy daily your complete ultimate guide to of for and with without or than versus vs instead no fewer less more better how why what is are does do can about all some many few several every two three four five six seven eight nine ten eleven twelve taking using trying drinking eating'.split(
    ' ',
  ),
);

const wordChar = /[\p{L}\p{N}]/u;

/** "(Ketamine:" → "Ketamine". A loop, not a regex anchored at the end, so long runs of punctuation stay linear. */
function trimToWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !wordChar.test(word.charAt(start))) start++;
  while (end > start && !wordChar.test(word.charAt(end - 1))) end--;
  return word.slice(start, end);
}

/**
 * `compile` once per key: rules ask for the same subject's or option's pattern
 * over and over, and a compiled regex also runs faster once warm. Bounded, so
 * a long run over many articles cannot grow it without end.
 */
function compiledOnce<T>(compile: (key: string) => T, limit = 256): (key: string) => T {
  const compiled = new Map<string, T>();
  return (key) => {
    if (compiled.has(key)) return compiled.get(key) as T;
    if (compiled.size >= limit) compiled.clear();
    const value = compile(key);
    compiled.set(key, value);
    return value;
  };
}

const extraTermsMatcher = compiledOnce((joined) => compilePhrases(joined.split('\n')), 32);

function matcherForExtraTerms(extraTerms: readonly string[] | undefined): PhraseMatcher | null {
  if (!extraTerms || extraTerms.length === 0) return null;
  return extraTermsMatcher(extraTerms.join('\n'));
}

export interface TreatmentMention {
  text: string;
  start: number;
}

/** Specific treatments named in a piece of text, left to right (generic category words excluded). */
export function findTreatmentMentions(text: string, extraTerms?: readonly string[]): TreatmentMention[] {
  const found: TreatmentMention[] = [];
  const generic = genericMatcher.matchAll(text);
  const insideGeneric = (start: number, end: number) => generic.some((g) => start >= g.start && end <= g.end);
  const add = (mentionText: string, start: number) => {
    if (insideGeneric(start, start + mentionText.length)) return;
    if (found.some((m) => start >= m.start && start < m.start + m.text.length)) return;
    found.push({ text: mentionText, start });
  };

  for (const match of matcherForExtraTerms(extraTerms)?.matchAll(text) ?? []) add(match.text, match.start);
  for (const match of termMatcher.matchAll(text)) add(match.text, match.start);
  const drug = drugSuffixPattern.exec(text);
  if (drug) add(drug[0], drug.index);
  const kind = treatmentKindPattern.exec(text);
  const kindEnd = kind ? kind.index + kind[0].length : 0;
  // "Gentle Reset Detox Programme": a kind word right before a named treatment modifies it.
  if (kind && !found.some((m) => m.start > kind.index && m.start <= kindEnd + 1)) {
    const before = text.slice(0, kind.index).trimEnd();
    const modifierWords = before.split(/\s+/).slice(-2);
    // Stop at the first empty word from the right: "the best ketamine therapy" → "ketamine".
    const meaningful: string[] = [];
    for (const word of modifierWords.reverse()) {
      const bare = trimToWord(word);
      if (bare === '' || bare !== word.replace(/^[("'“‘]+/u, '') || emptyModifiers.has(bare.toLowerCase()) || /^\d+$/.test(bare)) break;
      meaningful.unshift(bare);
    }
    const modifier = meaningful.join(' ');
    if (meaningful.length > 0 && !conditionMatcher.test(modifier)) {
      add(`${modifier} ${kind[0]}`, before.lastIndexOf(meaningful[0] ?? ''));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when a title reports news: "…, trial finds", "New study shows…". */
export function isNewsTitle(title: string): boolean {
  return newsMatcher.test(title);
}

const SERVICE_CHANGE = /^\W*changes? to (?:how we|the way we|our|prescribing|repeat prescriptions)\b/i;

/** "I", "my", "we", "our", "us" (not "US", not "type I" or "stage I"). */
const firstPersonPattern =
  /(?<![\p{L}\p{N}'’])(?:(?<!(?:type|stage|phase|class|grade|part|chapter|level|Type|Stage|Phase|Class|Grade|Part|Chapter|Level) )I|[Mm]y|me|[Ww]e|[Oo]ur|[Uu]s|ours|myself|ourselves)(?![\p{L}\p{N}])/u;

/** A quotation left open this many sentences is a stray mark, not a quotation. */
const MAX_QUOTED_SENTENCES = 4;

/**
 * A headline can read like news ("Study finds acupuncture effective") over a
 * post in which a practitioner or user speaks for the treatment in the first
 * person ("those of us who give acupuncture", "my patients"): news reports
 * speak in the third person and leave "we" to the people they quote. Text
 * inside quotation marks, even a quotation running over several sentences,
 * is someone else's voice.
 */
function writtenInFirstPerson(sentences: readonly string[]): boolean {
  if (sentences.length === 0) return false;
  let count = 0;
  let inQuote = false;
  let quotedFor = 0;
  for (const sentence of sentences) {
    let own = '';
    let sawQuote = false;
    for (const char of sentence) {
      if (char === '"' || char === '“' || char === '”') {
        sawQuote = true;
        inQuote = char === '“' ? true : char === '”' ? false : !inQuote;
        own += ' ';
      } else own += inQuote ? ' ' : char;
    }
    quotedFor = inQuote && !sawQuote ? quotedFor + 1 : 0;
    if (quotedFor >= MAX_QUOTED_SENTENCES) inQuote = false;
    if (firstPersonPattern.test(own)) count++;
  }
  return count >= 2 && count / sentences.length >= 0.2;
}

/** True when the text names a category of treatments ("supplements", "remedies") rather than one. */
export function namesManyOptions(text: string): boolean {
  return genericMatcher.test(text);
}

/** `treatment: false`, `medlint: { treatment: false }` (and `true`) in front matter. */
export function frontMatterOverride(frontMatter: Record<string, unknown> | null): boolean | null {
  if (!frontMatter) return null;
  const medlint = frontMatter['medlint'];
  if (medlint && typeof medlint === 'object' && 'treatment' in medlint) {
    const value = (medlint as Record<string, unknown>)['treatment'];
    if (typeof value === 'boolean') return value;
  }
  const direct = frontMatter['treatment'];
  return typeof direct === 'boolean' ? direct : null;
}

const kindWords = new Set(
  'therapy supplement supplements oil diet infusion infusions injection injections tea extract capsule capsules gummies pill pills tablet tablets patch cream method protocol cleanse reset surgery implant implants care treatment'.split(
    ' ',
  ),
);


/**
 * One regex that finds the subject in body sentences: its distinctive words,
 * with long words matched by stem so "chiropractic" also finds "chiropractor".
 */
export function subjectPattern(subject: string): RegExp | null {
  return subjectPatternOf(subject);
}

const subjectPatternOf = compiledOnce(compileSubjectPattern);

function subjectAlternatives(subject: string): string[] {
  const words = subject
    .toLowerCase()
    .split(/[\s/]+/)
    .map((word) => trimToWord(word))
    .filter((word) => word.length >= 2 && !kindWords.has(word) && !emptyModifiers.has(word));
  return words.map((word) => {
    if (word.length >= 9) return `${escapeRegExp(word.slice(0, -3))}[\\p{L}]{0,5}`;
    const singular = word.endsWith('s') && word.length > 4 ? word.slice(0, -1) : word;
    return `${escapeRegExp(singular)}s?`;
  });
}

function compileSubjectPattern(subject: string): RegExp | null {
  const alternatives = subjectAlternatives(subject);
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * `subjectPattern(subject).test(text)`, faster: the same pattern without its
 * leading look-behind, which V8 would try at every position of the text; the
 * character before each match is checked here instead, and the search goes on
 * one position later when it is a letter or digit. Same answers.
 */
const subjectTester = compiledOnce(compileSubjectTester);

function compileSubjectTester(subject: string): ((text: string) => boolean) | null {
  const find = compileSubjectFinder(subject);
  return find && ((text) => find(text) !== undefined);
}

/** `subjectPattern(subject).exec(text)?.[0]`, with the same speed-up as subjectTester. */
export const subjectFinder = compiledOnce(compileSubjectFinder);

function compileSubjectFinder(subject: string): ((text: string) => string | undefined) | null {
  const alternatives = subjectAlternatives(subject);
  if (alternatives.length === 0) return null;
  const pattern = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => findAtWordStart(pattern, text)?.[0];
}

/**
 * The first match of a global `pattern` that does not start inside a word: what a leading
 * `(?<![\p{L}\p{N}])` would find, without V8 trying that look-behind at every position.
 */
export function findAtWordStart(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!letterOrDigitBefore(text, match.index)) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** With the pattern's flags: under `i`, U+0345 (a combining mark that case-folds to ι) counts as a letter. */
const letterOrDigit = /[\p{L}\p{N}]/iu;

/** Whether the code point ending just before `index` is a letter or digit (what `(?<![\p{L}\p{N}])` looks at). */
function letterOrDigitBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return letterOrDigit.test(text.slice(index - 2, index));
  }
  return letterOrDigit.test(text.charAt(index - 1));
}

/** Share of sentences that mention the subject, and how many do. */
export function subjectCoverage(subject: string, sentences: readonly string[]): { count: number; share: number } {
  const test = sentences.length === 0 ? null : subjectTester(subject);
  if (!test) return { count: 0, share: 0 };
  let count = 0;
  for (const sentence of sentences) if (test(sentence)) count++;
  return { count, share: count / sentences.length };
}

const categoryPattern = compiledOnce((category) => {
  const last = category.split(/\s+/).pop() ?? category;
  const stem = last.endsWith('ies') ? `${last.slice(0, -3)}(?:y|ies)` : last.endsWith('s') ? `${escapeRegExp(last.slice(0, -1))}s?` : escapeRegExp(last);
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem}(?![\\p{L}\\p{N}])`, 'iu');
});

/** Like `subjectCoverage` for a category word ("supplements"), which `subjectPattern` leaves out as a kind word. */
function categoryCoverage(category: string, texts: readonly string[]): { count: number; share: number } {
  const pattern = categoryPattern(category);
  if (texts.length === 0) return { count: 0, share: 0 };
  let count = 0;
  for (const text of texts) if (pattern.test(text)) count++;
  return { count, share: count / texts.length };
}

/**
 * A title names the main subject unless the body almost never returns to it
 * ("How I sleep without melatonin" in a long article about routines).
 */
function bodyIsAbout(coverage: { count: number; share: number }, sentenceCount: number): boolean {
  if (sentenceCount < 10) return true; // too short to contradict the title
  return coverage.count >= 2 || coverage.share >= 0.05;
}

/** Distinct specific treatments named in the title (case-insensitive). */
function distinctSubjects(mentions: TreatmentMention[]): string[] {
  const seen = new Map<string, string>();
  for (const mention of mentions) {
    const key = mention.text.toLowerCase().replace(/s$/, '');
    if (![...seen.keys()].some((known) => known.includes(key) || key.includes(known))) seen.set(key, mention.text);
  }
  return [...seen.values()];
}

/** How many sentences at the top of an article count as its opening (a standfirst, a deck, a lead paragraph). */
const LEAD_SENTENCES = 6;
/** After a treatment that opens a sentence: a verb presenting it as the answer ("Homeopathy can help you sleep"). */
const answerVerbPattern =
  /^[\s,]*(?:(?:can|may|might|could|will|really|often|truly)\s+)?(?:help|helps|heal|heals|treat|treats|relieve|relieves|ease|eases|cure|cures|improve|improves|work|works|calm|calms|soothe|soothes|offer|offers|restore|restores|boost|boosts|fix|fixes|transform|transforms)(?![\p{L}\p{N}])/iu;

/**
 * A title on a condition ("Insomnia") over an opening that presents one
 * treatment as the answer ("Homeopathy can help you achieve a good night's
 * sleep") in an article that keeps returning to it: the treatment is the
 * subject, the condition its occasion.
 */
function leadTreatment(input: TreatmentInput): { subject: string; count: number } | null {
  for (const sentence of input.sentences.slice(0, LEAD_SENTENCES)) {
    const opening = sentence.search(/[\p{L}\p{N}]/u);
    if (opening === -1) continue;
    const [first] = findTreatmentMentions(sentence, input.extraTerms);
    if (!first || first.start !== opening) continue;
    if (!answerVerbPattern.test(sentence.slice(first.start + first.text.length))) continue;
    const coverage = subjectCoverage(first.text, [...input.headings, ...input.sentences]);
    if (coverage.count >= 4) return { subject: first.text, count: coverage.count };
  }
  return null;
}

/** Without a usable title: the treatment most of the body and headings keep naming, if one dominates. */
function dominantBodySubject(input: TreatmentInput): { subject: string; share: number } | null {
  const counts = new Map<string, { text: string; count: number }>();
  const texts = [...input.headings, ...input.sentences];
  for (const text of texts) {
    const seenHere = new Set<string>();
    for (const mention of findTreatmentMentions(text, input.extraTerms)) {
      // "vape", "vapes" and "vaping" are one subject.
      const key = mention.text.toLowerCase().replace(/s$/, '').replace(/(?:ing|e)$/, '');
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const entry = counts.get(key) ?? { text: mention.text, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  let best: { text: string; count: number } | null = null;
  let runnerUp = 0;
  for (const entry of counts.values()) {
    if (!best || entry.count > best.count) {
      runnerUp = best?.count ?? 0;
      best = entry;
    } else if (entry.count > runnerUp) runnerUp = entry.count;
  }
  if (!best || texts.length === 0) return null;
  const share = best.count / texts.length;
  // One treatment named throughout, and well ahead of any other: not a comparison.
  if (best.count >= 5 && share >= 0.25 && best.count >= 2 * runnerUp) return { subject: best.text, share };
  return null;
}

const decisionsByArticle = new WeakMap<Article, Map<string, TreatmentDecision>>();

/**
 * `detectTreatmentSubject` for an Article's title, headings, front matter and
 * sentence prose, decided once per article, title and extra terms: four rules
 * ask the same question of every article.
 */
export function articleTreatmentSubject(
  article: Article,
  options: { title?: string | null; extraTerms?: readonly string[] } = {},
): TreatmentDecision {
  const title = options.title === undefined ? (article.title?.text ?? null) : options.title;
  const extraTerms = options.extraTerms ?? [];
  const key = `${title ?? ''}\u0000${extraTerms.join('\u0000')}`;
  let decisions = decisionsByArticle.get(article);
  if (!decisions) decisionsByArticle.set(article, (decisions = new Map()));
  let decision = decisions.get(key);
  if (!decision) {
    decision = detectTreatmentSubject({
      title,
      headings: article.headings.map((heading) => heading.text),
      frontMatter: article.frontMatter?.data ?? null,
      sentences: article.sentences.map((sentence) => sentence.prose),
      ownSentences: article.sentences.filter((sentence) => !sentence.block.inBlockquote).map((sentence) => sentence.prose),
      extraTerms,
    });
    decisions.set(key, decision);
  }
  return decision;
}

/**
 * A shop's product title gives a strength or a pack size: "... – 90 Vegetable
 * Capsules", "Vitamin D3 1000 IU", "Night Gummies (60 count)", "Hair Growth Serum – 60ml". Whatever the
 * brand name, it is something to take.
 */
const PRODUCT_LISTING =
  /\b\d+\s*(?:mg|mcg|µg|iu|ml)\b|\b\d+\s+(?:[\p{L}-]+\s+)?(?:capsules|caps|tablets|tabs|softgels|gummies|lozenges|sachets|servings)\b|\(\d+\s*(?:count|ct)\)/iu;

/** A listicle that ranks treatments: a count or "best"/"ranked"/"that work" beside "treatments". */
const RANKED_TREATMENTS = /^(?=.*\btreatments\b)(?:(?:the\s+)?(?:top\s+)?\d{1,2}\s|.*\b(?:best|ranked|rated|that (?:actually |really )?work)\b)/i;

function rankedTreatments(title: string): { phrase: string; text: string } | undefined {
  const word = RANKED_TREATMENTS.test(title) ? /\btreatments\b/i.exec(title)?.[0] : undefined;
  return word === undefined ? undefined : { phrase: 'treatments', text: word };
}

/**
 * A shop's product name as the title: a few capitalised words ending in the kind of thing sold to use on the body
 * ("Veyrashade Digital Defence Glasses", "GutLumen 200 Food Intolerance Test", "Calmwave Sleep Patches"; the kinds
 * are rules/words/treatment-product-kinds.txt). No question or function words: "How to Choose Reading Glasses" is an
 * article, not a listing.
 */
const productKinds: ReadonlySet<string> = new Set(loadWordList('treatment-product-kinds').phrases);
const FUNCTION_WORD = /\b(?:how|what|why|when|which|best|vs|to|for|the|a|an|your|my|of|and|or|with|review)\b/i;
const MAX_PRODUCT_TITLE_WORDS = 6;

function isProductTitle(title: string): boolean {
  const name = title.replace(/[™®©]/g, '').trim();
  // "Wake Up Human – The Science-Backed Hangover Gummy": a brand, then the product named in a tagline.
  const [brand, tagline, ...more] = name.split(/\s[–—|-]\s/);
  if (tagline !== undefined && more.length === 0 && (brand ?? '').split(/\s+/).length <= 4 && /^(?:The|Our)\s/.test(tagline)) {
    return isProductName(tagline.replace(/^(?:The|Our)\s+/, ''));
  }
  // "CopperFlex Pro Magnetic Knee Brace – Adjustable, One Size": the name, then the listing's options.
  return isProductName(name) || (tagline !== undefined && isProductName(brand ?? ''));
}

/** The product named by a product title, without the listing's options after a dash ("… Knee Brace – Adjustable, One Size"). */
function productTitleName(title: string): string {
  const name = title.replace(/[™®©]/g, '').trim();
  const [first] = name.split(/\s[–—|-]\s/);
  return first !== undefined && first !== name && isProductName(first) ? first : name;
}

function isProductName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > MAX_PRODUCT_TITLE_WORDS || FUNCTION_WORD.test(name)) return false;
  return productKinds.has(words[words.length - 1] ?? '') && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/** The product's own name, before the pack details: "TurmaFlex Gold" from "TurmaFlex Gold™ – 90 Capsules". */
function productName(title: string): string | null {
  const name = (title.split(/\s[–—|-]\s|,\s/)[0] ?? '').replace(/[™®©]/g, '').trim();
  if (name === '' || PRODUCT_LISTING.test(name) || name.split(/\s+/).length > 4) return null;
  return name;
}

/**
 * "I Quit Caffeine for 30 Days", "Giving up sugar", "Life without alcohol": stopping a substance is a lifestyle
 * change. Coming off a medicine ("Weaning off sertraline") is not on the list: its risks are the point.
 */
const GIVING_UP = /\b(?:quit(?:s|ting)?|stop(?:s|ped|ping)?|giv(?:e|es|ing)\s+up|gave\s+up|cut(?:ting)?\s+out|ditch(?:ed|ing)?|kick(?:ed|ing)?|without|free\s+from)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

function givesUp(title: string, subject: string): boolean {
  const at = title.toLowerCase().indexOf(subject.toLowerCase());
  return at > 0 && GIVING_UP.test(title.slice(Math.max(0, at - 40), at));
}

/**
 * "Tart cherry juice for flares - worth it?", "Castor oil packs for endometriosis", "Does red light therapy work
 * for acne?": a title that offers one thing as the answer to a condition names a treatment, whether or not the
 * thing is a known treatment word. The thing is the noun phrase before "for"; what follows must name a condition.
 */
const REMEDY_FOR_TITLE =
  /^(?:[\p{L} ]{1,20}:\s*)?(?:(?:does|do|can|could|should|is|are|will|would|why|how)\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+?)\s+(?:(?:really|actually)\s+)?(?:(?:works?|helps?)\s+)?(?:for|against)\s+((?:[\p{L}'’-]+\s*){1,5})/iu;

/** Heads that name advice, help or a choice of things, not one thing to take or undergo ("Tips for", "Support for"). */
const NOT_A_REMEDY = new Set(
  'tips tip help support advice guide guidance recipes recipe meals snacks menu questions answers facts signs symptoms causes risks options choices ways things ideas remedies treatments treatment therapies medicines medications drugs foods drinks herbs teas supplements products habits changes exercises stretches resources services care checklist plan plans living life hope news research study studies test tests testing screening diagnosis'.split(
    ' ',
  ),
);

const TRAILING_LINK_WORDS = new Set(['and', 'or', 'for', 'to', 'in', 'at', 'with', 'why', 'what', 'how']);
const TRAILING_ADVERBS = new Set(['really', 'actually', 'ever']);

/** "sour plum syrup really" → "sour plum syrup": a split, not a regex anchored at the end (which backtracks on long whitespace). */
function withoutLastWordIn(phrase: string, words: ReadonlySet<string>): string {
  const parts = phrase.split(/\s+/);
  if (parts.length > 1 && words.has((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
  return parts.join(' ');
}

/** "My 90 days on VitaBloom", "Six weeks taking ashwagandha", "30 days of cold plunges": a trial of one thing. */
const TRIAL_PERIOD_TITLE =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|ten|twelve|thirty|sixty|ninety)[- ](?:days?|weeks?|months?)\s+(?:on|of|taking|using|with|drinking|trying)\s+((?:[\p{L}\p{N}'’+-]+\s+){0,2}[\p{L}\p{N}'’+-]+)/iu;

/**
 * The thing a title offers, tidied ("sour plum syrup really" → "sour plum syrup"), or null when it names advice, a
 * choice of things, an activity or a condition rather than one thing to take or undergo.
 */
function oneThingNamed(phrase: string, trailing: ReadonlySet<string>): string | null {
  const subject = withoutLastWordIn(phrase.trim(), trailing);
  const words = subject.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (NOT_A_REMEDY.has(head) || words.every((word) => emptyModifiers.has(word))) return null;
  // "Living with diabetes", "Coping with ...": an -ing head is an activity, not a remedy.
  if (/ing$/.test(head) && head.length > 5) return null;
  return namesCondition(subject) ? null : subject;
}

/** "I Wore the Calmwave Loop for 30 Days", "I tried cold plunges for two weeks": the same trial, told the other way round. */
const TRIED_FOR_TITLE =
  /\b(?:wore|tried|took|used|tested|drank|wearing|trying|taking|using|testing|drinking)\s+(?:the\s+|a\s+|an\s+|my\s+)?((?:[\p{L}\p{N}'’+-]+\s+){0,2}[\p{L}\p{N}'’+-]+)\s+(?:every\s+day\s+|daily\s+)?for\s+(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|ten|twelve|thirty|sixty|ninety)[- ](?:days?|weeks?|months?)\b/iu;

function remedyOnTrial(title: string): string | null {
  const trial = TRIAL_PERIOD_TITLE.exec(title) ?? TRIED_FOR_TITLE.exec(title);
  const subject = trial?.[1];
  // "Six months of wet wraps, oat baths and no sleep": several things tried, none of them the subject.
  if (!trial || !subject || /^\s*(?:,|and\b|&)/.test(title.slice(trial.index + trial[0].length))) return null;
  return oneThingNamed(subject, TRAILING_LINK_WORDS);
}

function remedyForCondition(title: string): string | null {
  const match = REMEDY_FOR_TITLE.exec(title.replace(/[“”"']/g, ''));
  const subject = match ? oneThingNamed(match[1] ?? '', TRAILING_ADVERBS) : null;
  if (!match || !subject) return null;
  const condition = match[2] ?? '';
  // The lists hold most conditions in the singular: "for coughs" is "for cough".
  const singular = condition.replace(/(?<=\p{L}{3})s\b/gu, '');
  return namesCondition(condition) || namesCondition(singular) ? subject : null;
}

/** "Golden Turmeric Overnight Oats", "Ginger and Carrot Soup", "Matcha Energy Bites": a recipe, whatever its spice. */
const DISH =
  /\b(?:overnight oats|porridge|smoothies?|salads?|soups?|stews?|muffins?|cookies?|pancakes?|traybake|bowls?|energy (?:balls|bites)|bites|flapjacks?|granola|brownies?|cakes?|loaf|bread|curry|risotto|recipes?)\b/i;

/** "Ashgrove Surgery Patient Newsletter", "Spring bulletin": many items, none of them the article's one subject. */
const PERIODICAL = /\b(?:newsletters?|bulletins?|e-?news|digest)\b/i;

export function detectTreatmentSubject(input: TreatmentInput): TreatmentDecision {
  const override = frontMatterOverride(input.frontMatter);
  const title = input.title?.trim() ?? '';
  if (override === false) return { treatment: false, subject: null, reason: 'front matter says treatment: false' };

  const titleMentions = title ? findTreatmentMentions(title, input.extraTerms) : [];
  const titleSubjects = distinctSubjects(titleMentions);

  if (override === true) {
    return { treatment: true, subject: titleSubjects[0] ?? null, reason: 'front matter says treatment: true' };
  }

  if (title && isNewsTitle(title) && !writtenInFirstPerson(input.ownSentences ?? input.sentences)) {
    return { treatment: false, subject: null, reason: 'title reports news (a study or an announcement)' };
  }

  // A practice's own notice of a change to its service is written as "we" by nature: "Changes to how we prescribe sleeping tablets".
  if (title && SERVICE_CHANGE.test(title)) {
    return { treatment: false, subject: null, reason: 'title announces a change to a service' };
  }

  if (title && DISH.test(title)) {
    return { treatment: false, subject: null, reason: 'title names a dish: a recipe, food to eat rather than a treatment to take' };
  }

  if (title && PERIODICAL.test(title)) {
    return { treatment: false, subject: null, reason: 'title names a newsletter or bulletin: a collection of items' };
  }

  const listing: TreatmentDecision | null =
    title && PRODUCT_LISTING.test(title)
      ? { treatment: true, subject: productName(title), reason: 'title is a product listing (a strength or a pack size)' }
      : title && isProductTitle(title)
        ? { treatment: true, subject: productTitleName(title), reason: 'title is a product name ending in what it is ("… Glasses", "… Test")' }
        : null;

  // A listing names its ingredients ("Turmeric Curcumin 1500mg with Black Pepper & Ginger"): one product, not a comparison.
  if (titleSubjects.length >= 3) {
    return listing ?? { treatment: false, subject: null, reason: `title compares several treatments (${titleSubjects.join(', ')})` };
  }

  const [first] = titleSubjects;
  if (first !== undefined && givesUp(title, first)) {
    return { treatment: false, subject: null, reason: `title is about giving up "${first}", not taking it` };
  }
  if (first !== undefined) {
    const coverage = subjectCoverage(first, [...input.headings, ...input.sentences]);
    if (bodyIsAbout(coverage, input.sentences.length)) {
      return {
        treatment: true,
        subject: first,
        reason: `title names "${first}", ${coverage.count} of ${input.sentences.length} sentences mention it`,
      };
    }
    return listing ?? { treatment: false, subject: null, reason: `title names "${first}" but the body rarely mentions it` };
  }
  if (listing) return listing;

  const remedy = title && !namesManyOptions(title) ? (remedyForCondition(title) ?? remedyOnTrial(title)) : null;
  if (remedy) {
    const coverage = subjectCoverage(remedy, [...input.headings, ...input.sentences]);
    if (coverage.count >= 3 && bodyIsAbout(coverage, input.sentences.length)) {
      return {
        treatment: true,
        subject: remedy,
        reason: `title offers "${remedy}" for a condition, ${coverage.count} of ${input.sentences.length} sentences mention it`,
      };
    }
  }

  if (title && namesManyOptions(title)) {
    // "The 5 best supplements for boxers": products offered to the reader to take, each of which has its risks.
    // "7 Hair Loss Treatments Ranked", "The best acne treatments of 2024": a ranking of treatments to buy or try,
    // not a condition's options ("Treatment options for tennis elbow").
    const category = productCategoryMatcher.matchAll(title)[0] ?? rankedTreatments(title);
    if (category) {
      const coverage = categoryCoverage(category.phrase, [...input.headings, ...input.sentences]);
      if (bodyIsAbout(coverage, input.sentences.length)) {
        return {
          treatment: true,
          subject: category.text,
          reason: `title offers "${category.text}" to take, ${coverage.count} of ${input.sentences.length} sentences mention them`,
        };
      }
    }
    return { treatment: false, subject: null, reason: 'title names a category of treatments, not one' };
  }

  const lead = leadTreatment(input);
  if (lead) {
    return {
      treatment: true,
      subject: lead.subject,
      reason: `the opening presents "${lead.subject}" as the answer, ${lead.count} of ${input.sentences.length} sentences mention it`,
    };
  }

  const dominant = dominantBodySubject(input);
  if (dominant) {
    return {
      treatment: true,
      subject: dominant.subject,
      reason: `body keeps naming "${dominant.subject}" (${Math.round(dominant.share * 100)}% of sentences and headings)`,
    };
  }
  return { treatment: false, subject: null, reason: 'no single treatment is the main subject' };
}
