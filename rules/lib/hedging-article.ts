/**
 * The article-level scan behind unhedged-efficacy: which sentences state a
 * benefit, efficacy or safety as certain, and the phrase that does it. Shared
 * with unsourced-claim, since a benefit stated as fact is a claim (rubric §1–2).
 */
import type { Article, Block, Sentence } from '../../src/article/types.js';
import { listContexts as claimListContexts, readsAsListItem, type ListContext } from './claims.js';
import { findOutcomeItem, findOverstatements, isBenefitContext, type Overstatement } from './hedging.js';
import { findListedBenefitVerb, findPlainBenefit, type ArticleTreatment } from './hedging-benefits.js';
import { listItemContexts } from './hedging-lists.js';
import { articleTreatmentSubject, subjectPattern } from './treatment.js';

export interface OverstatedSentence {
  sentence: Sentence;
  /** Offsets within the sentence. */
  finding: Overstatement;
}

/** Works the sentence itself cites: each marker target, plus links to sources. */
function citedSources(sentence: Sentence): number {
  const targets = sentence.markers.reduce((sum, marker) => sum + marker.targets.length, 0);
  return targets + sentence.links.filter((link) => link.external).length;
}

/** What a pronoun in the sentence may stand for: the sentence before it (in its block or the block before) and its heading. */
function antecedentsOf(sentence: Sentence, previous: Sentence | null): string[] {
  const heading = sentence.block.section?.heading?.text;
  return [previous?.prose ?? '', heading ?? ''].filter((text) => text !== '');
}

/** What the whole article tells the plain-benefit check: its treatment, if it has one. */
function treatmentOf(article: Article): ArticleTreatment {
  const decision = articleTreatmentSubject(article);
  return { isTreatmentArticle: decision.treatment, subject: decision.subject ? subjectPattern(decision.subject) : null };
}

interface SentenceScan {
  sentence: Sentence;
  /** Stock phrases, strongest first. */
  stock: Overstatement[];
  /** A plain benefit, looked for only when no stock phrase matched. */
  plain: Overstatement | null;
}

/**
 * The scan depends on the article alone, and two rules (unhedged-efficacy and
 * unsourced-claim) read it: memoised per Article object, which is immutable and
 * dropped with it, so no state outlives an article.
 */
const scans = new WeakMap<Article, SentenceScan[]>();

/**
 * One finding per sentence at most: the first stock phrase not allowed, else a
 * plain benefit said of the treatment with nothing to qualify it.
 */
const ITEM_LABEL = /^[>✔✓• -]*(?:\*\*|__)[^*_\n:]{1,60}(?:\*\*|__) ?[–—-] /;

function blankItemLabel(prose: string): string {
  const label = ITEM_LABEL.exec(prose)?.[0];
  return label === undefined ? prose : ' '.repeat(label.length) + prose.slice(label.length);
}

export function findOverstatedSentences(
  article: Article,
  isAllowed: (item: Overstatement) => boolean = () => false,
): OverstatedSentence[] {
  let scan = scans.get(article);
  if (!scan) {
    scan = scanArticle(article);
    scans.set(article, scan);
  }
  const found: OverstatedSentence[] = [];
  for (const { sentence, stock, plain } of scan) {
    const finding = stock.length > 0 ? stock.find((item) => !isAllowed(item)) : plain && !isAllowed(plain) ? plain : undefined;
    if (finding) found.push({ sentence, finding });
  }
  return found;
}

/** A short line with no closing punctuation: a pseudo-heading or a pseudo-list item of a pasted page. */
function isBareLine(prose: string): boolean {
  const text = prose.trim();
  return text !== '' && !/[.!?:;]$/.test(text) && text.split(/\s+/).length <= 8;
}

/** "Benefits at a glance", "Why clients love it": a bare line that announces benefits. */
function isBareBenefitHeading(prose: string): boolean {
  return prose.trim().split(/\s+/).length <= 5 && isBenefitContext(prose);
}

function scanArticle(article: Article): SentenceScan[] {
  const scanned: SentenceScan[] = [];
  const listContexts = listItemContexts(article);
  // What the claim classifier makes of each list, worked out at the first list item.
  let claimLists: Map<Block, ListContext> | null = null;
  const claimListOf = (block: Block) => (block.kind !== 'paragraph' ? (claimLists ??= claimListContexts(article)).get(block) : undefined);
  let treatment: ArticleTreatment | null = null;
  const articleTreatment = () => (treatment ??= treatmentOf(article));
  let previous: Sentence | null = null;
  let leadIn: Sentence | null = null;
  // Inside a run of bare lines under a bare "Benefits at a glance" line (pasted web pages, plain text).
  let inBareBenefits = false;
  for (const sentence of article.sentences) {
    const before = previous;
    previous = sentence;
    if (sentence.block.kind !== 'listItem') leadIn = sentence;
    const bare = sentence.block.kind === 'paragraph' && isBareLine(sentence.prose);
    const bareItem = bare && inBareBenefits;
    inBareBenefits = bare && (inBareBenefits || isBareBenefitHeading(sentence.prose));
    if (sentence.isQuestion) continue;
    const listContext = listContexts.get(sentence.block);
    if (listContext === 'hedged') continue;
    const claimList = claimListOf(sentence.block);
    const benefitList = listContext === 'benefits' || claimList?.topic === 'benefits' || bareItem;
    // "**NAC** – replenishes glutathione": in a list item, a bold label names the subject; the predicate after it reads
    // as a verb-first bullet. Blanked, not cut, so offsets hold.
    const prose = sentence.block.kind === 'listItem' ? blankItemLabel(sentence.prose) : sentence.prose;
    const findings = findOverstatements(prose, {
      citedSources: citedSources(sentence),
      benefitList,
      inTreatmentArticle: () => articleTreatment().isTreatmentArticle,
    });
    let plain: Overstatement | null = null;
    if (findings.length === 0) {
      // No stock phrase: a benefit the claim classifier sees, said plainly of the treatment.
      const inListItem = readsAsListItem(sentence.block, claimList);
      plain = findPlainBenefit(sentence.prose, {
        list: claimList,
        benefitList,
        inListItem,
        treatment: articleTreatment,
        leadIn: inListItem ? (leadIn?.prose ?? null) : null,
        antecedents: antecedentsOf(sentence, before),
        scope: article,
      });
      // "- Mental clarity" in a list of the treatment's benefits: an outcome promised with no verb.
      if (!plain && benefitList && (inListItem || bareItem) && sentence.markers.length === 0) plain = findOutcomeItem(sentence.prose);
      // "- Wakes up dormant hair follicles" under "What it does": a verb the lists do not know, stated as fact.
      if (!plain && sentence.markers.length === 0) {
        plain = findListedBenefitVerb(sentence.prose, { list: claimList, benefitList, inListItem, scope: article });
      }
    }
    if (findings.length > 0 || plain) scanned.push({ sentence, stock: findings, plain });
  }
  return scanned;
}
