/**
 * Is this sentence a medical claim (rubric §1), and of what kind? Combines the
 * cues (claims-cues.ts) with what the rubric says is never a claim
 * (claims-exemptions.ts), and words the finding for an editor. Pure.
 */
import { classifyClaim, type ClaimFinding, type ClaimKind } from './claims-cues.js';
import { exemptionFor, type Exemption } from './claims-exemptions.js';

export type { ClaimFinding, ClaimKind } from './claims-cues.js';

export interface SentenceFacts {
  /** The sentence's prose: code, URLs and markers blanked (Sentence.prose). */
  prose: string;
  isQuestion?: boolean;
  inListItem?: boolean;
}

/** Advice that explains itself with a harm is a safety claim too: "avoid it in pregnancy, as it can harm the baby". */
const REASON_CLAUSE =
  /\b(?:due to|because|owing to|as (?:it|they|this) (?:can|may|could|might|will|is|are|has|have)|since (?:it|they) (?:can|may|could|is|are)|which (?:can|may|could|might) (?:cause|lead|increase|raise|worsen|trigger|harm))\b/i;
/** Double-quoted runs of four or more words: study titles and quotations, not the article's own claim. */
const QUOTED_TITLE = /["“][^"“”\n]{0,300}["”]/g;

/** Blank quoted titles to spaces so offsets stay put. */
function blankQuotedTitles(prose: string): string {
  return prose.replace(QUOTED_TITLE, (quoted) => (quoted.trim().split(/\s+/).length >= 4 ? ' '.repeat(quoted.length) : quoted));
}

/**
 * Kinds strong enough to survive a soft exemption: a definition, a line about
 * the publisher or a statement of uncertainty that also states a risk, a
 * number or a research finding is still a claim.
 */
const STRONG_KINDS: ReadonlySet<ClaimKind> = new Set(['research', 'statistic', 'dosage', 'safety']);
const SOFT_EXEMPTIONS: ReadonlySet<Exemption> = new Set(['definition', 'publisher', 'uncertainty']);

export function findClaim(sentence: SentenceFacts): ClaimFinding | null {
  if (sentence.isQuestion) return null;
  // Same length, so offsets hold; word lists then need only the straight apostrophe.
  const prose = blankQuotedTitles(sentence.prose).replace(/[’‘]/g, "'");
  const finding = classifyClaim(prose);
  if (!finding) return null;
  const exemption = exemptionFor(prose, sentence.inListItem ?? false);
  if (exemption === null) return finding;
  if (SOFT_EXEMPTIONS.has(exemption) && STRONG_KINDS.has(finding.kind)) return finding;
  if (exemption === 'advice' && finding.kind === 'safety' && REASON_CLAUSE.test(prose)) return finding;
  return null;
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
