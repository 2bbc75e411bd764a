/**
 * Animal and lab evidence in prose and in reference titles: whether a text
 * names a lab model ("in mice", "in vitro", "cell lines"), whether a title is
 * about a lab model only (no people in it), and where a sentence carries a
 * lab result over to people ("... in mice, which means it can help you").
 * Pure: strings in, offsets out.
 */
import type { Range } from '../../src/article/types.js';
import { compilePhrases, type PhraseMatch } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { builtInTopicReader } from './evidence-topics.js';

const modelMatcher = compilePhrases(loadWordList('animal-models').phrases);
const peopleMatcher = compilePhrases(loadWordList('animal-people').phrases);
const generalizerMatcher = compilePhrases(loadWordList('animal-generalizers').phrases);

/** "animal protein", "animal fats": food, not a lab model. */
const animalAsFood = /^\s*(?:protein|proteins|fats?|foods?|products?|sources?|-based|based|derived|milk|origin|welfare)\b/i;
const conditional = /\b(?:may|might|could|would)\b/i;

function modelMentions(text: string): PhraseMatch[] {
  return modelMatcher
    .matchAll(text)
    .filter((match) => !(/^animals?$/i.test(match.text) && animalAsFood.test(text.slice(match.end))));
}

/** The first lab model the text names ("mice", "in vitro"), or null. */
export function namedModel(text: string): string | null {
  return modelMentions(text)[0]?.text ?? null;
}

/** A reference title about animals or cells with no people in it: "Curcumin reduces joint swelling in arthritic rats". */
export function isLabOnlyTitle(title: string): boolean {
  return namedModel(title) !== null && !peopleMatcher.test(title);
}

/** People or a condition: what a result must be about to be stated as an effect in people. */
export function speaksOfPeople(text: string): boolean {
  return peopleMatcher.test(text) || builtInTopicReader.conditions(text).size > 0;
}

/**
 * Where a sentence that names a lab model goes on to apply the result to
 * people, unhedged: "In mice it reversed memory loss, so it can help people
 * with dementia". The range runs from the carrying words to the end of the
 * clause. Null when there is no such turn, or it is hedged ("which means it
 * may help").
 */
export function findCarryOver(prose: string): (Range & { text: string }) | null {
  const model = modelMentions(prose)[0];
  if (model === undefined) return null;
  for (const turn of generalizerMatcher.matchAll(prose)) {
    if (turn.start < model.end) continue;
    const rest = prose.slice(turn.end);
    const clauseEnd = /[;:.!?]|\s[—–-]\s|\bbut\b/.exec(rest)?.index ?? rest.length;
    const clause = rest.slice(0, clauseEnd);
    // "... in mice, so it may help people": a hedged extrapolation says it is one.
    if (conditional.test(clause) || namedModel(clause) !== null) continue;
    if (!speaksOfPeople(`${turn.text}${clause}`)) continue;
    const end = turn.end + clause.trimEnd().replace(/[,)]+$/, '').length;
    return { start: turn.start, end, text: prose.slice(turn.start, end) };
  }
  return null;
}
