/**
 * What makes a sentence a medical claim (rubric §1), as cues found in its
 * prose: one scan with a combined matcher over every claim word list,
 * plus a few fixed patterns for health numbers. Pure: strings in, decisions out.
 */
import { loadWordList } from '../../src/words/wordlist.js';
import { compileCategorisedPhrases } from './claims-phrases.js';

export type CueCategory =
  | 'research' // "studies show", "a recent study found"
  | 'safety' // "side effects", "addictive", "should avoid"
  | 'comparison' // "faster than", "compared to"
  | 'mechanism' // "blocks", "binds to"
  | 'effect' // "reduces", "relieves", "within hours"
  | 'cause' // "causes", "linked to"
  | 'body' // "brain", "receptors", "serotonin"
  | 'health' // "anxiety", "pain", "blood pressure"
  | 'treatment' // "medication", "therapy", "supplements"
  | 'population' // "patients", "adults"
  | 'promise' // "works for everyone", "guaranteed results"
  | 'prevalence' // "is common", "affects"
  | 'kinetics' // "half-life", "poorly absorbed"
  | 'state'; // "inflamed", "stiffer": a state of the body after a change verb

export type ClaimKind =
  | 'research'
  | 'statistic'
  | 'dosage'
  | 'safety'
  | 'comparison'
  | 'mechanism'
  | 'efficacy'
  | 'health-effect'
  | 'prevalence';

export interface ClaimFinding {
  kind: ClaimKind;
  /** The words that made it a claim, as written ("studies show", "side effects", "23%"). */
  cue: string;
}

/** In priority order: a phrase in two lists keeps the first list's category. */
const CATEGORY_LISTS: ReadonlyArray<readonly [CueCategory, string]> = [
  ['research', 'sources-vague-attributions'],
  ['promise', 'claim-promises'],
  ['kinetics', 'claim-pharmacokinetics'],
  ['safety', 'claim-safety-terms'],
  ['comparison', 'claim-comparisons'],
  ['mechanism', 'claim-mechanism-verbs'],
  ['effect', 'claim-effect-verbs'],
  ['effect', 'claim-benefit-predicates'],
  ['cause', 'claim-cause-verbs'],
  ['body', 'claim-body-terms'],
  ['health', 'claim-health-terms'],
  ['treatment', 'claim-treatment-terms'],
  // Named treatments too ("Bilberry sharpens night vision"): a named remedy beside an effect word is a claim.
  ['treatment', 'treatment-terms'],
  ['prevalence', 'claim-prevalence'],
  ['population', 'claim-population-terms'],
  ['state', 'claim-body-states'],
];

const cueMatcher = compileCategorisedPhrases(
  CATEGORY_LISTS.map(([category, listName]) => [category, loadWordList(listName).phrases] as const),
);

// Health numbers. Flat alternations only (no nested quantifiers), so no pattern can backtrack badly.
const RATE_PATTERN = new RegExp(
  [
    String.raw`\d[\d,.]{0,12}\s?(?:%|percent\b|per cent\b)`,
    String.raw`\b(?:\d[\d.]{0,6}|two|three|four|five|six|ten)[ -]?(?:times|fold)\s(?:more|less|higher|lower|greater|as)\b`,
    String.raw`\b(?:twice|half) as (?:likely|many|much|common|effective)\b`,
    String.raw`\b(?:one|two|three|four|\d{1,4})\s(?:in|out of)\s(?:every\s)?(?:\d[\d,]{0,9}|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b`,
    String.raw`\bper\s+(?:100|1,?000|10,?000|100,?000|million)\b`,
    String.raw`\b\d[\d,.]{0,12}\s?(?:million|billion)\b`,
    String.raw`\b(?:millions|billions|hundreds of thousands) of\b`,
    // Spelt-out percentages: "five to ten per cent".
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\s(?:per ?cent|percent)\b`,
    // How much or how long per day: "14 to 16 hours a day", "50-100 hairs per day", "three times a night".
    String.raw`\b(?:\d[\d.,]{0,6}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\s?(?:to|-|–)\s?(?:\d[\d.,]{0,6}|two|three|four|five|six|seven|eight|nine|ten|twelve))?\s(?:[a-z]+\s)?(?:per|a|each|every)\s(?:day|night|week|month|year)\b`,
    String.raw`\b(?:half|a third|one third|a quarter|one quarter|two-thirds|two thirds|three-quarters|three quarters|the majority|a majority) of\b`,
  ].join('|'),
  'i',
);
const DOSE_PATTERN =
  /\b\d[\d.,]{0,8}\s?(?:mg|mcg|µg|μg|ml|mL|IU|milligrams?|micrograms?|grams?|units)(?:\s?\/\s?(?:kg|day|d|dose))?(?![A-Za-z0-9/])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few)(?:\s(?:to|or)\s(?:two|three|four|five|six|seven|eight|nine|ten|twenty))?\s(?:milligrams?|micrograms?|grams?)\b/i;

/** How long an effect or a condition lasts: "lasts 10 minutes to several hours", "last for up to six weeks". */
const DURATION_PATTERN =
  /\blast(?:s|ed|ing)?\s(?:for\s)?(?:up to\s|about\s|around\s|between\s|from\s|only\s)?(?:\d[\d.,]{0,5}|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|many)\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** What a clinic's timetable lasts: "Initial consultations last 45 minutes". */
const SERVICE_BEFORE = /\b(?:sessions?|consultations?|appointments?|visits?|classes|class|courses?|treatments? sessions?|calls?|programmes?|programs?)\s+(?:usually\s+|typically\s+|normally\s+|each\s+|will\s+|can\s+)?$/i;
/** Who can take a treatment is a safety claim: "Most adults can safely take it". */
const WHO_CAN_TAKE =
  /\b(?:most|many|all|some|nearly all|almost all)\s(?:[A-Za-z-]{1,20}\s){0,8}?(?:adults|people|children|women|men|patients|users|individuals)\b[^.;:]{0,60}?\bcan\s(?:safely\s)?(?:take|use|have)\b/i;
/** A dose said with how often or how much is a dose presented as fact: "1-3 mg daily", "Standard dose: 5 mg", "keep it under 200 mg". */
const DOSE_WORD =
  /\b(?:dose|doses|dosage|dosing|daily|a day|per day|each day|every day|twice|once|recommended|maximum|minimum|typical|standard|usual|no more than|not more than|at most|keep it under|stay under|stay below|keep it below)\b/i;

/**
 * How often people go through a health state, said of a quantified group: "Most cases clear up within a
 * year", "Some people get redness under the pads", "Between attacks, most people have no symptoms". The
 * group is the subject and the verb is something that happens to them, so "Most patients have a course of
 * three" needs a health word beside it to count. With "can", only the activities a recovery page lists ("Most
 * people can drive again after two weeks"; "most people can eyeball it" is a skill). Bounded runs, no nested
 * quantifiers.
 */
const QUANTIFIED_EXPERIENCE =
  /\b((?:most|many|some|few|a few|a minority of|the majority of|a small number of)\s[^.;:!?]{0,30}?\b(?:people|patients|adults|children|kids|babies|teenagers|women|men|users|cases|sufferers|attacks|flares))\b[^.;:!?]{0,40}?\b(?:have|has|get|gets|feel|feels|experience|experiences|develop|develops|notice|suffer|keep getting|go on to|recover|respond|clear up|clears up|improve|settle|settles|resolve|resolves|get better|go away|start|stop|return|are back|go back|can (?:eat|drink|walk|drive|work|return|go back|get back|exercise|shower|bathe|swim|fly|lift|resume|stop))\b/i;
/**
 * The group left unnamed at the start: "Some get an upset stomach", "Most feel better within a day", "Others
 * develop a rash". Needs a health, body or state word or a time course, like the named group.
 */
const BARE_GROUP_EXPERIENCE =
  /^[\s*_>"“]*(?:[A-Z]{2,}:[*_]*\s+)?((?:some|most|many|others|a few))\s+(?:will\s+|may\s+|also\s+|still\s+)?(?:get|have|feel|need|notice|develop|experience|find|start|stop|go on to|recover|react)\b/i;
/**
 * How soon something happens: "within a week", "after a few weeks", "the same night", "overnight". Said of a
 * group's course ("Most people can eat normally after a few weeks"), it is an onset or recovery claim.
 */
const TIME_COURSE =
  /\b(?:within|after|in|by|over)\s(?:a|an|one|two|three|four|five|six|a few|a couple of|several|\d[\d–-]{0,5}(?:\sto\s\d{1,3})?)\s(?:[a-z]+\s)?(?:minutes?|hours?|days?|weeks?|months?|years?|nights?|sessions?|treatments?|doses?)\b|\bwithin (?:minutes|hours|days)\b|\b(?:after|within|in|over) the first (?:few |couple of )?(?:days?|weeks?|months?|doses?|sessions?)\b|\bthe same (?:day|night)\b|\bovernight\b/i;
/**
 * A profession, unnamed, as the authority: "Cardiologists generally advise people with angina to avoid saunas",
 * "dermatologists recommend". The rubric's "doctors say": a vague attribution, so the sentence is an unsourced claim.
 */
const PROFESSION_ADVISES =
  /\b(?:doctors|GPs|physicians|cardiologists|dermatologists|dentists|pharmacists|nutritionists|dietitians|physiotherapists|specialists|clinicians|surgeons|psychiatrists|neurologists|paediatricians|pediatricians|midwives|nurses)\s+(?:(?:generally|usually|often|now|also|all|mostly|typically)\s+)?(?:advise|recommend|say|agree|warn|suggest|believe)\b/i;
/**
 * Noticing, feeling or building an effect: with a time course, a claim of onset (rubric §1: "onset, duration"):
 * "Many patients notice a change after 3–4 sessions", "you will usually notice it within 3 to 7 days", "Strength
 * gains build over 2–4 weeks".
 */
const ONSET_VERB =
  /\b(?:notices?|noticed|noticing|feels?|respond|responds|kicks? in|takes? effect|starts? (?:to work|working)|wears? off|builds?(?: up)?|comes? back|returns? to normal|see (?:results|a (?:change|difference|improvement)))\b/i;
/** A health state's course with its time, said of the body or a condition: "The burning usually settles after the first week". */
const SETTLES = /\b(?:settles?|subsides?|fades?|clears? up|goes away|go away)\b/i;
/**
 * What may happen to the reader, said with a modal: "you may feel dizzy or very sleepy", "You might
 * experience tingling". A side effect told in the second person; needs a health, body or state word.
 */
const READER_EXPERIENCE =
  /\byou(?:'ll|’ll| will)?\s+(?:may|might|can|could|will|often|usually|probably)\s+(?:also\s+|still\s+|initially\s+|sometimes\s+)?(?:experience|feel|notice|develop)\b/i;
/** What may happen to a part of the reader's body: "Your eyes may feel gritty", "your skin can look red". */
const READER_BODY_EXPERIENCE =
  /\byour\s+(?:[\p{L}-]+\s+){0,2}(?:may|might|can|could|will|often|usually)\s+(?:also\s+|still\s+|initially\s+|sometimes\s+)?(?:feel|look|become|get|turn|seem)\b/iu;
/** What the quantified group goes through, when no health noun names it: "clear up", "settle", "feel better". */
const OUTCOME_WORD = /\b(?:clear up|clears up|settle|settles|resolve|resolves|go away|recover|recovers|better|worse|unwell|symptoms?)\b/i;
/**
 * A change the body can go through, said with a modal or a frequency adverb: "the vein can become
 * inflamed", "it can affect the kidneys", "can make the shoulder stiffer", "can take 18 months to resolve".
 * The effect-verb lists hold verbs that are claims beside a health word; these are the verbs of becoming
 * and harming that need the modal to say what may happen, and the bare change verbs that are nouns without
 * one ("may drop", "usually peak", but "eye drops", "a spike").
 */
const MODAL_CHANGE =
  /\b(?:can|may|could|might|will|often|sometimes|occasionally|rarely|usually)\s+(?:also\s+|sometimes\s+|occasionally\s+|still\s+)?(become|get(?!\s+(?:a|an|the|free|your|their|his|her|my|our|it|them|this|that|in|on|to|back)\b)|cause|make|lead to|trigger|bring on|bring up|affect|harm|damage|worsen|interfere with|irritate|inflame|heal|fade|shrink|disappear|upset|hurt|sting|react (?:to|badly|with)|add to|stop\s[^.;:!?]{0,40}?\bfrom working|take up|take\s[^.;:!?]{0,20}?\b(?:hours|days|weeks|months|years)\s+to|rise|drop|fall(?!\s+(?:into|under|within|between|short|apart|in\b))|spike|dip|peak|surge|climb)\b/i;
/**
 * Agent nouns of the verb lists' wildcards: "blockers", "inhibitors", "stimulants", "suppressants",
 * "boosters", "stabilisers". Not every "-ers" ("lowers", "triggers" are verbs).
 */
const AGENT_NOUN = /(?:ors|ants|ckers|sters|[iy][sz]ers|(?:nt|ev)ers?)$/i;
/** An unnamed study with words between it and its finding: "A small trial a few years ago found ...". */
const UNNAMED_STUDY_FOUND =
  /\b(?:a|an|one|another)\s(?:[\p{L}-]+\s){0,2}(?:study|trial|review|survey|experiment)\s(?:(?!and\b|but\b|or\b)[\p{L}\d-]+\s){1,5}?(?:found|showed|suggested|concluded|reported|demonstrated)\b/iu;
/** "that has recently", "which has not yet been": a relative clause saying what state a condition is in. */
const RELATIVE_STATE_BEFORE = /\b(?:that|which|who)\s+(?:has|have|had|is|are|was|were)\s+(?:(?:recently|suddenly|already|not|yet|been|never)\s+)*$/i;
/** What names a dependence as a condition: "alcohol dependence", "opioid dependence". */
const NAMED_DEPENDENCE = /\b(?:alcohol|opioid|opiate|drug|nicotine|substance|benzodiazepine|cannabis)\s$/i;
/** Quotation marks right around a word: scare quotes. */
const SCARE_QUOTE_BEFORE = /["“'‘]/;
const SCARE_QUOTE_AFTER = /["”'’]/;
/** What "protective" describes when it is gear, not an effect: "a protective shield". */
const PROTECTIVE_GEAR = /^\s+(?:shield|glasses|goggles|eyewear|equipment|clothing|clothes|gear|cover|covering|case|mask|gloves|film|padding|cap|sleeve|boots|helmet)s?\b/i;
/** A denial just before a promise word: "isn't a", "not a", "no", "never a". */
const DENIED = /\b(?:(?:not|isn't|isn’t|aren't|aren’t|no|never)\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}|none of\s+(?:[\p{L}-]+\s+){0,3})$/iu;

/**
 * A comparison said with any comparative, not only the listed ones: "easier on the stomach than oxide",
 * "gentler than ibuprofen", "7x more vitamin C than oranges", "stronger antibacterial activity than". Up to four
 * words between the comparative and "than". Not the quantities and times of an instruction ("no more than",
 * "no later than", "rather than", "other than") nor a level against the norm or
 * the writer's own past ("less haemoglobin than normal", "steadier than before"). Needs a health, body or treatment term beside it, like every comparison cue.
 */
const COMPARATIVE_THAN =
  /\b(?!(?:rather|other|later|earlier|older|younger|longer|sooner|fewer|number|order|under|over|after|ever|never|either|whether|together|further|per|her|their|another)\b)([a-z]{3,}er|more\s+(?![a-z]+ing\b)[a-z-]{3,}|less\s+(?![a-z]+ing\b)[a-z-]{3,}|\d{1,4}(?:\.\d{1,2})?\s?(?:x|times)\s+more)\s(?:[a-z-]{1,20}\s){0,4}?than\b(?!\s(?:normal|usual|before)\b)/i;
/**
 * A superlative of how well or how safely something works, naming what it is best for or best of: "the best
 * anti-inflammatory on the planet", "the strongest antihistamine you can buy", "the best honey for a sore
 * throat", "the smarter choice for stress-related insomnia", "the gold-standard treatment". Popularity and price
 * ("the most popular classes", "the best-value option", "the best place to buy") are not health claims, and
 * "the best option for you" is which suits the reader (as "works best for you" is).
 */
const SUPERLATIVE =
  /\bthe\s(?:very\s)?(?:(?:best|strongest|safest|gentlest|fastest|quickest|most\s(?:effective|powerful|potent))\s(?!bang\b)(?:[a-z-]{1,20}\s){0,4}?(?:for(?!\s(?:you|me|my|them|their|each)\b|\syour\b(?!\s(?:health|body|heart|brain|skin|teeth|gut|sleep|immune)))|on the (?:planet|market)|(?:that\s)?you can (?:buy|get|take))\b|(?:better|safer|smarter|healthier|wiser|gentler)\s(?:choice|option|pick|bet)\b|gold[ -]standard\b)/i;

/** Safe said as a predicate with another adjective before it: "are cheap and safe", "is simple, safe". */
const SAFE_PREDICATE = /\b(?:is|are|'s)\s(?:(?:generally|usually|very|quite|considered)\s)?[a-z]{3,}(?:,\s|\sand\s)safe\b/i;
/**
 * An effect said in the passive, with what causes it: "can be increased by CBD", "is relieved by rest", "are
 * made worse by alcohol". Needs a health, body or treatment term like any effect word.
 */
const PASSIVE_EFFECT =
  /\b(?:is|are|can be|may be|could be|will be|gets|get)\s(?:often\s|usually\s|greatly\s|further\s)?(?:increased|reduced|improved|boosted|lowered|raised|enhanced|decreased|relieved|eased|worsened|made worse|damaged|blocked|inhibited|restored|protected|triggered)\sby\b/i;
/** Someone the effect happens to, named by a pronoun. */
const SOMEONE = /\b(?:they|you|he|she|we)\b/i;
/**
 * A comparison of two changes, each with "the": "The earlier you start treatment, the more hair you keep", "the
 * longer you wait, the harder it is to treat". Needs a health, body or treatment term like the other comparisons.
 */
const CORRELATIVE =
  /\bthe\s(?:more|less|fewer|earlier|sooner|later|longer|higher|lower|better|worse|[a-z]{3,}er)\b[^,.;:!?]{0,60},\s(?:then\s)?the\s(?:more|less|fewer|better|worse|[a-z]{3,}er)\b/i;
/**
 * Cases said to have been seen: "Rare cases of frostbite have been reported", "Cases of liver damage have been
 * described in people who ...". An occurrence reported, with no report named.
 */
const REPORTED_CASES = /\bcases?\sof\s[^.;:!?]{1,60}?\b(?:have|has)\sbeen\s(?:reported|seen|described|documented|recorded|linked)\b/i;

/**
 * A profession speaking as one, with no one named: "Dermatologists agree that ...", "Most cardiologists now
 * recommend ...", "Sports dietitians say ...". The same vague attribution as "experts agree", for every
 * profession that ends like one (-ists, -ians, -ors, -ers), not only the ones the list names.
 */
const PROFESSION_CONSENSUS =
  /\b(?:most\s|many\s)?[a-z]{3,}(?:ists|ians|ors|ers)\s(?:generally\s|largely\s|now\s|all\s|widely\s|mostly\s|broadly\s|increasingly\s)?(?:agree|say|believe|recommend|warn|think)\b/i;
/** A benefit claimed for a share of people: "good shoes help most people", "works for many sufferers". */
const HELPS_GROUP =
  /\b(?:helps?|works?\sfor|benefits?)\s(?:most|many|nearly all|almost all|the majority of)\s(?:people|patients|adults|users|sufferers|cases)\b/i;
/** The same, told of the clients: "Most clients see real change within the first month", "most people feel lighter". */
const GROUP_RESULT =
  /\b(?:most|nearly all|almost all|the majority of)\s(?:of\sour\s)?(?:people|patients|clients|customers|users|guests|members)\s(?:(?:will\s|usually\s|typically\s)?(?:see|feel|notice)\s(?:a\s|real\s|big\s|visible\s|results|the\sdifference|lighter|better|calmer|clearer|improvements?|changes?|relief)|(?:are|were|become|became|stay|stayed)\s(?:completely\s|totally\s|fully\s)?[a-z]+-free\b|(?:will\s|usually\s|typically\s)?notice\s(?:an?\s)?[a-z]{3,}er\s[a-z]+)/i;
/** Clients' results passed on by the publisher: "Regular clients tell us they have cut down on their inhalers". */
const CLIENTS_REPORT = /\b(?:clients|patients|customers|users|members|guests)\s(?:often\s|regularly\s|always\s)?(?:tell|report\sto)\sus\s(?:that\s)?(?:they|their)\b/i;

/**
 * A word a fallback pattern of scanCategories needs, tested first: a short literal is found several times
 * faster than the pattern runs, and few sentences have it (a test of several words is no faster: not used).
 */
const PASSIVE_BY = /\sby\b/i;
/** "makes psoriasis worse", "make your symptoms worse": up to three words between. */
const MAKES_WORSE = /\bmak(?:e|es|ing)\s(?:[\p{L}'’-]+\s){0,3}worse\b/iu;
const SAFE_WORD = /safe/i;
const CAN_WORD = /can\s/i;

/** After "works best": for whom it suits ("for you", "for your needs"), which is a choice, not a result. */
const SUITS_READER = /^\s+for\s+(?:you|your|me|my|them|their|each)\b/i;

/** The reader as the modal's subject: "you can get a free check", "you may become eligible" are the reader's options. */
const READER_SUBJECT = /\byou\s+(?:[a-z]+\s+)?$/i;

export interface CueScan {
  /** First match text of each category found. */
  first: Readonly<Partial<Record<CueCategory, string>>>;
}

/**
 * The last scan, for the next call on the same text: a sentence's checks (the claim, then its exemptions, its
 * list item, its topic) ask about the same prose one after another.
 */
let lastProse: string | null = null;
let lastScan: CueScan = { first: {} };

/** The cue categories found in `prose`. The numbers, doses and group experiences are separate (rateIn, doseIn, ...): most callers never ask. */
export function scanCues(prose: string): CueScan {
  if (prose !== lastProse) {
    lastScan = { first: scanCategories(prose) };
    lastProse = prose;
  }
  return lastScan;
}

/** A shop's percentages, not health numbers: "15% off", "save 10%", "100% natural", "95% standardised curcuminoids". */
const COMMERCE_AFTER = /^\s?(?:off\b|discount|cashback|cash back|natural|organic|vegan|pure\b|recycl|cotton|standardi[sz]ed|of (?:profits|proceeds|sales))/i;
const COMMERCE_BEFORE = /\b(?:save|saving|standardi[sz]ed to)\s$/i;

/** A health number: "23%", "one in five", "three times more". */
export function rateIn(prose: string): string | null {
  let from = 0;
  // Each match is tested where it stands; a shop's percentage is passed over for the next number, if any.
  while (from < prose.length) {
    const rest = from === 0 ? prose : prose.slice(from);
    const found = RATE_PATTERN.exec(rest);
    if (!found) return null;
    const end = found.index + found[0].length;
    const percent = /%|cent$/i.test(found[0]);
    if (!percent || !(COMMERCE_AFTER.test(rest.slice(end, end + 24)) || COMMERCE_BEFORE.test(rest.slice(Math.max(0, found.index - 20), found.index)))) {
      return found[0];
    }
    from += end;
  }
  return null;
}

/** A dose: "200 mg", "two grams". */
export function doseIn(prose: string): string | null {
  return DOSE_PATTERN.exec(prose)?.[0] ?? null;
}

function scanCategories(prose: string): Partial<Record<CueCategory, string>> {
  const first: Partial<Record<CueCategory, string>> = {};
  for (const { category, text, start } of cueMatcher.matchAll(prose)) {
    if (first[category] !== undefined) continue;
    // "beta blockers", "ACE inhibitors", "stimulants", "a preventer inhaler": a verb's agent noun names a drug or a
    // device, not an action.
    if ((category === 'mechanism' || category === 'effect') && AGENT_NOUN.test(text)) continue;
    // "heart failure that has recently worsened", "a valve that has not yet been treated": a state the condition is
    // in, described, not an effect claimed.
    // ("... complications that have been alleviated by CBD oil" names what did it: a claim.)
    if (
      category === 'effect' &&
      /ed$/i.test(text) &&
      RELATIVE_STATE_BEFORE.test(prose.slice(Math.max(0, start - 40), start)) &&
      !/^\s+(?:by|with|after|using|thanks to)\b/i.test(prose.slice(start + text.length, start + text.length + 12))
    ) {
      continue;
    }
    // Scare quotes: hot takes about PCOS "cures" mention the word, they do not claim a cure.
    if ((category === 'effect' || category === 'promise') && SCARE_QUOTE_BEFORE.test(prose.charAt(start - 1)) && SCARE_QUOTE_AFTER.test(prose.charAt(start + text.length))) continue;
    // "a protective shield to wear at night": gear that protects, not a protective effect.
    if (category === 'effect' && /^protective$/i.test(text) && PROTECTIVE_GEAR.test(prose.slice(start + text.length, start + text.length + 24))) continue;
    // "isn't a weight-loss miracle", "no miracle glow here": a promise denied is not made.
    if (category === 'promise' && DENIED.test(prose.slice(Math.max(0, start - 40), start))) continue;
    // "alcohol dependence", "opioid dependence": the condition's name, not a risk of the treatment.
    if (category === 'safety' && /^dependence$/i.test(text) && NAMED_DEPENDENCE.test(prose.slice(Math.max(0, start - 16), start))) {
      first.health ??= text;
      continue;
    }
    // "what dose will work best for you": which option suits the reader, not whether it works.
    if (category === 'promise' && /^work/i.test(text) && SUITS_READER.test(prose.slice(start + text.length, start + text.length + 16))) continue;
    first[category] = text;
  }
  if (first.effect === undefined) {
    const passive = PASSIVE_BY.test(prose) ? PASSIVE_EFFECT.exec(prose) : null;
    if (passive) first.effect = passive[0];
  }
  if (first.cause === undefined) {
    // "Cold weather makes psoriasis worse", "they make dehydration worse": a cause with its object between.
    const worse = MAKES_WORSE.exec(prose);
    if (worse) first.cause = worse[0];
  }
  if (first.effect === undefined) {
    const duration = DURATION_PATTERN.exec(prose);
    // "Sessions last 45 minutes" is the timetable, not how long an effect lasts.
    if (duration && !SERVICE_BEFORE.test(prose.slice(Math.max(0, duration.index - 40), duration.index))) first.effect = duration[0];
  }
  if (first.research === undefined) {
    // "A small trial a few years ago found no difference": an unnamed study, with words between it and its finding.
    const unnamed = /\b(?:study|trial|review|survey|experiment)\b/i.test(prose) ? UNNAMED_STUDY_FOUND.exec(prose) : null;
    if (unnamed) first.research = unnamed[0];
  }
  if (first.research === undefined) {
    const consensus = PROFESSION_CONSENSUS.exec(prose);
    // "Our physiotherapists say ..." is the publisher; "Users say" and "Members say" are reviews, not a profession.
    if (consensus && !/^(?:users|members|customers|readers|others|buyers|owners|followers|sellers|manufacturers)\b/i.test(consensus[0].replace(/^(?:most|many)\s/i, ''))) {
      first.research = consensus[0];
    }
  }
  if (first.promise === undefined) {
    // A result claimed for a share of people is a claim of results on its own, as "works for everyone" is.
    const helps = HELPS_GROUP.exec(prose) ?? GROUP_RESULT.exec(prose) ?? (first.treatment ?? first.health ?? first.body ? CLIENTS_REPORT.exec(prose) : null);
    if (helps) first.promise = helps[0];
  }
  if (first.comparison === undefined) {
    // Cheap tests first: most sentences have no "than" and no "the ... est".
    const comparative = (/\bthan\b/i.test(prose) ? COMPARATIVE_THAN.exec(prose) : null) ?? SUPERLATIVE.exec(prose) ?? CORRELATIVE.exec(prose);
    if (comparative) first.comparison = comparative[0];
  }
  if (first.safety === undefined) {
    const reported = REPORTED_CASES.exec(prose) ?? (SAFE_WORD.test(prose) ? SAFE_PREDICATE.exec(prose) : null);
    if (reported) first.safety = reported[0];
  }
  if (first.safety === undefined) {
    const whoCanTake = CAN_WORD.test(prose) ? WHO_CAN_TAKE.exec(prose) : null;
    if (whoCanTake) first.safety = whoCanTake[0];
  }
  return first;
}

type Cues = Readonly<Partial<Record<CueCategory, string>>>;

/** A quantified group going through a health state: "Most cases" in "Most cases clear up within a year". */
function experienceIn(prose: string, first: Cues): string | null {
  if (first.prevalence !== undefined) return null;
  const found = (first.population !== undefined ? QUANTIFIED_EXPERIENCE.exec(prose) : null) ?? BARE_GROUP_EXPERIENCE.exec(prose);
  if (found && (first.health ?? first.body ?? first.effect ?? first.state ?? OUTCOME_WORD.exec(prose)?.[0] ?? TIME_COURSE.exec(prose)?.[0]) !== undefined) {
    return found[1] ?? found[0];
  }
  return null;
}

/** What may happen to the reader: "you may feel" beside a health word (READER_EXPERIENCE). */
function readerEffectIn(prose: string, first: Cues): string | null {
  if (first.health === undefined && first.body === undefined && first.state === undefined) return null;
  return READER_EXPERIENCE.exec(prose)?.[0] ?? (first.body !== undefined ? READER_BODY_EXPERIENCE.exec(prose)?.[0] : undefined) ?? null;
}

/** A change the body may go through, with its modal: "can become", "can affect" (MODAL_CHANGE). */
function changeIn(prose: string, first: Cues): string | null {
  if (first.effect !== undefined || first.mechanism !== undefined) return null;
  const found = MODAL_CHANGE.exec(prose);
  return found && !READER_SUBJECT.test(prose.slice(Math.max(0, found.index - 16), found.index)) ? found[0] : null;
}

export interface ClaimContext {
  /** The sentence names (or refers back to) the article's treatment, as written; counts as a treatment term. */
  subject?: string | undefined;
}

/**
 * The strongest kind of claim the prose makes, or null. A research phrase,
 * a safety word, a promise of results or a pharmacokinetic fact is a claim
 * on its own; an effect, cause, mechanism, comparison or prevalence word only
 * next to a health, body or treatment term; a number only next to a health
 * term or the people it counts.
 */
export function classifyClaim(prose: string, context: ClaimContext = {}): ClaimFinding | null {
  const { first } = scanCues(prose);
  // The article's own treatment, named or referred back to, is a treatment term ("LLLT does not cause shedding").
  const treatment = first.treatment ?? context.subject;
  // A body state ("sore", "stiffer") is as much about health as a health noun.
  const healthContext = first.health ?? first.body ?? treatment ?? first.state;
  if (first.research) return { kind: 'research', cue: first.research };
  const experts = PROFESSION_ADVISES.exec(prose)?.[0];
  if (experts !== undefined && healthContext !== undefined) return { kind: 'research', cue: experts };
  // The patterns below run only when their answer can decide: most sentences stop before the last ones.
  // "only about 4% is absorbed": a share of a dose the body takes up is a health number too.
  const rate = first.health || first.body || first.population || first.safety || first.effect || first.mechanism || first.kinetics ? rateIn(prose) : null;
  if (rate) return { kind: 'statistic', cue: rate };
  const dose = doseIn(prose);
  if (dose && (first.health || first.body || first.effect || DOSE_WORD.test(prose))) return { kind: 'dosage', cue: dose };
  if (first.safety) return { kind: 'safety', cue: first.safety };
  if (first.prevalence && healthContext) return { kind: 'prevalence', cue: first.prevalence };
  const experience = experienceIn(prose, first);
  if (experience) return { kind: 'prevalence', cue: experience };
  if (first.comparison && healthContext) return { kind: 'comparison', cue: first.comparison };
  if (first.promise) return { kind: 'efficacy', cue: first.promise };
  if (first.kinetics) return { kind: 'mechanism', cue: first.kinetics };
  if (first.mechanism && first.body) return { kind: 'mechanism', cue: first.mechanism };
  if (first.effect && healthContext) return { kind: 'efficacy', cue: first.effect };
  // An effect on someone with its onset is a claim of onset (rubric §1) even when the sentence leaves the
  // condition to the paragraph: "They should start to feel better within 30 minutes" (not "The pads lose
  // their stick after a few weeks").
  if (first.effect && TIME_COURSE.test(prose) && (first.population !== undefined || SOMEONE.test(prose))) {
    return { kind: 'efficacy', cue: first.effect };
  }
  if (first.mechanism && (first.health || treatment)) return { kind: 'efficacy', cue: first.mechanism };
  const onset = TIME_COURSE.test(prose) ? (ONSET_VERB.exec(prose)?.[0] ?? (healthContext !== undefined ? SETTLES.exec(prose)?.[0] : undefined)) : undefined;
  if (onset !== undefined) return { kind: 'efficacy', cue: onset };
  if (first.cause && healthContext) return { kind: 'health-effect', cue: first.cause };
  // "The vein can become inflamed", "Intense sessions can bring up strong emotions": what may happen to the body.
  const change = changeIn(prose, first);
  if (change && (healthContext ?? OUTCOME_WORD.exec(prose)?.[0]) !== undefined) return { kind: 'health-effect', cue: change };
  const readerEffect = readerEffectIn(prose, first);
  if (readerEffect) return { kind: 'health-effect', cue: readerEffect };
  return null;
}
