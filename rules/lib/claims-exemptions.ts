/**
 * Sentences the rubric says are never claims, however medical their words:
 * instructions and advice to the reader, the publisher talking about itself,
 * the article talking about itself, personal narrative, definitions of terms, bold pseudo-headings
 * and list fragments that only finish a lead-in ("if you: - have asthma").
 * Pure: a sentence's prose in, a reason out.
 */
import { loadWordList } from '../../src/words/wordlist.js';
import { scanCues } from './claims-cues.js';
import { compileCategorisedPhrases, type CategorisedMatcher } from './claims-phrases.js';
import { isFrequencyBand } from './frequency-bands.js';

export type Exemption =
  | 'advice'
  | 'publisher'
  | 'self-reference'
  | 'announcement'
  | 'narrative'
  | 'definition'
  | 'uncertainty'
  | 'research-gap'
  | 'heading-like'
  | 'research-activity'
  | 'fragment'
  | 'disclaimer'
  | 'hearsay'
  | 'care-pathway'
  | 'topics'
  | 'contents';

function listMatcher(name: string): CategorisedMatcher<string> {
  return compileCategorisedPhrases([[name, loadWordList(name).phrases]]);
}
const imperativeMatcher = listMatcher('claim-exempt-imperatives');
const disclaimerMatcher = listMatcher('claim-exempt-disclaimers');
/** Named treatments (read only: the list belongs to the treatment check), so "Red Vein Kratom was ..." is no person. */
const treatmentNameMatcher = listMatcher('treatment-terms');
const publisherMatcher = listMatcher('claim-exempt-publisher');
const selfReferenceMatcher = listMatcher('claim-exempt-self-reference');

const LEADING_MARKUP = /^[\s>*_"“‘'([-]+/;
const LEAD_IN_ADVERB =
  /^(?:put simply|simply put|in other words|in fact|of course|basically|in a nutshell|also|additionally|finally|first|firstly|second|secondly|third|thirdly|lastly|next|then|instead|however|so|and|but|or|therefore|in addition|importantly|most importantly|in general|generally|ideally|if possible|where possible|as always|for best results|meanwhile|above all|in short|to be safe|to stay safe|again)\b,?\s*/i;
/** "If you have kidney disease, ..." — the instruction, if any, follows the comma. */
const SUBORDINATE_OPENER = /^(?:if|when|whenever|before|after|while|once|unless|until|to|for|as|since|in case)\b/i;
/** Imperatives that introduce a claim rather than an instruction: "Note that ...", "Keep in mind that ...". */
const INTRODUCES_CLAIM = /^(?:note|remember|keep in mind|bear in mind|be aware|know|understand|realise|realize)\b/i;
/** A verb read as a noun: "Use of ketamine ...", "Drink-driving ...". */
const NOUN_USE = /^[A-Za-z\u00C0-\u024F']+(?:\s+of\b|-)/;
const ADVICE_TO_READER =
  /\byou(?:'ll|’ll| will)?\s+(?:should|must|need to|needs to|ought to|may want to|might want to|may wish to|are advised to|have to)\b|\byou(?:'ll|’ll| will| may| might| can)?\s+(?:usually |normally |probably |then )?be\s+(?:offered|prescribed|given|asked|referred|advised|monitored)\b|\byour\s+(?:doctor|gp|pharmacist|physician|nurse|specialist|midwife|healthcare provider|health care provider|provider|care team|chiropractor|therapist|physiotherapist|physical therapist|dentist|dietitian|dietician|nutritionist|practitioner|acupuncturist|osteopath|surgeon|consultant)\s+(?:will|may|might|can|could|should|would)\b|\b(?:it's|it’s|it is)\s+(?:important|essential|vital|best|wise|sensible|advisable|a good idea)\s+(?:to|not to)\b|\bwith your\s+(?:doctor|gp|pharmacist|physician|healthcare provider|health care provider|practitioner)\b|\b(?:should|must)\s+(?:always\s+|first\s+)?(?:consult|talk|speak|see|ask|check with|discuss|tell|seek|get advice)\b|\b(?:consult|talk to|speak to|speak with|check with|ask)\s+(?:your|a|their|his|her)\s+(?:doctor|gp|pharmacist|physician|healthcare|health care|provider|practitioner|midwife|nurse|specialist|therapist)\b/i;
/**
 * The care pathway described to the reader: what the clinic will do next, not what a treatment does. "They'll
 * ask you about your previous treatment", "Your GP may suggest a self-help course", "You'll start on the lowest
 * dose", "you may need medication for ...", "these may need to be treated first".
 */
const CARE_PATHWAY = new RegExp(
  [
    String.raw`\b(?:they|your\s+(?:doctor|gp|pharmacist|nurse|specialist|care team|consultant|midwife|therapist|psychiatrist)(?:\s+or\s+[\p{L} ]{1,40}?)?)(?:'ll|’ll|\s+will|\s+may|\s+might|\s+can|\s+would|\s+should)\s+(?:also\s+|usually\s+|probably\s+|then\s+|first\s+|likely\s+|normally\s+)?(?:ask|suggest|offer|refer|discuss|review|arrange|explain|talk|examine|recommend|prescribe|want to know|go through)\b`,
    String.raw`\byou(?:'ll|’ll|\s+will)\s+(?:usually\s+|normally\s+|probably\s+|then\s+|first\s+|also\s+)?(?:start on|start with|be started on|begin on|begin with|be asked|meet|see a|see your|have a (?:follow-up|review|appointment|consultation|session))\b`,
    String.raw`\byou\s+(?:may|might|will|'ll|’ll)\s+(?:also\s+)?need\s+(?:medication|medicine|treatment|a referral|to see|to be referred|to go back|to have (?:a|an|some) (?:test|scan|appointment|review))\b`,
    String.raw`\b(?:may|might|will)\s+need\s+to\s+be\s+(?:treated|assessed|seen|referred|reviewed|checked|managed)\s+(?:first|before)\b`,
  ].join('|'),
  'iu',
);
/**
 * Words every care-pathway alternative needs, tested first: the pattern's `iu` flags make it slow on every
 * sentence. Plain `i` finds the same letters (under `iu` only "ſ" and the Kelvin sign fold to ASCII, to s and k).
 */
const CARE_PATHWAY_WORD = /they|you|need/i;
/**
 * Usual care told in the passive: who is offered, given or referred for what ("An underactive thyroid is usually
 * treated with levothyroxine", "People with repeated flares are usually offered ...", "the second dose may be
 * given after two months"). It says what clinicians do, not what the treatment does; a purpose that states an
 * effect ("... prescribed to lower cholesterol") or a verdict ("prescribed too often") is left to the claim cues.
 */
const CARE_PASSIVE =
  /\b(?:is|are|may be|might be|can be|will be|could be)\s+(?:(?:usually|often|normally|generally|commonly|routinely|first|then|also|sometimes|only)\s+){0,2}(?:treated\s+(?:with|by|in|at)|offered|referred|prescribed|given|seen\s+by|started\s+on|put\s+on)\b(?!\s+(?:too|more|less|far|very)\b)/i;
const CARE_PURPOSE = /\bto\s+(?:help\s+)?(?:reduce|relieve|lower|prevent|treat|improve|ease|control|stop|protect|boost|increase|raise|manage|cure|slow|speed|heal|fight|block)\b/i;

/** A practice saying what it will do with the reader: "we will agree a slow tapering plan with you", "We will talk with you about ...". */
const PRACTICE_WILL =
  /\bwe(?:'ll|’ll| will| can| may| might| would)\s+(?:(?:usually|also|then|first|always|now|normally|gladly|happily)\s+)?(?:agree|talk|discuss|review|arrange|offer|ask|check|go through|work out|explain|contact|write to|call|book|assess|monitor|send)\b/i;

/** A purpose the practice names, not the reader's wish ("whether you would like to reduce them"). */
const PRACTICE_PURPOSE = new RegExp(`(?<!\\b(?:like|want|wants|wish|prefer|choose|decide)\\s)${CARE_PURPOSE.source}`, 'i');

function isCarePathway(prose: string): boolean {
  const planned = PRACTICE_WILL.exec(prose);
  // A purpose in the same clause ("we will offer you X to reduce your pain") says what X does; the reader's own
  // later in the sentence ("whether you would like to reduce them") does not.
  if (planned !== null && !PRACTICE_PURPOSE.test(prose.slice(planned.index).split(/[,;:]/)[0] ?? '')) return true;
  const found = CARE_PASSIVE.exec(prose);
  if (found === null) return false;
  const rest = prose.slice(found.index);
  // "PPIs are given in an inactive form, which ... crosses cell membranes": the clause after says what it does.
  return !CARE_PURPOSE.test(rest) && !/\bwhich\b/i.test(rest);
}

/**
 * What one unit of a product holds: "Each gummy has 50 mg of magnesium citrate", "One scoop provides 5 g of
 * creatine". A label's contents, not a dose stated as fact (a dose says how much to take) nor an effect; a
 * sentence that goes on to say what the contents do ("... to calm the mind") is left to the claim cues.
 */
const UNIT_CONTENTS =
  /^[\s*_>-]*(?:each|every|one|a single|per)\s+(?:[a-z-]+\s)?(?:tablet|capsule|caplet|softgel|gummy|gummies|lozenge|pastille|sachet|scoop|serving|spray|drop|sachet|stick|bar|shot|vial|ampoule|teaspoon|tablespoon|ml|millilitre|pouch|patch|chew|pill|dose|pump)s?\s+(?:contains?|has|have|provides?|delivers?|gives you|holds?|packs?)\b/i;

function isUnitContents(prose: string): boolean {
  if (!UNIT_CONTENTS.test(prose)) return false;
  const { first } = scanCues(prose);
  return (first.effect ?? first.mechanism ?? first.promise ?? first.comparison ?? first.safety ?? first.research ?? first.cause) === undefined;
}

/**
 * What a test or a therapy consists of, not what it achieves: "This checks how well sound travels through the
 * bones of your skull", "Applied relaxation focuses on relaxing your muscles in a particular way".
 */
const WHAT_IT_INVOLVES =
  /\b(?:checks|measures|tests|assesses|records|looks at)\s+(?:how\s+(?:well|much|fast|quickly|often|far|long)|whether|if)\b|^[^,.;:]{1,60}\s(?:involves|focuses on|consists of|is made up of)\s+(?:[a-z]+ing|a|an|the)\b/i;

function describesWhatItInvolves(prose: string): boolean {
  const found = WHAT_IT_INVOLVES.exec(prose);
  // "... involves the insertion of thin needles, which relieves pain": the clause after says what it does.
  return found !== null && !/,\s*(?:which|and|so)\b/i.test(prose.slice(found.index));
}

/**
 * How people use a product or a plan, as a habit: "Most people use it for 20–40 minutes at a time", "Most
 * people aim for 20–50 g of carbs a day". What they choose to do, not what it does to them; a sentence that
 * goes on to an effect or a harm ("... and feel relief within an hour", "can safely take") is a claim.
 */
const USAGE_HABIT =
  /^[\s*_>"“]*(?:most|many|some)\s+(?:people|users|customers|members|clients|owners|buyers)\s+(?:use\s+(?:it|them|this|these|the\s[\p{L}-]+)|aim\s+for|choose|prefer|opt\s+for|buy|order|book|go\s+for)\b/iu;

function isUsageHabit(prose: string): boolean {
  if (!USAGE_HABIT.test(prose)) return false;
  const { first } = scanCues(prose);
  return (first.effect ?? first.safety ?? first.promise ?? first.comparison ?? first.research ?? first.mechanism ?? first.cause) === undefined;
}

/**
 * The topics of a talk, a session or an interview named without a claim made about them: "She will talk about
 * symptoms, treatment options and where to find support", "The session covers ...".
 */
/** A lead-in to a list of who it suits: "IUI may be a good option for:", "It is suitable for:". The list says who. */
const SUITABILITY_LEAD_IN = /\b(?:a good option|a good choice|an option|suitable|ideal|a good fit|recommended)\s+for\s*:[\s*_]*$/i;

const TOPICS_NAMED =
  /\b(?:will|to|going to|'ll|’ll)\s+(?:also\s+|briefly\s+)?(?:talk|speak|chat|tell (?:you|us|people)|answer questions)\s+about\b|\bwill\s+(?:also\s+|briefly\s+)?(?:discuss|cover|describe|introduce|outline)\b/i;

const PRONOUN_I = /(?<![A-Za-z0-9\u00C0-\u024F_-])I(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?(?![A-Za-z0-9\u00C0-\u024F.-])/g;
/** Case matters: "ME" is myalgic encephalomyelitis. */
const ME_MY = /\b[Mm](?:e|y|ine|yself)\b/;
/** Words before a capital I that make it a numeral: "type I diabetes", "phase I trial". */
const ROMAN_NUMERAL_CONTEXT = /\b(?:type|phase|class|stage|grade|schedule|part|chapter|step|level|category|tier|group|war)\s+$/i;
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;
const PAST_NARRATIVE =
  /\b(?:was|were|had|did|took|felt|went|began|started|stopped|decided|tried|noticed|got|became|said|told|saw|came|realised|realized|improved|returned|diagnosed)\b/i;
/** "she developed insomnia", "he later stopped": a named or pronoun subject with a verb in the past. */
const THIRD_PERSON_PAST = /\b(?:he|she|who)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|never\s+|soon\s+|first\s+)?[a-z]{3,}ed\b/i;
/**
 * A sentence about a named person: "Ada Lovelace was ...", "Greta Olsen's problems with sleep ...", "Finally,
 * Tom Rhys developed ...". Two or three capitalised words (soft hyphens allowed) and a past-tense verb or a
 * possessive; the words are checked against the claim lists, so "Vitamin D was ..." is not a person.
 */
const NAMED_PERSON_OPENING =
  /^((?:\p{Lu}[\p{Ll}\u00AD'’-]+\s+){1,2}\p{Lu}[\p{Ll}\u00AD-]+)(?:['’]s\b|\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|never\s+)?(?:(?:has|had)\s+[a-z]{3,}ed|was|were|had|did|took|felt|went|began|became|lost|died|wrote|said|told|saw|came|grew|fell|[a-z]{3,}ed)\b)/u;
const SCENE_SETTING = /^(?:(?:over|in|by|after|during|since|for|at|as)\s[^,]{1,30}),\s*/i;
const PERSON_WORD = /\b(?:he|she|his|her|him|hers|himself|herself|whose|who)\b/i;
/** One surname doing research: "Okoro conducted an experiment ...", "Lind published ...". Said of people only. */
const NAMED_RESEARCHER_OPENING =
  /^\p{Lu}[\p{Ll}\u00AD-]+(?:\s+et al\.?)?\s+(?:(?:first|later|also)\s+)?(?:conducted|carried out|published|described|coined|wrote|proposed|pioneered|founded|invented|set out)\b/u;

/** A generic person is not a narrative: "if a woman takes it while pregnant, her baby ...". */
const GENERIC_PERSON = /\b(?:a|an|any|every|each|the)\s+(?:woman|man|person|patient|child|adult|mother|baby|user|individual|someone|reader)\b|\b(?:someone|anyone|everyone|whoever)\b/i;
const DEFINITION_WORDING =
  /\b(?:refers? to|is defined as|are defined as|stands for|is short for|is an abbreviation|is an acronym|is (?:a|the) (?:term|word|name) (?:for|used)|(?:is|are) the names? given to|(?:doctors|clinicians|specialists) (?:may |might |will |often |usually )?call (?:it|this|that)|also (?:called|known as)|is called|are called|(?:is|are) often called)\b/i;
/** "**Migraine** is ...": a bold term at the start is the article defining it. */
// A bold label with a colon ("**Form:** glycinate and citrate are ...") heads a point; it defines nothing.
const BOLD_TERM_DEFINED = /^\s*(?:\*\*|__)[^*_:]{1,60}(?:\*\*|__)(?!\s*:)[^.]{0,80}?\b(?:is|are)\b/;
/** "Atrial fibrillation, often shortened to AF, is a condition in which ...": a term and its class. */
const TERM_AND_CLASS =
  /^[^,.;:]{1,60}(?:,[^,.;:]{1,60},)? (?:is|are) (?:a|an|the) (?<modifiers>[A-Za-z\u00C0-\u024F() -]{0,64}?)\b(?:condition|disease|disorder|illness|syndrome|infection|therapy|treatment|device|machine|procedure|technique|method|practice|form|type|kind|class|group|substance|compound|chemical|hormone|supplement|spice|herb|plant|drug|medicine|medication|test|scan|individual|person|people)s? (?:that|which|in which|where|used|made|of|for|given|who)\b/i;
/**
 * A glossary entry: a bold term, a colon and what the term is, as a noun phrase ("**Angina**: chest pain or
 * discomfort caused when ...", "**Stent:** a small mesh tube ..."). A bold label whose point opens with a verb
 * or a change ("**Form:** glycinate and citrate are ...", "**Benefits**: better sleep") is not one.
 */
const GLOSSARY_TERM = /^[\s>*_-]*(?:\*\*|__)[^*_:]{1,40}(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__))\s*/;
/** Where the noun phrase that defines the term ends: a comma, a bracket or a relative word. */
const DEFINING_PHRASE_END = /[,;.()]|\s(?:that|which|who|whose|where|when|caused|made|used|found|given|in which)\b/;
const VERB_IN_PHRASE = /\b(?:is|are|was|were|can|may|might|will|could|should|must|has|have|does|do|helps?|works?)\b/i;
/**
 * "Cystitis means inflammation of the bladder": a term and what it names. Not "This means ...", nor a term that
 * means a change or a risk for someone ("Untreated apnoea means a higher risk ...", "... means fewer colds").
 */
const TERM_MEANS =
  /^[\s*_>]*(?![Tt]his\b|[Tt]hat\b|[Ii]t\b|[Ww]hich\b|[Ww]hat\b|[Tt]hese\b|[Tt]hose\b|[Tt]here\b|[Hh]ere\b|[Ss]o\b|[Aa]ll\b)\p{L}[\p{L}-]{0,30}(?: \p{L}[\p{L}-]{0,30}){0,3} (?:literally |simply )?means (?!(?:a|an|more|less|fewer|higher|lower|better|worse|faster|you|your|that|it|they|we|there|the|people|having|getting|taking|no|not)\b)\p{Ll}/u;

function isGlossaryEntry(prose: string): boolean {
  const term = GLOSSARY_TERM.exec(prose);
  if (term === null) return false;
  const rest = prose.slice(term[0].length);
  if (!/^\p{Ll}/u.test(rest)) return false;
  const end = DEFINING_PHRASE_END.exec(rest);
  const phrase = end === null ? rest : rest.slice(0, end.index);
  if (VERB_IN_PHRASE.test(phrase) || phrase.split(/\s+/).length > 10) return false;
  const { first } = scanCues(phrase);
  return (first.effect ?? first.cause ?? first.mechanism ?? first.promise ?? first.comparison ?? first.research) === undefined && !/^(?:better|improved|less|more|fewer|lower|higher|faster|reduced|increased|zero|no)\b/i.test(phrase);
}

/**
 * A term and what kind of thing it is, whatever the noun: "The gallbladder is a small pouch that sits under the
 * liver", "Shingles is a painful rash caused by ...", "A trigger point is a small, tender spot in a band of
 * muscle". The term is a short noun phrase at the start; the noun is not one that makes the sentence a claim
 * ("Smoking is a major cause of ...", "Sleep is the best medicine for ...").
 */
const TERM_AND_THING =
  /^(?:(?:the|a|an)\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3} (?:is|are) (?:a|an|the) (?:(?!(?:for|to|with|against|in|of|on|at|by|from|and|or|than|that|which)\b)[\p{L}-]+,? ){0,4}?(?<noun>[\p{L}-]+) (?:that|which|in which|where|of|caused|made|found|used|in|on|under|inside|around)\b/u;
const CLAIM_NOUN =
  /^(?:cause|causes|risk|risks|trigger|triggers|factor|factors|source|sources|way|ways|reason|reasons|contributor|driver|sign|signs|symptom|symptoms|result|effect|effects|side|benefit|benefits|answer|solution|cure|remedy|fix|key|part|one|alternative|choice|option|treatment|medicine|boost|killer|leader|culprit|link|predictor|marker|mainstay|cornerstone|backbone|bedrock|staple|standard|first-line)$/i;
/** Cheap test first: the pattern above only matters when the sentence has "is a" or "are the". */
const IS_A = /\b(?:is|are) (?:a|an|the)\b/i;
/** "the most effective treatment for" is a claim dressed as a definition. */
const EVALUATIVE = /\b(?:most|best|safest|only|effective|proven|powerful|leading|top|ideal|excellent|great|better|safer|mainstay|cornerstone|backbone|bedrock|first-line|standard)\b/i;
/** The writer saying what is not known is not a claim about health: "Scientists are still unsure how ...". */
/**
 * "Not all users will experience this benefit": results that vary, on their own. A second clause ("..., and some
 * will get headaches") is judged as a claim.
 */
const NOT_ALL_WILL = /\bnot (?:all|every|everyone|everybody)(?: [\p{L}-]+){0,3} (?:will|would|does|do) (?:experience|notice|see|get|feel|benefit|respond)\b/iu;
const UNCERTAINTY = /\b(?:no guarantee|(?:can't|can’t|cannot|can not) (?:promise|guarantee)|(?:every|each|everyone|everybody)(?: patient| person| body)?['’]?s? (?:[\p{L}]+ )?(?:is|are) different|(?:affects|works for|responds?) (?:everyone|everybody|each person) differently|results (?:may |will |can )?vary|unsure|not sure|unclear|not clear|not (?:yet )?known(?! to\b)|unknown|(?:don't|do not|does not|doesn't) (?:yet |really |fully )?know|no one knows|nobody knows)\b/iu;
/**
 * Sentences that name a claim without making it, or say nothing a reader could check: "You will often read
 * that lithium prevents suicide" (the writer is about to weigh the claim), "People also worry about
 * addiction" (a concern reported, a question to come), "Tebrosartan is not suitable for everyone" (a lead-in
 * to the list of who should avoid it, which is where the claim is).
 */
const HEARSAY =
  /^[\s*_>"“]*(?:you(?:'ll|’ll| will| may| might)?\s+(?:often\s+|sometimes\s+|probably\s+|also\s+)?(?:read|hear|see|be told|come across)\s+(?:claims\s+)?that)\b|^[^,;:]{0,60}\b(?:worry|worries|worried|ask|asks|asked|wonder|wonders|wondered)\s+(?:about|whether|if)\b[^,;:]{0,60}$|^[\s*_>"“]*(?:[^:.]{1,30}:[\s*_]*)?[^,;:.]{1,60}?\s(?:is not|are not|isn't|aren't|isn’t|aren’t)\s+(?:suitable|right|appropriate)\s+for\s+(?:everyone|everybody)\s*[.!]?[\s*_]*$/i;
/** Claims reported as others' ("It's all over social media, with claims that it whitens teeth and cures gum disease"). */
const REPORTED_CLAIMS =
  /\b(?:(?:with|amid|despite|full of|making)\s+(?:(?:bold|wild|viral|big|grand|online|popular|unproven|false|dubious|exaggerated|many|some|the)\s+)?claims\s+(?:that|it|they)|claiming\s+(?:online\s+|on social media\s+)?that)\b/i;
/** "Here are five benefits of CBD": the article announcing itself. */
const ANNOUNCES_ARTICLE = /^\W*(?:here (?:are|is)|here's|below (?:are|is)|the following)\b/i;
const WRAPPED_IN_EMPHASIS = /^\s*(?:\*\*|__)[^*_]{1,120}(?:\*\*|__)\s*:?\s*$/;
/** A bold line with a modal verb is a sentence set in bold, not a heading: "**Children must not take it:**". */
const MODAL_VERB = /\b(?:must|should|shouldn't|can|cannot|can't|may|might|will|won't|could)\b/i;
/** "More research is needed": the writer saying what is not yet known, whatever the topic. */
const RESEARCH_GAP =
  /\b(?:more|further|additional|larger|longer|better|new)\s+(?:[\p{L}-]+\s+){0,2}(?:research|studies|trials|evidence|data)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required|necessary|warranted)\b/iu;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Words the `iu` patterns need, tested first with plain `i` (no s or k: only "ſ" and the Kelvin sign fold to ASCII under `iu`). */
const RESEARCH_GAP_WORD = /needed|required|nece|warranted/i;
const NOT_ALL_WORD = /not /i;
/**
 * Research as an activity, not a finding: "These studies are a prerequisite to identifying harms", "X
 * conducted an experiment to test whether ...". A sentence that also reports a result is still a claim.
 */
const RESEARCH_NOUN = /\b(?:stud(?:y|ies)|research|trials?|experiments?|investigations?)\b/i;
const RESEARCH_PURPOSE =
  /\b(?:to|in|for|towards?)\s+(?:(?:help(?:ing)?|better)\s+)?(?:identify(?:ing)?|determin(?:e|ing)|establish(?:ing)?|assess(?:ing)?|evaluat(?:e|ing)|investigat(?:e|ing)|test(?:ing)?|examin(?:e|ing)|explor(?:e|ing)|measur(?:e|ing)|find(?:ing)? out|understand(?:ing)?|learn(?:ing)? more)\b/i;
/**
 * How a trial was run, not what it found: "Children got either 400 IU of vitamin D or a dummy drop every day",
 * "Half of the volunteers will be given a weighted blanket and half a normal one", "were randomly assigned to".
 */
const TRIAL_ARMS =
  /\beither\s[^.;]{1,80}\sor\s(?:an?\s)?(?:identical\s|matching\s|dummy\s)?(?:placebo|dummy|sham|inactive|control|usual care|normal|ordinary)\b|\b(?:randomly\s)?(?:assigned|allocated|randomi[sz]ed)\s+to\b|^\W*half\s(?:of\s)?(?:the\s)?[\p{L}-]+\s(?:will\s(?:be\s)?|were\s|got\s|received\s|took\s)[^.;]{1,80}\sand\shalf\b/iu;
/** Words TRIAL_ARMS needs, tested first; `iu` there, so "ſ" may stand for s: "a[sſ]". */
const TRIAL_ARMS_WORD = /either|a[sſ][sſ]igned|allocated|randomi|half/i;
/** Who paid for or ran a study: "Kestrel Bio funded the study", "The trial was sponsored by ...". */
const STUDY_FUNDING =
  /\b(?:funded|sponsored|paid for|financed|commissioned)\s+(?:by\b|the\s+(?:study|trial|research|review|survey|work)\b)/i;
/** "Several trials have tested whether ...", "The study will compare how ...": what research asks, not what it found. */
const RESEARCH_QUESTION =
  /\b(?:tested|tests|test|examined|examines|examine|investigated|investigates|investigate|asked|asks|ask|explored|explores|explore|looked at|look at|looks at|compared|compare|compares)\s+(?:whether|if|how)\b/i;
const RESEARCH_RESULT =
  /\b(?:found|find|finds|show|shows|showed|shown|suggest|suggests|suggested|reveal(?:s|ed)?|confirm(?:s|ed)?|demonstrat(?:es|ed)|conclud(?:es|ed)|report(?:s|ed)|prove[sdn]?|linked|associated|improv(?:es|ed)|reduc(?:es|ed)|%)/i;
/** A bold span that ends with a full stop and runs to a sentence's length is a sentence in bold, not a heading. */
const BOLD_SENTENCE = /[.!]\s*(?:\*\*|__)\s*$/;
/** A bold line standing alone ("**The risks of fasting**") or a title-case line: a heading in all but markup. */
export function isPseudoHeading(prose: string): boolean {
  const bold = WRAPPED_IN_EMPHASIS.test(prose) && !MODAL_VERB.test(prose) && !isBoldSentence(prose);
  return bold || isTitleCase(prose);
}

function isBoldSentence(prose: string): boolean {
  return BOLD_SENTENCE.test(prose) && (prose.match(WORD)?.length ?? 0) >= 6;
}

/** Research described as something done or needed, with no result reported. */
export function isResearchActivity(prose: string): boolean {
  if (RESEARCH_RESULT.test(prose)) return false;
  if (RESEARCH_NOUN.test(prose) && (RESEARCH_PURPOSE.test(prose) || RESEARCH_QUESTION.test(prose) || STUDY_FUNDING.test(prose))) return true;
  // The arms of a trial, with no outcome beside them ("... and those given acupuncture had less pain").
  if (!TRIAL_ARMS_WORD.test(prose) || !TRIAL_ARMS.test(prose) || /\b(?:less|fewer|more|lower|higher|better|worse)\b/i.test(prose)) return false;
  const { first } = scanCues(prose);
  return (first.effect ?? first.comparison ?? first.promise) === undefined;
}

/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'as', 'is', 'are', 'its', 'your']);

/** "Supports Joint Health", a study title: every word that a title capitalises is capitalised. */
function isTitleCase(prose: string): boolean {
  if (prose.length > 200 || !/^[\s*_#>"“-]*[A-Z0-9]/.test(prose)) return false;
  // Word by word, stopping at the first significant word in lower case (most sentences' second or third word).
  let significant = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(prose); match !== null; match = WORD.exec(prose)) {
    if (TITLE_SMALL_WORDS.has(match[0].toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(match[0])) return false;
    significant++;
  }
  return significant >= 3;
}
/** A list item that only finishes its lead-in: "Do not take it if you: - have asthma". */
const LEAD_IN_FRAGMENT = /^(?:have|has|had|are|is|were|was|take|use|get|feel|need|'re|’re)\b/;

function stripLeadIns(text: string): string {
  let rest = text.replace(LEADING_MARKUP, '');
  for (let guard = 0; guard < 3; guard++) {
    const next = rest.replace(LEAD_IN_ADVERB, '');
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

function opensWithImperative(clause: string): boolean {
  if (INTRODUCES_CLAIM.test(clause) || NOUN_USE.test(clause)) return false;
  const first = imperativeMatcher.matchAll(clause.slice(0, 40))[0];
  return first !== undefined && first.start === 0;
}

/** Who an instruction is for, set before it as a label: "Adults and children 12 years and over: take ...". */
const AUDIENCE_LABEL = /^[^:.;!?]{1,60}:\s+/;
/**
 * The reader's options said with a modal: "You can also report side effects to ...", "You can book online".
 * Verbs of what happens to the reader ("you can get shingles twice", "you may feel dizzy") stay claims.
 */
const READER_MAY = /^(?:you|you'll|you’ll)\s+(?:can|could|may|might|will)\s+(?:also\s+|always\s+|still\s+)?/i;
const HAPPENS_TO_READER = /^(?:get|take|have|feel|experience|notice|develop|become|see|expect|lose|gain|need|find|be)\b/i;

function isReaderOption(start: string): boolean {
  const modal = READER_MAY.exec(start);
  if (!modal) return false;
  const rest = start.slice(modal[0].length);
  return !HAPPENS_TO_READER.test(rest) && opensWithImperative(rest);
}

/** An instruction, either at the start or after an opening "If ..., " clause (whose commas may be several). */
export function isInstruction(prose: string): boolean {
  const start = stripLeadIns(prose);
  if (opensWithImperative(start) || isReaderOption(start)) return true;
  const label = AUDIENCE_LABEL.exec(start);
  if (label && opensWithImperative(stripLeadIns(start.slice(label[0].length)))) return true;
  if (!SUBORDINATE_OPENER.test(start)) return false;
  for (let comma = start.indexOf(','); comma !== -1 && comma < 240; comma = start.indexOf(',', comma + 1)) {
    if (opensWithImperative(stripLeadIns(start.slice(comma + 1)))) return true;
  }
  return false;
}

/**
 * A tip dressed as a benefit: "it helps to keep a note of what sets off your symptoms", "A diary can help you
 * spot your triggers". The help is toward something the reader does or works out, not a health outcome.
 */
const TIP =
  /\b(?:it\s+(?:often\s+|really\s+|also\s+|usually\s+)?helps\s+to|helps?\s+(?:you\s+)?(?:to\s+)?)\s*(?:spot|keep track|keep a note|keep a record|keep a diary|track|note down|write down|record|remember|plan|find out|identify|work out|figure out|decide|prepare|understand|know|talk to|ask)\b/i;

/**
 * A practical tip passed on from other people: "some people find it helps to take the tablet the evening
 * before". Not when what helps is an effect on health ("find it helps to ease the pain").
 */
const OTHERS_FIND_IT_HELPS =
  /\b(?:people|patients|parents|others|many|some|users)\s+find\s+(?:that\s+)?it\s+helps\s+to\s+(?!(?:reduce|relieve|ease|lower|prevent|calm|soothe|boost|improve|heal|clear|settle|stop)\b)[a-z]/i;

export function isAdvice(prose: string): boolean {
  return isInstruction(prose) || ADVICE_TO_READER.test(prose) || (CARE_PATHWAY_WORD.test(prose) && CARE_PATHWAY.test(prose)) || TIP.test(prose) || OTHERS_FIND_IT_HELPS.test(prose);
}

export function isAboutPublisher(prose: string): boolean {
  return publisherMatcher.matchAll(prose).length > 0 || /^\s*(?:at|At|AT)\s+\p{Lu}[^,]{0,60}?,?\s+(?:we|we've|we’ve|we're|we’re|our)\b/u.test(prose);
}

export function isAboutArticle(prose: string): boolean {
  return selfReferenceMatcher.matchAll(prose).length > 0 || ANNOUNCES_ARTICLE.test(prose);
}

function hasFirstPersonSingular(prose: string): boolean {
  if (ME_MY.test(prose)) return true;
  PRONOUN_I.lastIndex = 0;
  for (let match = PRONOUN_I.exec(prose); match; match = PRONOUN_I.exec(prose)) {
    if (!ROMAN_NUMERAL_CONTEXT.test(prose.slice(Math.max(0, match.index - 20), match.index))) return true;
  }
  return false;
}

/** A story about the writer or one person: "I started taking it in May", "After a week her pain improved." */
export function isNarrative(prose: string): boolean {
  if (hasFirstPersonSingular(prose)) return true;
  if (THIRD_PERSON.test(prose) && (PAST_NARRATIVE.test(prose) || THIRD_PERSON_PAST.test(prose)) && !GENERIC_PERSON.test(prose)) return true;
  // "Over the years, Wim Hof has ...": a short scene-setting phrase may come before the name.
  const start = stripLeadIns(prose).replace(SCENE_SETTING, '');
  if (NAMED_RESEARCHER_OPENING.test(start)) return true;
  // A capitalised name is a person only when the sentence goes on to speak of one ("her", "his", "whose"):
  // "Devil's Claw reduced back pain" names a herb.
  const opening = NAMED_PERSON_OPENING.exec(start);
  const name = opening?.[1];
  if (name === undefined || !PERSON_WORD.test(start.slice(name.length)) || namesSomethingElse(name)) return false;
  const effect = scanCues(opening?.[0].slice(name.length) ?? '').first;
  return effect.effect === undefined && effect.mechanism === undefined;
}

/** The capitalised words name a treatment, a condition or a body part, not a person: "Vitamin D", "Lyme Disease". */
function namesSomethingElse(name: string): boolean {
  return name.split(/\s+/).some((word) => {
    const plain = word.replace(/\u00AD/g, '');
    if (!/\p{Ll}/u.test(plain.slice(1))) return true;
    return treatmentNameMatcher.matchAll(plain).length > 0 || Object.keys(scanCues(plain).first).length > 0;
  });
}

export function isDefinition(prose: string): boolean {
  if (DEFINITION_WORDING.test(prose) || TERM_MEANS.test(prose) || isGlossaryEntry(prose)) return true;
  // "**LASIK** is the most commonly performed procedure": a bold term ranked, not defined.
  const bold = BOLD_TERM_DEFINED.exec(prose);
  if (bold !== null && !EVALUATIVE.test(prose.slice(bold[0].length))) return true;
  if (!IS_A.test(prose)) return false;
  const term = prose.replace(LEADING_MARKUP, '');
  const termAndClass = TERM_AND_CLASS.exec(term);
  if (termAndClass !== null) return !EVALUATIVE.test(termAndClass.groups?.['modifiers'] ?? '');
  const thing = TERM_AND_THING.exec(term);
  if (thing === null || EVALUATIVE.test(thing[0]) || CLAIM_NOUN.test(thing.groups?.['noun'] ?? '')) return false;
  // A condition or a part of the body defined is background; a treatment "defined" by what it does
  // ("Vitamin C is an antioxidant that protects cells") is a claim.
  const subject = term.slice(0, term.search(/ (?:is|are) /));
  return scanCues(subject).first.treatment === undefined && treatmentNameMatcher.matchAll(subject).length === 0;
}

/**
 * Why the sentence is not a claim, or null. `inListItem` enables the
 * lead-in-fragment check, which only makes sense for list items.
 */
/** What a "not a substitute for ..." disclaimer is about: the content, not a treatment. */
const ABOUT_CONTENT = /\b(?:this|the|our)\s+(?:information|content|article|page|site|website|blog|post|material|guide|leaflet|advice)\b/i;

/**
 * The FDA wording and the supplement label's statutory line ("Food supplements should not be used as a
 * substitute for a varied and balanced diet") disclaim whatever they name; the others only when they are
 * about the content ("The information on this page is not a substitute for
 * ..."), not "magnesium is not a substitute for treatment".
 */
function isDisclaimer(prose: string): boolean {
  return disclaimerMatcher
    .matchAll(prose)
    .some((match) => /diagnose|evaluated|should not be used/i.test(match.text) || ABOUT_CONTENT.test(prose));
}

export function exemptionFor(prose: string, inListItem = false): Exemption | null {
  if (isDisclaimer(prose)) return 'disclaimer';
  if (isPseudoHeading(prose) || isFrequencyBand(prose)) return 'heading-like';
  if (ANNOUNCES_ARTICLE.test(prose)) return 'announcement';
  if (isAboutArticle(prose)) return 'self-reference';
  if (isAboutPublisher(prose)) return 'publisher';
  if (inListItem && LEAD_IN_FRAGMENT.test(prose.replace(LEADING_MARKUP, ''))) return 'fragment';
  if (isNarrative(prose)) return 'narrative';
  if (isAdvice(prose)) return 'advice';
  if (isDefinition(prose)) return 'definition';
  if (RESEARCH_GAP_WORD.test(prose) && RESEARCH_GAP.test(prose)) return 'research-gap';
  if (isResearchActivity(prose)) return 'research-activity';
  if (isCarePathway(prose)) return 'care-pathway';
  if (TOPICS_NAMED.test(prose) || describesWhatItInvolves(prose) || SUITABILITY_LEAD_IN.test(prose)) return 'topics';
  if (isUnitContents(prose) || isUsageHabit(prose)) return 'contents';
  if (UNCERTAINTY.test(prose) || (NOT_ALL_WORD.test(prose) && NOT_ALL_WILL.test(prose) && !/[;,]\s*(?:and|but|while|so|some|others)?\b/i.test(prose))) return 'uncertainty';
  if (HEARSAY.test(prose) || REPORTED_CLAIMS.test(prose)) return 'hearsay';
  return null;
}
