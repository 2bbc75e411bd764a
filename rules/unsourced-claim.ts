/**
 * unsourced-claim: a body sentence that asserts a checkable health fact with
 * no citation of its own and no specific named source (rubric §1). What is a
 * claim lives in rules/lib/claims.ts; what is a named source in
 * rules/lib/sources-named.ts. This module decides only what covers a sentence.
 */
import { looksLikeReference } from '../src/article/bibliography.js';
import type { Article, Block, Section, Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { claimMessage, findClaim, listContexts, readsAsListItem, type CitationStyle } from './lib/claims.js';
import { actionOnBody } from './lib/claims-clause.js';
import { scanCues } from './lib/claims-cues.js';
import { exemptionFor, isPseudoHeading } from './lib/claims-exemptions.js';
import { articleSubjects } from './lib/claims-subject.js';
import { findOverstatedSentences } from './lib/hedging-article.js';
import { topicOf } from './lib/claims-context.js';
import { continuesFromNeighbour } from './lib/sources-coverage.js';
import { builtInSourceDetector, createSourceDetector, type SourceDetector } from './lib/sources-named.js';

export interface UnsourcedClaimOptions {
  /**
   * 'sentence': a citation covers its own sentence, and a neighbour in the
   * same block that carries on from it ("This helps ...", "In comparison, ...
   * [3]"), a case the rubric leaves open.
   * 'paragraph': a citation anywhere in a block covers the whole block.
   */
  scope: 'sentence' | 'paragraph';
  /** Organisations or journals that count as a specific source, besides the built-in list. */
  namedSources: string[];
}

function citationStyle(article: Article): CitationStyle {
  const kind = article.markers[0]?.kind;
  if (kind === undefined) return 'none';
  if (kind === 'footnote') return 'footnote';
  if (kind === 'author-year') return 'author-year';
  return 'numeric';
}

function isCited(sentence: Sentence): boolean {
  return sentence.markers.length > 0 || sentence.links.some((link) => link.external);
}

function isSourced(sentence: Sentence, sources: SourceDetector): boolean {
  return isCited(sentence) || sources.namesSpecificSource(sentence.prose);
}

/** A sentence that is only a link ("[possible side effects](/side-effects/)") is navigation, not prose. */
function isOnlyLinks(sentence: Sentence): boolean {
  if (sentence.links.length === 0) return false;
  // Link ranges cover the link text; prose has the destinations blanked, so what remains is the markup.
  let rest = sentence.prose;
  for (const link of [...sentence.links].sort((a, b) => b.range.start - a.range.start)) {
    const start = link.range.start - sentence.range.start;
    const end = link.range.end - sentence.range.start;
    rest = rest.slice(0, Math.max(0, start)) + rest.slice(Math.max(0, end));
  }
  return !/\p{L}{2}/u.test(rest);
}

/**
 * Text laid out in columns (a plain-text table pasted as a paragraph): two runs of three or more spaces inside
 * one line of the raw text. (Prose blanks link destinations to spaces, so this reads the raw text.)
 */
const COLUMN_LAYOUT = /\S(?: {3,}|\t)\S[^\n]*?\S(?: {3,}|\t)\S/;
/**
 * Navigation left in the text by a web page: a breadcrumb trail ("Home > Information & support > Asthma") or a
 * table of contents run into one line ("1 Signs and symptoms 2 Causes 3 Diagnosis"). The rubric never labels
 * navigation residue. Bounded runs only.
 */
const BREADCRUMB = /\S\s(?:>|›|»)\s[^>›»\n]{1,60}\s(?:>|›|»)\s\S/;
const NUMBERED_CONTENTS = /(?:^|\s)1\.?\s+\p{Lu}[^\d\n]{1,60}\s2\.?\s+\p{Lu}[^\d\n]{1,60}\s3\.?\s+\p{Lu}/u;

/** Items run into one line with pipes: "Categories: Ear medicines | Potassium channel openers | ...". */
const PIPE_ROW = /\S\s\|\s[^|\n]{1,80}\s\|\s\S/;

/** A podcast's or a video's chapter line: "(31:20) Kratom: the new kid on the block", "[04:15] Listener questions". */
const CHAPTER_TIMESTAMP = /^[\s*_-]*[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?\s/;

function isNavigation(sentence: Sentence): boolean {
  // A link's brackets and address are blanked out of the prose with spaces (offsets stay), so a linked breadcrumb reads
  // "Home     ›  Heart & Circulation     ›  ...": runs of spaces count as one.
  const prose = sentence.prose.includes('  ') ? sentence.prose.replace(/ {2,}/g, ' ') : sentence.prose;
  return (
    BREADCRUMB.test(prose) ||
    PIPE_ROW.test(prose) ||
    CHAPTER_TIMESTAMP.test(prose) ||
    (NUMBERED_CONTENTS.test(sentence.prose) && !/[.!?]["'”’)\]*_\s]*$/.test(sentence.prose))
  );
}

/** A row of links to other pages under a label: "READ MORE: ...", "Related articles: ...", "Categories: ...". */
const LINK_ROW_LABEL =
  /^[\s*_>]*(?:read more|related(?: articles| reading| stories| posts)?|see also|also read|read next|you may also like|you might also like|more on this|more from us|categories|tags)[*_]*\s*:/i;

/**
 * What the rubric never labels, judged for the whole block: a row of links to other pages, and a list item
 * that is a reference entry (authors, year, title, journal) in a source list the article left without a heading.
 * A study title in it ("Creatine and memory: a meta-analysis.") names research; it does not report it.
 */
function isPageChromeOrReference(block: Block): boolean {
  const first = block.sentences[0]?.prose ?? '';
  if (LINK_ROW_LABEL.test(first)) return true;
  if (block.kind !== 'listItem') return false;
  return looksLikeReference(block.sentences.map((sentence) => sentence.prose).join(' '));
}

const CLOSING_PUNCTUATION = /[.!?:;]["'”’)\]*_\s]*$/;
const VERB_LIKE = /\b(?:is|are|was|were|can|may|might|will|could|should|must|has|have|does|do)\b/i;

/**
 * A paragraph that is a heading in all but markup: a bold line split into sentences ("**6. Boosts Energy**"),
 * or a short line with no closing punctuation and no verb ("Adverse effects", "Regulatory approval") left
 * behind when a web page lost its heading markup. List items and table cells are read as the rubric reads
 * them, so only paragraphs qualify.
 */
function isHeadingResidue(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.inBlockquote) return false;
  const prose = block.sentences.map((sentence) => sentence.prose).join(' ');
  if (block.sentences.length > 1 && isPseudoHeading(prose)) return true;
  if (block.sentences.length !== 1 || CLOSING_PUNCTUATION.test(prose) || VERB_LIKE.test(prose)) return false;
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 4) return false;
  const { first } = scanCues(prose);
  return (first.effect ?? first.cause ?? first.mechanism ?? first.promise ?? first.research ?? first.comparison) === undefined;
}

/** How often something happens, said without a health word: "Serious reactions are rare", "This is more likely in men". */
const LIKELIHOOD = /\b(?:(?:more|less) likely|rarely|uncommon|usually (?:occurs?|happens?))\b/i;

/**
 * A sentence under a heading about harms ("Are there any risks?", "Side effects") that says how often
 * something happens is a safety claim: the heading names the harm the sentence leaves unnamed. The rubric
 * reads a list item's subject from its lead-in; a paragraph's comes from its heading in the same way.
 */
function underHarmsHeading(block: Block, topics: Map<Section, boolean>): boolean {
  const section = block.section;
  if (section === null) return false;
  let harms = topics.get(section);
  if (harms === undefined) {
    harms = false;
    for (let s: Section | null = section; s; s = s.parent) {
      if (s.heading && topicOf(s.heading.text) === 'harms') {
        harms = true;
        break;
      }
    }
    topics.set(section, harms);
  }
  return harms;
}

function howOftenHarm(sentence: Sentence): string | undefined {
  return scanCues(sentence.prose).first.prevalence ?? LIKELIHOOD.exec(sentence.prose)?.[0];
}

/**
 * A personal results log: "- Sleep: worse for the first month, then fine", "- Appetite: destroyed" in a post
 * told in the first person. A label, a colon and a verdict with no verb in the present: the writer's own
 * outcome, which the rubric reads as narrative. The same line in a leaflet ("- Sleep: may be disturbed")
 * has a verb, and a leaflet is not written in the first person.
 */
const RESULT_LOG = /^[\s*_]*[\p{L}][\p{L} ]{0,24}[*_]*:[*_]*\s/u;
const PRESENT_VERB = /\b(?:is|are|can|may|might|will|could|has|have|does|do|causes?|makes?|helps?|works?)\b/i;
const WRITER = /(?<![A-Za-z’'])(?:I|I'm|I’m|I've|I’ve|I'd|I’d)(?![A-Za-z’'])|\b(?:me|my|mine|myself)\b/;
/** Share of sentences in the first person above which an article is a personal account. */
const PERSONAL_SHARE = 0.15;

function isPersonalAccount(article: Article): boolean {
  let writer = 0;
  for (const sentence of article.sentences) if (WRITER.test(sentence.prose)) writer++;
  return article.sentences.length > 0 && writer / article.sentences.length >= PERSONAL_SHARE;
}

/** A verdict above any one study: "the best", "the most effective", "one of the safest". */
const SUPERLATIVE_VERDICT = /\b(?:the|one of the)\s(?:very\s|single\s)?(?:best|safest|strongest|most\s(?:effective|powerful|potent|promising))\b/i;

/** Which sentences of the block a citation covers, by index. */
function coveredSentences(block: Block, scope: UnsourcedClaimOptions['scope'], sources: SourceDetector): boolean[] {
  const sourced = block.sentences.map((sentence) => isSourced(sentence, sources));
  if (scope === 'paragraph') {
    const any = sourced.some(Boolean);
    return sourced.map(() => any);
  }
  // A neighbour's back-reference ("The study found ...") is an inference already;
  // only a citation or a source named outright carries over to the next sentence.
  const strong = block.sentences.map(
    (sentence, index) => sourced[index] === true && (isCited(sentence) || sources.namesSourceItself(sentence.prose)),
  );
  const continues = block.sentences.map((sentence) => continuesFromNeighbour(sentence.prose));
  const attributed = attributedQuotation(block, strong);
  return sourced.map(
    (own, index) =>
      own ||
      attributed[index] === true ||
      (strong[index - 1] === true && continues[index] === true) ||
      (strong[index + 1] === true && continues[index + 1] === true),
  );
}

/**
 * The sentences of a quotation whose speaker is named outright: '"This is a breakthrough," said Professor Kallenbach,
 * who led the trial. "It is effective, it is simple, and it is safe."' The speaker is the source of every sentence
 * the quotation runs on to, and the quotation straight after it. A quotation is followed through the block by its
 * marks (straight ones toggle).
 */
function attributedQuotation(block: Block, strong: readonly boolean[]): boolean[] {
  const runOf: number[] = [];
  let open = false;
  let run = -1;
  block.sentences.forEach((sentence, index) => {
    const startsInside = open;
    let opens = false;
    for (const character of sentence.text) {
      if (character === '"') open = !open;
      else if (character === '“') open = true;
      else if (character === '”') open = false;
      else continue;
      opens ||= open;
    }
    if (!startsInside && !opens) runOf[index] = -1;
    else {
      // A quotation straight after another (no narration between) is the same speaker going on.
      if (!startsInside && (runOf[index - 1] ?? -1) < 0) run = index;
      runOf[index] = run;
    }
  });
  const named = new Set(runOf.filter((id, index) => id >= 0 && strong[index] === true));
  return runOf.map((id) => id >= 0 && named.has(id));
}

export default defineRule<UnsourcedClaimOptions>({
  meta: {
    id: 'unsourced-claim',
    description: 'Health claims (efficacy, safety, mechanism, numbers, research findings) with no citation or named source.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/unsourced-claim.md',
    schema: {
      type: 'object',
      properties: {
        scope: { enum: ['sentence', 'paragraph'] },
        namedSources: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { scope: 'sentence', namedSources: [] },
  check(article, context) {
    const { scope, namedSources } = context.options;
    const sources = namedSources.length > 0 ? createSourceDetector(namedSources) : builtInSourceDetector;
    const style = citationStyle(article);
    const lists = listContexts(article);
    const subjects = articleSubjects(article);
    // A benefit stated as fact is a claim too, in wording the claim cues may not know
    // ("the oil is a powerhouse"): worked out once, only if some sentence needs it.
    let overstated: Map<Sentence, string> | null = null;
    const overstatementIn = (sentence: Sentence) =>
      (overstated ??= new Map(findOverstatedSentences(article).map(({ sentence: s, finding }) => [s, finding.text]))).get(sentence);
    const harmsSections = new Map<Section, boolean>();
    let personal: boolean | undefined;
    for (const block of article.blocks) {
      if (isHeadingResidue(block) || isPageChromeOrReference(block)) continue;
      const covered = coveredSentences(block, scope, sources);
      block.sentences.forEach((sentence, index) => {
        if (isOnlyLinks(sentence) || COLUMN_LAYOUT.test(sentence.text) || isNavigation(sentence)) return;
        if (covered[index] && (scope === 'paragraph' || isSourced(sentence, sources))) return;
        const finding = findClaim({
          prose: sentence.prose,
          isQuestion: sentence.isQuestion,
          inListItem: readsAsListItem(block, lists.get(block)),
          list: lists.get(block),
          subject: subjects.get(sentence),
          scope: article,
        });
        // A neighbour's citation covers a sentence that carries on from it, not a verdict that goes beyond it:
        // "One lab study found ... [4]. It is the best herb for keeping colds at bay." No study is the best.
        if (covered[index] && !(finding?.kind === 'comparison' && SUPERLATIVE_VERDICT.test(sentence.prose))) return;
        if (finding) {
          if (block.kind === 'listItem' && RESULT_LOG.test(sentence.prose) && !PRESENT_VERB.test(sentence.prose) && (personal ??= isPersonalAccount(article))) return;
          context.report({ message: claimMessage(finding, style), range: { ...sentence.range } });
          return;
        }
        // Exempt sentences (bold pseudo-headings, advice, narrative) stay exempt.
        if (sentence.isQuestion || exemptionFor(sentence.prose, block.kind === 'listItem') !== null) return;
        // "Cherry juice dissolves the crystals in a joint": a thing acting on the body, whatever the verb.
        // Not in a list (claimFromList reads items) nor in words quoted from someone else ("... wrecks your kidneys!").
        const action =
          block.kind === 'listItem' || /["“”]/.test(sentence.prose) ? null : actionOnBody(sentence.prose.replace(/[’‘]/g, "'"), subjects.get(sentence));
        if (action) {
          context.report({ message: claimMessage(action, style), range: { ...sentence.range } });
          return;
        }
        const benefit = overstatementIn(sentence);
        if (benefit !== undefined) {
          context.report({ message: claimMessage({ kind: 'efficacy', cue: benefit }, style), range: { ...sentence.range } });
          return;
        }
        const harm = underHarmsHeading(block, harmsSections) ? howOftenHarm(sentence) : undefined;
        if (harm !== undefined) {
          context.report({ message: claimMessage({ kind: 'safety', cue: harm }, style), range: { ...sentence.range } });
        }
      });
    }
  },
});
