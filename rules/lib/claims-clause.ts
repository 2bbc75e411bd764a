/**
 * What a sentence's main clause says a thing does to the body, read from its shape rather than from a verb
 * list (rubric §1: "what a treatment, drug, supplement, food, procedure or behaviour does", "mechanism in the
 * body"). The subject is the words before the first verb, the verb is a present-tense verb in -s, and what the
 * verb acts on names the body or a health state: "Cherry juice dissolves the crystals in a joint", "This
 * anchors your body clock", "Slumped sitting puts extra strain on the shoulder". No verb list can name every
 * way of doing something to the body; the shape can. Pure.
 */
import { scanCues, type ClaimFinding } from './claims-cues.js';

/** Markup, list marks and a short opening adverb or phrase before the subject: "Over time, ", "In fact, ". */
const OPENING = /^[\s*_>"“‘'(✔✓•-]*(?:(?:[A-Za-z]+ly|also|and|but|so|then|in fact|over time|at night|in winter|in the long run|for (?:most|many|some) people),\s+)?/i;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** The verb comes within this many words of the start: a subject longer than that is a clause of its own. */
const MAX_SUBJECT_WORDS = 6;
/** Auxiliaries and copulas: a clause that opens "X is", "X can", "X has" is read by the cue lists, not here. */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|am|can|cannot|can't|may|might|will|would|could|should|must|do|does|did|don't|doesn't|didn't|has|have|had|isn't|aren't|won't|wasn't|weren't|it's|that's|there's|here's|what's)$/i;
/**
 * A subject that is a person, the reader or the publisher: "Your GP checks your blood pressure", "Our
 * physiotherapist assesses your shoulder", "Most patients notice ...". What people do is practice or a course,
 * not what a treatment does (and a group's course is read by the prevalence cues).
 */
const PERSON_SUBJECT =
  /^(?:i|me|my|we|our|us|you|your|he|she|his|her|who|which|that|someone|everyone|anyone|people|patients|doctors?|gps?|nurses?|surgeons?|staff|team|clinic|pharmacists?|physiotherapists?|therapists?|practitioners?|consultants?|specialists?|dentists?|midwives|midwife|parents?|children|kids|adults|women|men|users|clients|customers|members|researchers|scientists|experts|studies|study|trials?|research|reviews?|evidence|article|page|guide|site|leaflet|website)$/i;
/**
 * Verbs in -s that describe, locate or organise rather than act: anatomy ("sits under the liver", "runs from
 * the heel", "carries blood"), what a test or page does ("measures", "shows", "explains"), what a product
 * holds or costs, how a device is applied ("shines red light onto the skin", "sends pulses through the skin"),
 * and the copula's relatives ("means", "seems").
 */
const NOT_AN_ACTION =
  /^(?:means|includes|contains|involves|uses|needs|requires|costs|comes|goes|gets|seems|looks|sounds|feels|depends|varies|happens|stands|refers|describes|explains|covers|lists|measures|checks|shows|examines|tests|detects|sits|lies|runs|connects|joins|attaches|surrounds|lines|supplies|drains|carries|holds|says|asks|tells|offers|provides|sells|ships|arrives|opens|closes|starts|begins|takes|lasts|knows|thinks|wants|likes|belongs|remains|stays|becomes|matters|counts|applies|works|acts|plays|follows|appears|occurs|exists|lives|grows|changes|moves|affects|combines|blends|pairs|mixes|writes|speaks|talks|teaches|reports|recommends|suggests|advises|warns|enables|allows|lets|shines|sends|delivers|emits|passes|projects|beams|glows|vibrates|pulses)$/i;

/** Plural nouns of time, number and parts that a verb in -s could be mistaken for: "Within two weeks my ...". */
const COUNTED_NOUN =
  /^(?:seconds|minutes|hours|days|nights|weeks|months|years|times|sessions|doses|tablets|capsules|pads|drops|steps|reps|sets|parts|types|kinds|ways|problems|options|things|items|results|effects|signs|symptoms|benefits|risks|tips|pounds|kilos|grams|calories|cups|glasses|servings|meals|foods|drinks)$/i;
/**
 * What may follow a verb in -s: its object, a particle or an adverb. A plural noun is more often followed by
 * a conjunction, a preposition that starts a modifier, or a verb of its own ("flushes and night sweats",
 * "problems after surgery include", "Ultrasound images show").
 */
const AFTER_A_NOUN = /^\s*(?:show|help|make|cause|need|work|take|give|look|seem|say|suggest|find|use|come|go|get|keep|let|put|tend|appear|become|provide|allow|reduce|increase|improve|lower|raise|protect|prevent|affect|[a-z]+ed|left|made|taken|given|found|known|used|seen|shown|and|or|of|after|before|during|include|including|such|like|are|is|were|was|have|has|had|can|may|might|will|would|could|should|must|do|does|did|that|which|who|from|in|at|for|to|with)\b/i;
/** A sentence that opens with a preposition, an instruction or a verb in the past has no subject at its start. */
const NO_SUBJECT_OPENING =
  /^(?:within|after|by|for|in|on|at|during|over|since|from|with|without|before|until|between|about|around|under|through|across|never|always|please|don't|do|if|when|once|while|as|because|although|though|took|had|got|went|felt|made|came|saw|said|thought|yes|no)$/i;

/** Nouns that end like a verb in -s: the word is a verb only if no claim list knows it as a noun. */
function isVerbInS(word: string): boolean {
  if (word.length < 4 || !/^[a-z]+s$/.test(word) || /(?:ss|us|is|ous|ics|ness|ings|ers|tors|sors|ists|ians|ories|aries|ities|ogies)$/.test(word)) return false;
  if (NOT_AN_ACTION.test(word) || COUNTED_NOUN.test(word)) return false;
  const { first } = scanCues(word);
  return (first.health ?? first.body ?? first.treatment ?? first.population ?? first.state ?? first.safety) === undefined;
}

/** Where the main clause ends: a comma, a semicolon, a dash or a subordinate "which", "so", "because". */
const CLAUSE_END = /[,;:—–]|\s-\s|\s(?:which|who|so|because|while|whereas|but|although|if|when|unless)\s/i;
/** Adverbs between a plural subject and its verb: "Supplements gently shift ...". */
const ADVERB = /^(?:[a-z]+ly|also|often|usually|only|just|still|even|actually|really|quickly|gently)$/i;
/** Not a verb after a plural subject: a conjunction, a preposition, an article or a verb form that is not the present. */
const NOT_A_BASE_VERB =
  /^(?:include|contain|involve|mean|need|require|vary|depend|come|cost|and|or|of|in|on|at|to|for|with|from|by|as|like|such|than|the|a|an|this|that|these|those|which|who|are|is|were|was|be|been|being|can|may|might|will|would|could|should|must|do|does|did|has|have|had|[a-z]+ed|[a-z]+ing|[a-z]+s)$/i;

function healthThing(words: readonly string[], subject: string | undefined): boolean {
  const text = words.join(' ');
  if (subject !== undefined && text.toLowerCase().includes(subject.toLowerCase())) return true;
  const { first } = scanCues(text);
  return (first.treatment ?? first.body ?? first.health) !== undefined;
}

/** A modal after the subject: "It may also nudge blood sugar up", "Cold water can numb the fingers". */
const MODAL = /^(?:can|may|might|could|will|won't|cannot|can't)$/i;
/** The verb after the modal (adverbs skipped), when it is a verb of its own and not "be" or "have". */
const AFTER_MODAL = /^\s+(?:(?:also|still|even|sometimes|often|[a-z]{2,}ly)\s+)?([a-z]{3,})\b/;
const NOT_AFTER_MODAL = /^(?:be|have|not|also|only|help|take|make|cause|become|get|give|feel|find|see|need|use|buy|order|book|try|ask|call|visit|expect|notice|experience|develop)$/i;

/**
 * What a thing may do to the body, said with a modal and a verb no list names ("nudge", "numb"). Verbs the cue
 * lists or the reader's options already read ("help", "cause", "become", "feel") are left to them.
 */
function modalAction(after: string, modal: string): ClaimFinding | null {
  const verb = AFTER_MODAL.exec(after);
  if (verb === null || verb[1] === undefined || NOT_AFTER_MODAL.test(verb[1]) || /(?:ed|ing)$/.test(verb[1])) return null;
  const object = after.slice(verb[0].length);
  if (AFTER_A_NOUN.test(object)) return null;
  const end = CLAUSE_END.exec(object);
  const acted = scanCues(end ? object.slice(0, end.index) : object).first;
  const term = acted.body ?? acted.health ?? acted.state;
  return term === undefined ? null : { kind: 'health-effect', cue: `${modal} ${verb[1]} ${term}` };
}

/**
 * The claim made when a thing (not a person, the reader or the publisher) is said to act on the body: the
 * finding, or null. The verb is the first verb in -s within six words, or, straight after a plural treatment,
 * body or health word ("Probiotics help replenish ...", "Iron tablets fix ..."), a verb in its plain form;
 * `subject` is the article's treatment as this sentence names it, which counts as a treatment word.
 */
export function actionOnBody(prose: string, subject?: string): ClaimFinding | null {
  const start = OPENING.exec(prose)?.[0].length ?? 0;
  const rest = prose.slice(start);
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(rest); match !== null && words.length <= MAX_SUBJECT_WORDS; match = WORD.exec(rest)) {
    const word = match[0];
    // Punctuation before the verb: the opening was a phrase or an aside, not a subject.
    if (/[,.;:!?—–()/|>]/.test(rest.slice(0, match.index))) return null;
    // "They may fear sleep": with a modal, "they" is more often people than the treatment.
    if (words.length > 0 && MODAL.test(word)) return /^they$/i.test(words[0] ?? '') ? null : modalAction(rest.slice(match.index + word.length), word);
    if (AUXILIARY.test(word) || PERSON_SUBJECT.test(word) || (words.length === 0 && NO_SUBJECT_OPENING.test(word))) return null;
    if (words.length > 0 && /\d/.test(rest.slice(0, match.index))) return null;
    const previous = words[words.length - 1];
    const plainVerb =
      previous !== undefined && /s$/i.test(previous) && /^[a-z]+$/.test(word) && !ADVERB.test(word) && !NOT_A_BASE_VERB.test(word) && healthThing([previous], subject);
    if (words.length === 0 || !(isVerbInS(word) || plainVerb)) {
      if (!ADVERB.test(word) || words.length === 0) words.push(word);
      continue;
    }
    const after = rest.slice(match.index + word.length);
    if (AFTER_A_NOUN.test(after)) return null;
    const end = CLAUSE_END.exec(after);
    const object = scanCues(end ? after.slice(0, end.index) : after).first;
    const acted = object.body ?? object.health ?? object.state;
    if (acted === undefined) return null;
    return { kind: object.body !== undefined && object.health === undefined ? 'mechanism' : 'health-effect', cue: `${word} ${acted}` };
  }
  return null;
}
