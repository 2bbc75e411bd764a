/**
 * Whether a sentence names a *specific* source in its own words (rubric §1:
 * "according to the CDC", "a 2019 trial in JAMA Psychiatry", "the FDA
 * approved"). Vague attributions ("studies show", "experts") are not sources;
 * they live in sources-vague-attributions.txt and make a research claim instead.
 */
import { compilePhrases, escapeRegExp, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';

const builtInNames = loadWordList('sources-named-organisations').phrases;
const acronyms = loadWordList('sources-named-acronyms').phrases;


/** Case-sensitive, so "WHO" is a source and "who" is not. */
const ACRONYM_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${acronyms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'u');

/**
 * Shapes of a specific source that no list can enumerate. Case-sensitive where capitals carry the meaning.
 * Runs are bounded ({1,40}, {2,30}) so a long capitalised run costs linear, not quadratic, time.
 */
const SPECIFIC_SOURCE_PATTERNS: readonly RegExp[] = [
  // a journal: "Journal of Psychiatric Research", "Annals of Family Medicine"
  /\b(?:Journal|Annals|Archives|Proceedings|Bulletin|Reviews?) of (?:the )?\p{Lu}/u,
  /\b[Pp]ublished (?:in|by) (?:the )?(?:journal )?\p{Lu}/u,
  // where a study appeared, with words between: "published on Wednesday in the journal Cephalic Medicine",
  // "reported in the *Paediatric Nutrition Review* this week"
  // (a journal word or an italic or quoted title, so "reported in New Zealand" is not a source)
  /\b(?:published|reported|presented|appeared)\b[^.;:!?]{0,40}?\bin (?:the )?(?:(?:medical |scientific )?journal [*_"“]*\p{Lu}|[*_"“]+\p{Lu})/u,
  /\bthe journal [*_"“]*\p{Lu}\p{Ll}/u,
  // an institution: "researchers at Stanford University", "the University of Oxford"
  /\bUniversity of \p{Lu}|\p{Lu}[\p{L}'’.-]{1,40} (?:University|Institute|Hospital|College|Medical Cent(?:er|re)|School of Medicine|Foundation|Society|Association|Council|Academy|Agency|Commission|Federation|Alliance|Consortium|Collaboration|Forum|Panel|(?:Collaborative|Working|Study|Research) Group|Task Force|Committee)\b/u,
  /\b(?:Association|Society|College|Institute|Academy|Federation|Council|Board|Department|Ministry) (?:of|for) (?:the )?\p{Lu}/u,
  // named authors: "Smith et al.", "Dr. Lee", "Professor Okafor"
  /\bet al\b/u,
  /\b(?:Dr|Prof|Professor)\.? \p{Lu}\p{L}+/u,
  /\bled by (?:Dr\.? |Professor )?\p{Lu}\p{L}+/u,
  // a named trial: "the JUPITER trial", "the SPRINT study"
  /\b\p{Lu}[\p{Lu}\p{N}-]{2,30} (?:trial|study)\b/u,
  // "according to" a capitalised name (the vague "according to research" is lower case)
  /\b[Aa]ccording to (?:the |a |an )?(?:\d{4} )?(?:(?:charity|organisation|organization|group|regulator|agency|journal|website|campaign|foundation|health body|think tank|trade body|watchdog) )?\p{Lu}[\p{L}.]/u,
  // a dated study: "a 2019 trial", "in a 2021 meta-analysis", "the 2021 audit"
  /\b(?:[Aa]|[Tt]he|[Tt]his|[Ii]n a) (?:19|20)\d\d (?:[\p{L}-]+ )?(?:study|trial|review|meta-analysis|analysis|survey|report|paper|cohort|guideline|guidelines|position statement|consensus statement|audit|evaluation|census)\b/u,
];

/**
 * The study the paragraph already named: "The study was observational ...", "Side effects in the trial were
 * mild.", "..., the researchers reported.", and the present tense of news writing ("..., the authors report.").
 */
const BACK_REFERENCE =
  /^[\s*_"“]*(?:The|In the|This|That|By the end of the|At the end of the) (?:study|trial|review|meta-analysis|researchers|authors|paper|survey)\b|\b(?:in|from|during) (?:the|this) (?:trial|study)\b|,\s+(?:the\s+)?(?:researchers|authors|study|trial|team)\s+(?:reported|reports?|said|says?|found|finds?|wrote|writes?|concluded|concludes?|noted|notes?)[.!]?["”]?\s*$/u;

/** "fell by 14 mmHg in the velmorasiran group, compared with 4 mmHg in the placebo group": the trial named before, by its arms. */
const TRIAL_ARM = /\bin the (?:[\p{L}-]+ ){0,3}(?:group|arm)\b/u;
const COMPARED = /\b(?:compared with|compared to|versus|vs\.?)\s/i;

function comparesTrialArms(prose: string): boolean {
  return TRIAL_ARM.test(prose) && COMPARED.test(prose);
}

export interface SourceDetector {
  /** The sentence names a specific source, or refers back to one named before ("The study found ..."). */
  namesSpecificSource(prose: string): boolean;
  /** The sentence itself names the source: strong enough to cover a neighbouring sentence too. */
  namesSourceItself(prose: string): boolean;
}

/** A detector for the built-in names plus `extraNames` (an option users set for their own trusted sources). */
export function createSourceDetector(extraNames: readonly string[] = []): SourceDetector {
  const nameMatcher: PhraseMatcher = compilePhrases([...builtInNames, ...extraNames]);
  const namesSourceItself = (prose: string): boolean =>
    ACRONYM_PATTERN.test(prose) || nameMatcher.test(prose) || SPECIFIC_SOURCE_PATTERNS.some((pattern) => pattern.test(prose));
  return {
    namesSourceItself,
    namesSpecificSource: (prose) => namesSourceItself(prose) || BACK_REFERENCE.test(prose) || comparesTrialArms(prose),
  };
}

export const builtInSourceDetector = createSourceDetector();
