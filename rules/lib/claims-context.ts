/**
 * What the text above a list item tells the claim classifier about it. The
 * rubric reads an asserting list item as a sentence whose subject is the
 * article's subject or the list's lead-in, so "Mild stomach upset" under
 * "Side effects" is a safety claim, "200 mg daily" under "Recommended dose" a
 * dosage, "Protects cells" under "Benefits" an efficacy claim, and "Stay at a
 * healthy weight" after "Getting enough sleep can help you:" finishes that
 * claim. Built once per article, in one pass over its blocks. Pure.
 */
import type { Article, Block, Range } from '../../src/article/types.js';
import { scanCues, type ClaimFinding } from './claims-cues.js';
import { isAdvice, isPseudoHeading } from './claims-exemptions.js';
import { isFrequencyBand } from './frequency-bands.js';

/** What a list is about, as its headings or lead-in say. */
export type ListTopic = 'benefits' | 'harms' | 'dosage';

export interface ListContext {
  /** Null too when the lead-in is itself a claim: then it, not each listed noun, is the claim. */
  topic: ListTopic | null;
  /** The lead-in is a claim whose sentence each item finishes with a verb ("Getting enough sleep can help you:"). */
  leadInClaim: ClaimFinding | null;
  /** The nearest heading or lead-in names a health, body or treatment term ("Calmer digestion"). */
  health: boolean;
  /** The item only repeats a heading of the article: a table of contents or a menu, not prose. */
  repeatsHeading: boolean;
  /**
   * The lead-in is advice or the care pathway and the items list what it covers ("your GP should discuss the
   * options with you, including: - side effects and interactions"): an item with no verb is a topic, not a claim.
   */
  advisedTopics?: boolean;
}

/** Judges a lead-in; passed in so this module needs no runtime import of the classifier. */
export type LeadInJudge = (prose: string) => ClaimFinding | null;

// Harms first: a "Benefits and risks" heading makes its items safety claims, which they would be anyway.
const TOPIC_PATTERNS: ReadonlyArray<readonly [ListTopic, RegExp]> = [
  [
    'harms',
    /\b(?:side[ -]effects?|adverse|risks?(?![ -](?:reduction|factors?|calculators?|scores?))|dangers?|warnings?|precautions?|interactions?|complications?|contraindications?|cautions?|safety|toxicity|downsides?|drawbacks?|who should(?:n't| not)? (?:avoid|skip|not take|not use))\b/i,
  ],
  ['dosage', /\b(?:dose|doses|dosage|dosages|dosing|how much to (?:take|drink|use|eat|give))\b/i],
  [
    'benefits',
    /\b(?:benefits?|beneficial|advantages|good for|uses|properties|(?<![\p{L}-])helps?|can help|what (?:it|they|[\p{L}-]+) (?:does|do|can do)|why (?:use|take|try) |why (?:[\p{L}'’]+ ){1,2}(?:love|loves|swear by|rave about|choose|chooses|pick|picks|trust|trusts))\b/iu,
  ],
];

/** A verb or the reader in a bold label: "**Do not take it if you:**" is advice, not a heading. */
const LABEL_VERB = /\b(?:you|your|if|is|are|can|may|might|will|should|must|do|does|don't|not|have|has|take|include|includes)\b/i;

/** A lead-in whose sentence each item finishes with a verb: "Getting enough sleep can help you:", not "These may help:". */
const AWAITS_PREDICATE = /\b(?:you|to|can|will|may|could|might)\s*:[\s*_]*$/i;

function namesHealth(text: string): boolean {
  const { first } = scanCues(text);
  return (first.health ?? first.body ?? first.treatment) !== undefined;
}

/** What a heading or a lead-in says its text is about: benefits, harms or dosage, or null. */
export function topicOf(text: string): ListTopic | null {
  // "Common (may affect up to 1 in 10 people):", plain or bold: a leaflet's band of side effects.
  if (isFrequencyBand(text)) return 'harms';
  for (const [topic, pattern] of TOPIC_PATTERNS) if (pattern.test(text)) return topic;
  return WHY_PRODUCT.test(text) ? 'benefits' : null;
}

/**
 * "WHY IGNITE-X?", "Why Vantor?": a shop's case for its product, by name (capitalised; one or two words). Not
 * "Why choose us?" (the service's selling points) nor "Why does it happen?".
 */
const WHY_PRODUCT = /^[\s*_#]*(?:Why|WHY)\s+(?!(?:choose|CHOOSE|Choose|us|US|Us)\b)[\p{Lu}\p{N}][\p{L}\p{N}™®-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}™®-]*)?\s*\?[\s*_]*$/u;

/** A heading without the "[edit]" or "[edit source]" link a saved wiki page leaves after it (by suffix: no backtracking). */
function withoutEditLink(heading: string): string {
  const trimmed = heading.trimEnd();
  const lower = trimmed.toLowerCase();
  for (const link of ['[edit]', '[edit source]']) if (lower.endsWith(link)) return trimmed.slice(0, -link.length);
  return heading;
}

/** Headings and items compared as words only: "## Health benefits of sleep" and "- Health benefits of sleep." match. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function blockProse(block: Block): string {
  return block.sentences.map((sentence) => sentence.prose).join(' ');
}

/**
 * Headings from the innermost section outwards. The article's title is left out when it names both sides ("HRT
 * explained: what it does, who it's for, and what the risks really are"): it says what the whole article covers,
 * not what any one list is about.
 */
function headingsAbove(block: Block, twoSidedTitle: Range | null): string[] {
  const texts: string[] = [];
  for (let section = block.section; section; section = section.parent) {
    if (!section.heading || section.heading.range.start === twoSidedTitle?.start) continue;
    texts.push(section.heading.text);
  }
  return texts;
}

function namesBothSides(text: string): boolean {
  return TOPIC_PATTERNS.filter(([topic, pattern]) => topic !== 'dosage' && pattern.test(text)).length === 2;
}

/**
 * A context for every list-item block of the article. A lead-in is the
 * paragraph just before the list (only list items between) when it ends in a
 * colon; a bold paragraph without one ("**The risks of fasting**") counts as a
 * heading until the next one or the next real heading.
 */
export function listContexts(article: Article, judgeLeadIn: LeadInJudge): Map<Block, ListContext> {
  const contexts = new Map<Block, ListContext>();
  // A wiki's section links stay in a saved page's headings ("Adverse effects [edit]"); its contents list has none.
  const twoSidedTitle = article.title && namesBothSides(article.title.text) ? article.title.range : null;
  const headingTexts = new Set(article.headings.map((heading) => normalise(withoutEditLink(heading.text))));
  if (article.title) headingTexts.add(normalise(article.title.text));

  let leadIn: { block: Block; claim: ClaimFinding | null; topic: ListTopic | null; health: boolean; advice: boolean; neutral: boolean } | null =
    null;
  let pseudoHeading: { block: Block; topic: ListTopic | null; health: boolean; label?: boolean } | null = null;
  const headingHealth = new Map<string, boolean>();
  const headingNamesHealth = (text: string): boolean => {
    let known = headingHealth.get(text);
    if (known === undefined) headingHealth.set(text, (known = namesHealth(text)));
    return known;
  };
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') {
      const prose = blockProse(block);
      const lastSentence = block.sentences[block.sentences.length - 1]?.prose ?? '';
      leadIn = null;
      if (/:[\s*_]*$/.test(lastSentence) && isPseudoHeading(prose) && !LABEL_VERB.test(prose)) {
        // "**Common (affecting up to 1 in 10 people):**": a bold label with no verb heads its list as a heading does.
        leadIn = null;
        pseudoHeading = { block, topic: topicOf(prose), health: namesHealth(prose), label: true };
      } else if (/:[\s*_]*$/.test(lastSentence)) {
        const claim = judgeLeadIn(lastSentence);
        const advice = claim === null && isAdvice(lastSentence);
        const topic = claim ? null : topicOf(lastSentence);
        // A lead-in that is a claim carries the flag for the nouns it lists ("Side effects can include: - headaches").
        leadIn = {
          block,
          claim: AWAITS_PREDICATE.test(lastSentence) ? claim : null,
          topic,
          health: namesHealth(lastSentence),
          advice,
          neutral: claim === null && !advice && topic === null,
        };
      } else if (isPseudoHeading(prose)) {
        pseudoHeading = { block, topic: topicOf(prose), health: namesHealth(prose) };
      }
      continue;
    }
    if (block.kind === 'tableCell') {
      // A cell under "What it does" or "Side effects" is read as an item under that heading: its subject is the row's.
      const topic = block.columnHeading === undefined ? null : topicOf(block.columnHeading);
      if (topic !== null) contexts.set(block, { topic, leadInClaim: null, health: namesHealth(block.columnHeading ?? ''), repeatsHeading: false });
      continue;
    }
    if (block.kind !== 'listItem') continue;
    const sameSection = (other: Block | undefined): boolean => other !== undefined && other.section === block.section;
    const ownLeadIn = leadIn && sameSection(leadIn.block) ? leadIn : null;
    const ownPseudoHeading = pseudoHeading && sameSection(pseudoHeading.block) ? pseudoHeading : null;
    // A lead-in introduces its own list: "Signs of poor sleep include:" under "Benefits of sleep" lists no benefits.
    let topic = ownLeadIn ? ownLeadIn.topic : (ownPseudoHeading?.topic ?? null);
    if (topic === null && (!ownLeadIn || ownLeadIn.neutral)) {
      for (const heading of headingsAbove(block, twoSidedTitle)) {
        topic = topicOf(heading);
        if (topic) break;
      }
      // A lead-in or a bold label that names no topic ("Possible problems after surgery include:", "**Common:**")
      // under "Are there any risks?" lists the risks; under "Benefits of sleep" its own words ("Signs of poor
      // sleep include:", "**In the box:**") may say otherwise.
      if ((ownLeadIn || ownPseudoHeading?.label) && topic !== 'harms') topic = null;
    }
    const nearestHeading = block.section?.heading?.text;
    contexts.set(block, {
      topic,
      leadInClaim: ownLeadIn?.claim ?? null,
      health:
        ownLeadIn?.health ?? ownPseudoHeading?.health ?? (nearestHeading !== undefined && headingNamesHealth(nearestHeading)),
      repeatsHeading: headingTexts.has(normalise(blockProse(block))),
      advisedTopics: ownLeadIn?.advice ?? false,
    });
  }
  return contexts;
}
