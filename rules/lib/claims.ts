/**
 * Is this sentence a medical claim (rubric §1), and of what kind? Combines the
 * cues (claims-cues.ts) with what the rubric says is never a claim
 * (claims-exemptions.ts), and words the finding for an editor. Pure.
 */
import type { Article, Block } from '../../src/article/types.js';
import { listContexts as buildListContexts, type ListContext } from './claims-context.js';
import { classifyClaim, doseIn, rateIn, scanCues, type ClaimFinding, type ClaimKind } from './claims-cues.js';
import { exemptionFor, isAdvice, type Exemption } from './claims-exemptions.js';

export type { ClaimFinding, ClaimKind } from './claims-cues.js';
export type { ListContext, ListTopic } from './claims-context.js';

export interface SentenceFacts {
  /** The sentence's prose: code, URLs and markers blanked (Sentence.prose). */
  prose: string;
  isQuestion?: boolean;
  inListItem?: boolean;
  /** For a list item: what its headings and lead-in say (listContexts). */
  list?: ListContext | undefined;
  /**
   * The article's treatment as this sentence names it ("LLLT") or refers back to it ("It"), if it does
   * (articleSubjects): counts as a treatment term, so "LLLT does not cause shedding" is a claim.
   */
  subject?: string | undefined;
  /**
   * The Article the sentence is in: the answer is then remembered with it, for as long as it lives, so rules
   * asking about a long article's sentences one after another all find it (the bounded memo below forgets the
   * start of a 5 MB article before the next rule asks).
   */
  scope?: object | undefined;
}

/** Advice that explains itself with a harm is a safety claim too: "avoid it in pregnancy, as it can harm the baby". */
const REASON_CLAUSE =
  /\b(?:due to|because|owing to|as (?:it|they|this) (?:can|may|could|might|will|is|are|has|have)|since (?:it|they) (?:can|may|could|is|are)|which (?:[\p{L}-]+\s+){0,2}(?:can|may|could|might) (?:further\s+)?(?:cause|lead|increase|raise|worsen|trigger|harm|weaken|damage|thin|irritate|affect|alter|interact|interfere))\b/iu;
/**
 * Where a list item or an instruction goes on to state a fact: "have asthma – it can trigger an attack",
 * "Take it on an empty stomach (food can slow absorption)".
 */
const TAIL_CLAUSE = /\s[–—-]\s|;\s|\s\((?=(?:it\s|this\s|they\s|food\s)?(?:can|may|could|might|will|causes?|raises?|increases?|reduces?|slows?)\b)/;
/** A reason about the reader: "because you're worried", "as you may feel". */
const READER_REASON = /^\W*(?:due to|because|owing to|as|since)\s+(?:you|you're|you’re|you've|you’ve)\b/i;
/** After "Here are ...", the clause that says something: "... complaints that have been relieved by massage". */
const ANNOUNCEMENT_CLAUSE = /\b(?:that|which|who)\b|:/;
/** A practitioner who treats or sees patients describes practice, not what a treatment does. */
const PRACTICE_VERB =
  // The lookahead first: the backward scan then runs only where a verb starts, not at every character of a whitespace run.
  /(?=(?:treat|treats|diagnose|diagnoses|see|sees)\b)(?<=\b(?:doctors?|physicians|GPs|chiropractors?|therapists?|practitioners?|clinicians?|dentists?|surgeons?|nurses?|specialists?|psychiatrists?|psychologists?|physiotherapists?|osteopaths?|acupuncturists?|pharmacists?)\s+(?:(?:[a-z]+ly|often|also|can|may|will|sometimes)\s+)?)(?:treat|treats|diagnose|diagnoses|see|sees)\b/gi;
const OPENING_WORD = /^[\s*_>"“-]*([A-Za-z]+)\b/;
/** A benefit item that opens with the change it promises: "Better sleep", "Sharper focus", "Fewer colds". */
const IMPROVEMENT_OPENER =
  /^[\s*_>"“✔✓-]*(better|improved|enhanced|increased|reduced|lower|higher|boosted|faster|quicker|stronger|healthier|deeper|sharper|calmer|clearer|brighter|glowing|smoother|fewer|less|more|zero)\b/i;
/** Double-quoted runs of four or more words: study titles and quotations, not the article's own claim. */
const QUOTED_TITLE = /["“][^"“”\n]{0,300}["”]/g;

/** Blank quoted titles to spaces so offsets stay put. */
function blankQuotedTitles(prose: string): string {
  return prose.replace(QUOTED_TITLE, (quoted) => (quoted.trim().split(/\s+/).length >= 4 ? ' '.repeat(quoted.length) : quoted));
}

/** Two capitalised words in a row after the first word: the cheap test before looking for a product's name. */
const CAPITALISED_PAIR = /\s\p{Lu}[\p{L}'’&-]*\s+(?:&\s+)?\p{Lu}/u;
const NAME_WORD = /[\p{L}&][\p{L}'’&-]*/gu;

/**
 * A product's or a service's name is not a claim about what it does: in "Brightwell Hay Fever & Allergy Relief
 * tablets contain cetirizine" or "We love Greenleaf Tulsi Calm", "Relief" and "Calm" are part of a name. A
 * capitalised effect word beside another capitalised word, after the sentence's first word, is blanked (same
 * length, so offsets hold). "Allergy Relief tablets relieve sneezing" keeps its lower-case verb.
 */
function blankNamedProducts(prose: string): string {
  if (!CAPITALISED_PAIR.test(prose)) return prose;
  const words = [...prose.matchAll(NAME_WORD)];
  let out = prose;
  words.forEach((word, index) => {
    if (index === 0 || !/^\p{Lu}/u.test(word[0])) return;
    const capital = (other: RegExpMatchArray | undefined, gap: string) => other !== undefined && /^\s+(?:&\s+)?$/.test(gap) && /^\p{Lu}/u.test(other[0]);
    const before = words[index - 1];
    const after = words[index + 1];
    const start = word.index ?? 0;
    const beside =
      (index > 1 && before !== undefined && capital(before, prose.slice((before.index ?? 0) + before[0].length, start))) ||
      (after !== undefined && capital(after, prose.slice(start + word[0].length, after.index)));
    if (!beside) return;
    const { first } = scanCues(word[0]);
    if ((first.effect ?? first.promise ?? first.mechanism) === undefined) return;
    out = out.slice(0, start) + ' '.repeat(word[0].length) + out.slice(start + word[0].length);
  });
  return out;
}

/**
 * Kinds strong enough to survive a soft exemption: a definition, a line about
 * the publisher or a statement of uncertainty that also states a risk, a
 * number or a research finding is still a claim.
 */
const STRONG_KINDS: ReadonlySet<ClaimKind> = new Set(['research', 'statistic', 'dosage', 'safety']);
const SOFT_EXEMPTIONS: ReadonlySet<Exemption> = new Set(['definition', 'publisher', 'uncertainty', 'care-pathway', 'topics']);

function survives(finding: ClaimFinding, exemption: Exemption | null): boolean {
  return exemption === null || (SOFT_EXEMPTIONS.has(exemption) && STRONG_KINDS.has(finding.kind));
}

/** The claim made by the part of `prose` from `start` on, judged as a sentence of its own. */
/**
 * Who should avoid a treatment, with why: "- are pregnant, because hormone changes can temporarily alter your
 * prescription", "- have a thin cornea, which laser reshaping could weaken further". The reason says what may happen
 * to the body, in words the cue lists need not know; the item names the condition.
 */
function reasonGivenFor(prose: string, start: number): ClaimFinding | null {
  const change = MODAL_VERB.exec(prose.slice(start));
  if (change === null) return null;
  const { first } = scanCues(prose);
  return first.health ?? first.body ?? first.state ? { kind: 'health-effect', cue: change[0] } : null;
}

const MODAL_VERB = /\b(?:can|could|may|might|will)\s+(?:(?:temporarily|permanently|further|also|sometimes|quickly|easily)\s+)?(?!be\b|not\b|need\b|want\b|ask\b|check\b|talk\b|see\b)\p{L}{3,}/u;

function claimFrom(prose: string, start: number): ClaimFinding | null {
  const tail = prose.slice(start);
  const finding = classifyClaim(tail);
  if (!finding || !survives(finding, exemptionFor(tail))) return null;
  // "because treatment may need to be delayed" is about the appointment, not about health.
  const { first } = scanCues(tail);
  return first.health ?? first.body ?? first.safety ?? first.research ? finding : null;
}

/** The writer in the first person: "I", "I've", "my", "me". */
const WRITER = /(?<![A-Za-z’'])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![A-Za-z’'])|\b(?:me|my|mine|myself)\b/;
/** Where a sentence passes from one clause to the next: "; ", " — ", ", because ", ", which ", ", and ". */
// One whitespace character per alternative, no repeated runs, so a long run of spaces costs linear time.
// "since I was 19" tells when, not why: the clause before it is not finished.
const CLAUSE_BREAK = /[;:—–]\s|,\s(?:and|but|so|which|because|since|as)\s|\s(?:because|since(?!\s(?:I|my|we|our)\s)|but)\s|\s-\s/gi;
const PAST_STORY = /\b(?:was|were|had|did|seemed|became|began|started|took|got|felt|went|kept|tried)\b/i;

/**
 * A general claim in a post told in the first person: "I want to be careful here, because elimination diets
 * aren't harmless", "My GP checks my blood pressure, which is standard — stimulants can raise blood pressure".
 * The story is exempt; a clause in it that leaves the writer out and states a fact in the present is not.
 */
function claimBesideStory(prose: string): ClaimFinding | null {
  // "I read somewhere that cold weather makes fibro worse": what was read is stated as fact.
  const reported = READ_SOMEWHERE.exec(prose);
  const told = reported ? prose.slice(reported.index + reported[0].length) : prose;
  // After a turn to the writer's own case, the rest is the story ("... and it's honestly life-changing").
  for (const clause of told.split(CLAUSE_BREAK).map((part) => part.split(STORY_TURN)[0] ?? '')) {
    if (clause.trim() === '' || WRITER.test(clause) || PAST_STORY.test(clause) || SOMEONE_ELSE.test(clause)) continue;
    const finding = classifyClaim(clause);
    if (finding && exemptionFor(clause) === null) return finding;
  }
  return null;
}

/** Where a general claim hands over to the writer's own case: "Halotherapy cures COPD, I'm living proof", "... and it's how I ...". */
const STORY_TURN = /,\s(?=(?:I|I'm|I’m|I've|I’ve|my|My)\b)|\s(?:and|but)\s(?=(?:it's|it’s|it is|I|my)\b)/;
/** Another person's story: "sure enough she flared within a day". */
const SOMEONE_ELSE = /\b(?:she|he|her|his|him)\b/i;
/** The writer passing on what they read or heard: the rest of the sentence is the claim. */
const READ_SOMEWHERE = /\b(?:I|I've|I’ve|I have)\s+(?:read|heard|seen)\s+(?:somewhere\s+|online\s+|recently\s+)?that\s/i;

/** Where a statement hands over to advice: "..., so start with half a dose", "..., but we always recommend ...". */
const ADVICE_JOIN = /,\s(?:so|but|and|though|although)\s|;\s|\s[—–]\s/g;

/**
 * A claim stated first and advice after it: "It is completely safe with most medicines, but we always recommend
 * checking with your pharmacist", "Children with a pollen allergy can react to honey, so check with your GP
 * first". The advice is exempt; the statement before it is judged as a sentence of its own.
 */
function claimBeforeAdvice(prose: string): ClaimFinding | null {
  for (const join of prose.matchAll(ADVICE_JOIN)) {
    const head = prose.slice(0, join.index);
    if (!isAdvice(prose.slice(join.index + join[0].length))) continue;
    const finding = classifyClaim(head);
    return finding && exemptionFor(head) === null ? finding : null;
  }
  return null;
}

/** A claim inside a sentence that is otherwise exempt: a reason after advice, a fact after a list fragment or an announcement. */
function claimInsideExempt(prose: string, finding: ClaimFinding | null, exemption: Exemption): ClaimFinding | null {
  if (exemption === 'advice') {
    const head = claimBeforeAdvice(prose);
    if (head) return head;
  }
  if (exemption === 'advice' || exemption === 'fragment') {
    const reason = REASON_CLAUSE.exec(prose) ?? TAIL_CLAUSE.exec(prose);
    // "Don't stop taking it because you're worried about side effects": the reason is the reader's, not a harm.
    if (!reason || READER_REASON.test(prose.slice(reason.index))) return null;
    if (exemption === 'advice' && finding?.kind === 'safety' && REASON_CLAUSE.test(prose)) return finding;
    return claimFrom(prose, reason.index) ?? (exemption === 'fragment' ? reasonGivenFor(prose, reason.index) : null);
  }
  if (exemption === 'narrative' && (finding || READ_SOMEWHERE.test(prose)) && (WRITER.test(prose) || SOMEONE_ELSE.test(prose))) return claimBesideStory(prose);
  if (exemption === 'announcement' && finding) {
    // The health words may sit in the announcement ("Here are the pains that ..."); the claim is the clause.
    const clause = ANNOUNCEMENT_CLAUSE.exec(prose);
    if (!clause) return null;
    const tail = prose.slice(clause.index);
    const effect = scanCues(tail).first.effect;
    return classifyClaim(tail) ?? (effect ? { kind: 'efficacy', cue: effect } : null);
  }
  return null;
}

/** A list item read with what its list is about (rubric: its subject is the article's or the lead-in's). */
function claimFromList(prose: string, finding: ClaimFinding | null, exemption: Exemption | null, list: ListContext): ClaimFinding | null {
  const { first } = scanCues(prose);
  const says = first.health ?? first.body ?? first.effect ?? first.safety ?? first.mechanism ?? first.cause;
  // The item finishes the lead-in's sentence ("... can help you: - Stay at a healthy weight"), so a verb that
  // looks like an instruction is not one. (A lead-in that only lists, "Side effects can include:", sets no
  // leadInClaim: it carries the flag for its nouns itself.)
  if (list.leadInClaim && (exemption === null || exemption === 'advice')) return finding ?? list.leadInClaim;
  // Under a benefits heading, a bold lead ("- **Lower inflammation.** ...") is the benefit itself, not a heading.
  if (exemption !== null && !(exemption === 'heading-like' && list.topic === 'benefits')) return null;
  // "- Eases trapped wind" under "Calmer digestion": an item that opens with a verb in -s has the heading's
  // subject, so the heading supplies the health context. (An imperative, "- Reduce caffeine", has no -s.)
  const opening = OPENING_WORD.exec(prose)?.[1];
  const verb = first.effect ?? first.mechanism ?? first.cause;
  if (list.health && opening && verb === opening && /s$/i.test(opening)) {
    return { kind: first.effect ? 'efficacy' : first.mechanism ? 'mechanism' : 'health-effect', cue: opening };
  }
  const dose = list.topic === 'dosage' ? doseIn(prose) : null;
  if (dose) return { kind: 'dosage', cue: dose };
  const harm = says ?? first.treatment;
  if (list.topic === 'harms' && harm) return { kind: 'safety', cue: harm };
  // A bare condition under "What it helps with" ("- Period pain") names no effect; "- Better brain health" and
  // "- Sharper focus" do.
  const improvement = improvementOpener(prose, first.health ?? first.body);
  // A body part beside a condition only says where it is ("- Arthritis in the knees"): still a bare condition.
  const benefit = first.effect ?? (first.health === undefined ? first.body : undefined) ?? first.mechanism ?? first.cause ?? first.comparison ?? improvement;
  if (list.topic === 'benefits' && benefit) return { kind: 'efficacy', cue: benefit };
  // "- Buffers lactic acid so you can push out extra reps" under "What it does": the heading names what it acts on
  // as a benefit, whether or not the lists know the words.
  // Not "- Mixes into any drink" (how it is used) nor "- Sports injuries" (a noun before a condition).
  const predicate = list.topic === 'benefits' ? openingVerb(prose) : null;
  if (predicate === null) return null;
  const object = prose.slice(predicate.end);
  if (USAGE_PREPOSITION.test(object) || scanCues(firstWord(object)).first.health !== undefined) return null;
  return { kind: 'efficacy', cue: predicate.opening };
}

const ITEM_VERB = /\b(?:is|are|was|were|can|may|might|will|could|should|must|has|have|does|do|causes?|makes?|leads?|includes?|involves?|affects?|means?)\b/i;

/**
 * A benefit said as a phrase with no verb, opening with the change it promises: "Faster muscle recovery",
 * "Glowing, clearer skin", "Zero drowsiness, ideal for drivers". Shop pages and menus list benefits this way
 * in table cells, bullets and lone lines; the rubric reads such a line as a claim about the article's subject.
 * The change word must not be part of the health term itself ("Lower back pain" names a condition).
 */
/** Change words that say "better" whatever follows; "increased", "lower", "more" can open a side effect too. */
const BETTER_OPENER =
  /^[\s*_>"“✔✓-]*(?:better|improved|enhanced|boosted|faster|quicker|stronger|healthier|deeper|sharper|calmer|clearer|brighter|glowing|smoother|fewer|zero)\b/i;

function benefitFragment(prose: string): ClaimFinding | null {
  if (!BETTER_OPENER.test(prose) || ITEM_VERB.test(prose) || SECOND_PERSON.test(prose)) return null;
  const { first } = scanCues(prose);
  const change = improvementOpener(prose, first.health ?? first.body);
  return change === undefined ? null : { kind: 'efficacy', cue: change };
}

/**
 * A predicate with its subject left to the list, the table or the page: "Rebalances your gut microbiome",
 * "Lasts longer than cortisone", "Burns up to 600 calories per session", "Builds up over 1-2 weeks". The
 * opening word is a verb in -s when what follows is what a verb takes (a determiner, a particle, a
 * comparative, a time), not what follows a plural noun ("Headaches: gone", "Symptoms include"). Short
 * lines only; verbs that list a pack's contents or a page's workings are left alone.
 */
const BARE_PREDICATE =
  /^[\s*_>"“✔✓-]*([A-Z]?[a-z]{3,}s)\s+(?:your|the|a|an|up|down|out|off|away|longer|faster|fastest|better|more|less|stored)\b/;
const NOT_A_PREDICATE =
  /^(?:this|its|is|has|was|does|yes|us|less|plus|thus|always|perhaps|unless|news|series|includes|contains|comes|ships|arrives|costs|means|says|goes|seems|sounds|looks|depends|varies|happens|applies|opens|closes|runs)$/i;
const MAX_PREDICATE_WORDS = 12;

function barePredicate(prose: string): ClaimFinding | null {
  const found = BARE_PREDICATE.exec(prose);
  const verb = found?.[1];
  if (found === null || verb === undefined || NOT_A_PREDICATE.test(verb) || /\?\s*$/.test(prose)) return null;
  // "**Heads up:** ...": a label, not a predicate.
  if (/^[*_]*:/.test(prose.slice(found[0].length))) return null;
  if (prose.split(/\s+/).filter(Boolean).length > MAX_PREDICATE_WORDS) return null;
  return { kind: 'efficacy', cue: verb };
}

/**
 * A fragment that opens with its verb, its subject left to the list, the table or the page, and says what
 * it does to the body: "Widens blood vessels to feed the follicle", "Fades acne scars", "Falls asleep
 * fastest", "Won't make you drowsy like older antihistamines". Only in a list item or a line with no closing
 * punctuation, where the rubric reads the subject from the lead-in; a full sentence that opens with a plural
 * noun ("Nurses check your blood pressure") is not one. The opening word is a verb in -s that no claim list
 * knows as a noun ("Headaches", "Vitamins", "Patients"), and what follows is not a list of nouns
 * ("Nuts, seeds and oils") nor what follows a plural subject ("Chiropractors often treat", "Things that").
 */
const OPENING_VERB =
  /^[\s*_>"“✔✓•-]*(?:([Ww]on't|[Ww]on’t|[Dd]oesn't|[Dd]oesn’t|[Dd]oes not|[Ww]ill not|[Nn]ever|[Cc]an't|[Cc]an’t)\s+([a-z]{3,})|([A-Z]?[a-z]{2,}(?:[^sui]s|[^s]es)))\s+(?![*_]*:|(?:and|or|of|that|who|which|often|usually|also|can|may|will|should|must|are|were|have|do|don't|need|tend|typically|generally|sometimes|rarely|include)\b|&|,|\()/;
const NOT_A_VERB = /^(?:sports|kids|mens|womens|teens|girls|boys|this|its|is|has|was|does|yes|plus|thus|always|perhaps|unless|news|series|includes|contains|comes|ships|arrives|costs|means|says|goes|seems|sounds|looks|depends|varies|happens|applies|opens|closes|runs|benefits|uses|effects|risks|signs|symptoms|causes|types|tips|notes|results|reviews|ingredients|options|products|features|details|terms|pros|cons|sessions|classes|prices|plans|hours|days|weeks|months|years|times)$/i;
/** A full sentence, or a lead-in that a list finishes ("Things that strain the fascia include:"). */
const CLOSED = /[.!?:]["'”’)\]*_\s]*$/;

/** After a verb, a place or a medium: "Mixes into any drink", "Dissolves in water". */
const USAGE_PREPOSITION = /^\s*(?:into|in|on|onto|with|to|at|from|by|under|over)\b/i;

function firstWord(text: string): string {
  return /[\p{L}\p{N}'-]+/u.exec(text)?.[0] ?? '';
}

/** The verb a short fragment opens with ("Buffers", "Won't make"), and where what it acts on starts; null when none. */
function openingVerb(prose: string): { verb: string; opening: string; end: number } | null {
  if (prose.split(/\s+/).filter(Boolean).length > MAX_PREDICATE_WORDS) return null;
  const found = OPENING_VERB.exec(prose);
  if (found === null) return null;
  const verb = found[3] ?? found[2];
  if (verb === undefined || NOT_A_VERB.test(verb)) return null;
  const opening = scanCues(verb).first;
  // "Headaches", "Vitamins", "Patients": a noun the claim lists know, not a verb.
  if ((opening.health ?? opening.body ?? opening.treatment ?? opening.population ?? opening.state ?? opening.safety) !== undefined) return null;
  return { verb, opening: found[0].trim(), end: found[0].length };
}

function verbFirstFragment(prose: string, inListItem: boolean): ClaimFinding | null {
  if (!inListItem && CLOSED.test(prose)) return null;
  // "**Electrolyte blend** – rehydrates you three times faster": a list item's bold label names the subject.
  const label = inListItem ? LABEL_BEFORE_PREDICATE.exec(prose)?.[0] : undefined;
  const predicate = label === undefined ? prose : prose.slice(label.length);
  const found = openingVerb(predicate);
  if (found === null) return null;
  const opening = scanCues(found.verb).first;
  const rest = predicate.slice(found.end);
  const { first } = scanCues(rest);
  // What it acts on must be named: "Eases trapped wind" needs the health subject of its heading (claimFromList); a
  // labelled item may act on the reader ("rehydrates you").
  if ((first.health ?? first.body ?? first.state ?? first.safety) === undefined && !(label !== undefined && READER_OBJECT.test(rest))) return null;
  return { kind: opening.mechanism !== undefined && first.body !== undefined ? 'mechanism' : 'efficacy', cue: found.opening };
}

/** A bold label and a dash or colon before an item's predicate: "**Milk thistle** – ", "**NAC:** ". */
const LABEL_BEFORE_PREDICATE = /^[>✔✓• -]*(?:\*\*|__)(?:[^*_\n:]{1,60}(?:\*\*|__) ?[–—:-]|[^*_\n:]{1,60}:(?:\*\*|__)) ?/;
const READER_OBJECT = /^\s*(?:you|your)\b/i;

/** The change word a benefit phrase opens with, when a health or body term follows it (and is not it: "Lower back"). */
function improvementOpener(prose: string, term: string | undefined): string | undefined {
  if (term === undefined) return undefined;
  const change = IMPROVEMENT_OPENER.exec(prose)?.[1];
  return change === undefined || term.toLowerCase().startsWith(change.toLowerCase()) ? undefined : change;
}

const SECOND_PERSON = /\b(?:you|your)\b/i;

/**
 * After advice that lists when it applies ("You should not have the vaccine if:", "Tell us if any of these
 * apply:"), an item about the reader ("- you have had a severe reaction to a previous dose") is a condition of
 * that advice, not a claim. A reason given with it ("– it can trigger an attack") still is.
 */
const READER_OPENING = /^[\s*_>"“-]*(?:you|you're|you’re|you've|you’ve|your)\b/i;
function isReaderCondition(prose: string): boolean {
  return READER_OPENING.test(prose) && !REASON_CLAUSE.test(prose) && !TAIL_CLAUSE.test(prose);
}

/** A list item that names a topic and says nothing about it: "side effects and possible interactions". */
function isTopicOnly(prose: string): boolean {
  if (ITEM_VERB.test(prose)) return false;
  if (rateIn(prose) !== null || doseIn(prose) !== null) return false;
  const { first } = scanCues(prose);
  return (first.effect ?? first.cause ?? first.mechanism ?? first.promise ?? first.research) === undefined;
}

function classifySentence(sentence: SentenceFacts): ClaimFinding | null {
  if (sentence.isQuestion) return null;
  const list = sentence.inListItem ? sentence.list : undefined;
  if (list?.repeatsHeading) return null;
  // Same length, so offsets hold; word lists then need only the straight apostrophe.
  const prose = blankNamedProducts(blankQuotedTitles(sentence.prose))
    .replace(/[’‘]/g, "'")
    .replace(PRACTICE_VERB, (verb) => ' '.repeat(verb.length));
  const finding = classifyClaim(prose, { subject: sentence.subject });
  if (list?.advisedTopics && (isTopicOnly(prose) || isReaderCondition(prose))) return null;
  const exemption = finding || list ? exemptionFor(prose, sentence.inListItem ?? false) : null;
  if (finding && survives(finding, exemption)) return finding;
  const inside = exemption === null ? null : claimInsideExempt(prose, finding, exemption);
  if (inside) return inside;
  // A bold lead is a heading in a paragraph of its own, but in a bullet it is the item's own words.
  if (exemption === null || (exemption === 'heading-like' && sentence.inListItem === true)) {
    const benefit = benefitFragment(prose) ?? barePredicate(prose) ?? verbFirstFragment(prose, sentence.inListItem === true);
    // The exemption was asked only of a sentence with a finding or a list; a fragment asks it too ("everyone's body
    // is different" says bodies differ, not what a treatment does).
    if (benefit && (finding !== null || list !== undefined || exemptionFor(prose, sentence.inListItem ?? false) === null)) return benefit;
  }
  return list ? claimFromList(prose, finding, exemption, list) : null;
}

/** A list item, or a table cell read under its column's heading ("What it does"): both are items of a list. */
export function readsAsListItem(block: Block, list: ListContext | undefined): boolean {
  return block.kind === 'listItem' || (block.kind === 'tableCell' && list !== undefined);
}

/** What each list item's list is about, for `SentenceFacts.list`; built once per article and shared. */
export function listContexts(article: Article): Map<Block, ListContext> {
  let contexts = listsByArticle.get(article);
  if (contexts === undefined) {
    contexts = buildListContexts(article, (prose) => findClaim({ prose, scope: article }));
    listsByArticle.set(article, contexts);
  }
  return contexts;
}

// --- memo --------------------------------------------------------------------
// unsourced-claim, the evidence summary and unhedged-efficacy ask about the same sentences with the same facts.
// The answer depends only on the facts, so it is kept for the sentences of the last few articles: by prose, then
// by the other facts (the list context is the article's shared object, so identity says "same list").
const listsByArticle = new WeakMap<Article, Map<Block, ListContext>>();

interface Remembered {
  isQuestion: boolean;
  list: ListContext | null;
  inListItem: boolean;
  subject: string | undefined;
  finding: ClaimFinding | null;
}

/** Distinct proses kept without a scope; cleared whole when full (an article has a few hundred). */
const MEMO_LIMIT = 4096;
const remembered = new Map<string, Remembered[]>();
const rememberedByScope = new WeakMap<object, Map<string, Remembered[]>>();

function memoFor(scope: object | undefined): Map<string, Remembered[]> {
  if (scope === undefined) return remembered;
  let memo = rememberedByScope.get(scope);
  if (memo === undefined) rememberedByScope.set(scope, (memo = new Map()));
  return memo;
}

export function findClaim(sentence: SentenceFacts): ClaimFinding | null {
  const isQuestion = sentence.isQuestion === true;
  const inListItem = sentence.inListItem === true;
  const list = (inListItem ? sentence.list : undefined) ?? null;
  const subject = sentence.subject;
  const memo = memoFor(sentence.scope);
  let entries = memo.get(sentence.prose);
  const hit = entries?.find((e) => e.isQuestion === isQuestion && e.inListItem === inListItem && e.list === list && e.subject === subject);
  if (hit) return hit.finding;
  const finding = classifySentence(sentence);
  if (entries === undefined) {
    if (memo === remembered && remembered.size >= MEMO_LIMIT) remembered.clear();
    memo.set(sentence.prose, (entries = []));
  }
  entries.push({ isQuestion, list, inListItem, subject, finding });
  return finding;
}

/** How the article cites, so the message can show a marker in its own style. */
export type CitationStyle = 'numeric' | 'footnote' | 'author-year' | 'none';

function citationExample(style: CitationStyle): string {
  switch (style) {
    case 'numeric':
      return ', e.g. [4]';
    case 'footnote':
      return ', e.g. [^4]';
    case 'author-year':
      return ', e.g. (Author, 2020)';
    case 'none':
      return ' with a link or a numbered reference';
  }
}

export function claimMessage(finding: ClaimFinding, style: CitationStyle): string {
  const example = citationExample(style);
  switch (finding.kind) {
    case 'research':
      return `Research finding without a source: "${finding.cue}" names no study. Cite the study itself${example}.`;
    case 'statistic':
      return `Statistic without a source: cite where "${finding.cue}" comes from${example}.`;
    case 'dosage':
      return `Dose stated without a source: cite the label, guideline or trial that gives "${finding.cue}"${example}.`;
    case 'safety':
      return `Safety claim without a source: cite the label, study or guideline behind it${example}.`;
    case 'comparison':
      return `Comparison between treatments without a source: cite the trial or review that compared them${example}.`;
    case 'mechanism':
      return `Mechanism claim without a source: cite a study or review for how it acts in the body${example}.`;
    case 'efficacy':
      return `Efficacy claim without a source: cite a study or guideline for it${example}.`;
    case 'prevalence':
      return `How common something is, stated without a source: cite the survey or study behind "${finding.cue}"${example}.`;
    case 'health-effect':
      return `Claim about a health effect without a source: cite the study that found "${finding.cue}"${example}.`;
  }
}
