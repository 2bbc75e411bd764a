/**
 * What a list's context says about its items, judged by the list's lead-in
 * line ("Clients love it for:") or, failing that, the nearest heading that
 * speaks of benefits or of harms ("## Benefits", "### Side effects"). A list
 * item's subject is the article's subject or the list's lead-in (rubric), so:
 * - in a list of benefits, an outcome bullet ("- Faster recovery") is a claim;
 * - under a hedged lead-in ("Enough sleep can help you:"), every item is hedged; "Here's what it can do for
 *   you:" announces benefits and hedges nothing.
 */
import type { Article, Block, Section } from '../../src/article/types.js';
import { compilePhrases } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { isBenefitContext } from './hedging.js';
import { cueKindByPhrase, cueMatcher, trimEndWhere } from './hedging-lexicon.js';

export type ListContext = 'benefits' | 'hedged';

const harmContextMatcher = compilePhrases(loadWordList('hedging-harm-contexts').phrases);
const hedgeKinds: ReadonlySet<string> = new Set(['hedge', 'modal', 'scope']);

/** true: about benefits; false: about harms; null: says neither. */
function contextOf(text: string): boolean | null {
  if (harmContextMatcher.test(text)) return false;
  if (isBenefitContext(text)) return true;
  return null;
}

function headingContext(section: Section | null): boolean {
  for (let current = section; current; current = current.parent) {
    const verdict = current.heading ? contextOf(current.heading.text) : null;
    if (verdict !== null) return verdict;
  }
  return false;
}

/**
 * "Here's what keto can do for you:", "What magnesium can do:": "can" here announces what the remedy does, a
 * list of its benefits, not a possibility that hedges them. Bounded, so linear.
 */
const capabilityLeadIn = /\bwhat\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}can\s+do\b/iu;

function isHedgedLeadIn(text: string): boolean {
  const rest = text.replace(capabilityLeadIn, (span) => ' '.repeat(span.length));
  return cueMatcher.matchAll(rest).some((cue) => hedgeKinds.has(cueKindByPhrase.get(cue.phrase) ?? ''));
}

interface Introduction {
  /** The sentence ending in a colon: its hedges reach the items ("Enough sleep can help you:"). */
  sentence: string;
  /** With the sentence before it, which often names what the items are ("It has many benefits. They include:"). */
  topic: string;
}

/** How a paragraph introduces the list after it, if its last sentence ends with a colon. Prose, so link addresses never count. */
function introductionOf(paragraph: Block): Introduction | null {
  const [before, last] = paragraph.sentences.slice(-2).map((sentence) => sentence.prose.trim());
  // "**What the programme can do for you:**": a bold lead-in keeps its colon inside the emphasis.
  const sentence = trimEndWhere(last ?? before ?? '', /[*_\s]/);
  if (!sentence.endsWith(':')) return null;
  return { sentence, topic: last === undefined ? sentence : `${before ?? ''} ${sentence}` };
}

/** The context of each list item that has one, in one pass over the blocks. */
export function listItemContexts(article: Article): Map<Block, ListContext> {
  const contexts = new Map<Block, ListContext>();
  let leadIn: Block | null = null;
  for (const block of article.blocks) {
    if (block.kind !== 'listItem') {
      leadIn = block.kind === 'paragraph' ? block : null;
      continue;
    }
    const introduction = leadIn && leadIn.section === block.section ? introductionOf(leadIn) : null;
    if (introduction && isHedgedLeadIn(introduction.sentence)) {
      contexts.set(block, 'hedged');
      continue;
    }
    const fromLeadIn = introduction ? (capabilityLeadIn.test(introduction.sentence) || contextOf(introduction.topic)) : null;
    if (fromLeadIn ?? headingContext(block.section)) contexts.set(block, 'benefits');
  }
  return contexts;
}
