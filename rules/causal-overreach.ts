/**
 * causal-overreach: causal wording ("causes", "prevents", "leads to",
 * "reduces the risk") for a finding the text presents as observational
 * ("linked to", "a survey", "people who ... were"), the exaggeration Sumner
 * et al. (2014) and Yu et al. (2019) found most often in health news. The
 * design is read from the sentence, then its cited sources' titles, then,
 * for a sentence that draws a conclusion ("So ...") or restates the same
 * condition, the sentence before.
 */
import type { Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { designOf, drawsConclusion, findCausalClaim, observationalCue, type Design } from './lib/causal-language.js';
import { builtInTopicReader } from './lib/evidence-topics.js';
import { isFirstPersonNarrative } from './lib/hedging.js';

export type CausalOverreachOptions = Record<string, never>;

interface Evidence {
  design: Design;
  /** What showed the design, for the message. */
  cue: string | null;
  where: string;
}

function citedTitles(sentence: Sentence): string[] {
  const titles = sentence.markers.flatMap((marker) => marker.targets.map((target) => target.entry?.title ?? null));
  return titles.filter((title): title is string => title !== null);
}

/** "... were linked to heart disease. Short sleep leads to heart disease.": the second restates the first's finding. */
function sharesCondition(prose: string, previous: string): boolean {
  const conditions = builtInTopicReader.conditions(prose);
  if (conditions.size === 0) return false;
  const before = builtInTopicReader.conditions(previous);
  return [...conditions].some((condition) => before.has(condition));
}

function previousSentence(sentence: Sentence): Sentence | null {
  const siblings = sentence.block.sentences;
  const index = siblings.indexOf(sentence);
  return index > 0 ? (siblings[index - 1] ?? null) : null;
}

/** The design behind the sentence's finding: its own words first, then what it cites, then the sentence it concludes from. */
function evidenceFor(sentence: Sentence): Evidence {
  const own = designOf(sentence.prose);
  if (own !== 'none') return { design: own, cue: observationalCue(sentence.prose), where: 'this sentence' };
  const titles = citedTitles(sentence);
  const designs = titles.map(designOf);
  if (designs.includes('experimental')) return { design: 'experimental', cue: null, where: 'the cited source' };
  const observational = titles.find((title) => designOf(title) === 'observational');
  if (observational !== undefined) return { design: 'observational', cue: observationalCue(observational), where: 'the cited source' };
  const previous = previousSentence(sentence);
  if (previous !== null && (drawsConclusion(sentence.prose) || sharesCondition(sentence.prose, previous.prose))) {
    const design = designOf(previous.prose);
    return { design, cue: design === 'observational' ? observationalCue(previous.prose) : null, where: 'the sentence before' };
  }
  return { design: 'none', cue: null, where: '' };
}

export default defineRule<CausalOverreachOptions>({
  meta: {
    id: 'causal-overreach',
    description: 'Causal wording ("prevents", "reduces the risk") for a finding presented as observational ("linked to", "a survey").',
    defaultSeverity: 'warn',
    docs: 'docs/rules/causal-overreach.md',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  defaultOptions: {},
  check(article, context) {
    for (const sentence of article.sentences) {
      if (sentence.isQuestion || isFirstPersonNarrative(sentence.prose)) continue;
      const claim = findCausalClaim(sentence.prose);
      if (claim === null) continue;
      const evidence = evidenceFor(sentence);
      if (evidence.design !== 'observational') continue;
      const shown = evidence.cue === null ? '' : ` ("${evidence.cue}")`;
      context.report({
        message:
          `"${claim.text.replace(/\s+/g, ' ')}" states cause and effect, but ${evidence.where} presents the finding as observational${shown}: ` +
          'say "is linked to" or "people who … were less likely", or cite a trial that tested it.',
        range: { start: sentence.range.start + claim.start, end: sentence.range.start + claim.end },
      });
    }
  },
});
