/**
 * How many body sentences are claims (rules/lib/claims.ts) and how many of
 * those are sourced, by the same test unsourced-claim uses at its default
 * 'sentence' scope: a marker, an external link or a named source in the
 * sentence, or a cited neighbour it carries on from. Built-in named sources
 * only, so the count does not depend on a project's options. Pure.
 */
import type { Article, Block, Sentence } from '../../src/article/types.js';
import { findClaim, listContexts, readsAsListItem } from './claims.js';
import { articleSubjects } from './claims-subject.js';
import { continuesFromNeighbour } from './sources-coverage.js';
import { builtInSourceDetector } from './sources-named.js';

export interface ClaimCount {
  claims: number;
  sourced: number;
}

function ownSource(sentence: Sentence): boolean {
  return sentence.markers.length > 0 || sentence.links.some((link) => link.external) || builtInSourceDetector.namesSpecificSource(sentence.prose);
}

function covered(block: Block): boolean[] {
  const own = block.sentences.map(ownSource);
  const continues = block.sentences.map((sentence) => continuesFromNeighbour(sentence.prose));
  return own.map((sourced, index) => sourced || (own[index - 1] === true && continues[index] === true) || (own[index + 1] === true && continues[index + 1] === true));
}

export function countClaims(article: Article): ClaimCount {
  const count: ClaimCount = { claims: 0, sourced: 0 };
  const lists = listContexts(article);
  // The question unsourced-claim asks (same list reading, same subject), so the answers it already has are reused.
  const subjects = articleSubjects(article);
  for (const block of article.blocks) {
    // Which sentences are sourced is worked out only for blocks with a claim (most have none).
    let sourced: boolean[] | null = null;
    block.sentences.forEach((sentence, index) => {
      const list = lists.get(block);
      const claim = findClaim({ prose: sentence.prose, isQuestion: sentence.isQuestion, inListItem: readsAsListItem(block, list), list, subject: subjects.get(sentence), scope: article });
      if (!claim) return;
      count.claims++;
      sourced ??= covered(block);
      if (sourced[index]) count.sourced++;
    });
  }
  return count;
}
