/**
 * animal-study-generalized: a result from mice, rats, cells or test tubes
 * stated as an effect in people, with no "in mice" / "in lab studies" in the
 * sentence. Three ways it happens: the sentence cites only animal or lab
 * studies (by their titles) and never says so; it names the lab model and
 * then carries the result over to people ("..., so it can help you"); or it
 * draws that conclusion from the sentence before ("This means ...").
 */
import type { CitationMarker, ReferenceEntry, Sentence } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import { findCarryOver, isLabOnlyTitle, namedModel, speaksOfPeople } from './lib/animal-evidence.js';
import { drawsConclusion } from './lib/causal-language.js';
import { findClaim } from './lib/claims.js';
import { isFirstPersonNarrative } from './lib/hedging.js';

export type AnimalStudyGeneralizedOptions = Record<string, never>;

const conditional = /\b(?:may|might|could|would)\b/i;
const remedy = 'say where the result comes from ("in mice", "in lab studies") or cite a study in people.';

function titledEntries(marker: CitationMarker): ReferenceEntry[] {
  return marker.targets
    .map((target) => target.entry)
    .filter((entry): entry is ReferenceEntry => entry !== null && entry.title !== null);
}

function shortTitle(title: string): string {
  const plain = title.replace(/[*_"“”]/g, '').trim();
  return plain.length <= 90 ? plain : `${plain.slice(0, 87).trimEnd()}…`;
}

/** The first marker whose every titled source is an animal or lab study, when all the sentence's sources are. */
function labOnlyMarker(sentence: Sentence): { marker: CitationMarker; entry: ReferenceEntry } | null {
  const cited = sentence.markers.map((marker) => ({ marker, entries: titledEntries(marker) })).filter((item) => item.entries.length > 0);
  if (cited.length === 0) return null;
  if (!cited.every((item) => item.entries.every((entry) => isLabOnlyTitle(entry.title ?? '')))) return null;
  const first = cited[0];
  const entry = first?.entries[0];
  return first && entry ? { marker: first.marker, entry } : null;
}

function previousSentence(sentence: Sentence): Sentence | null {
  const siblings = sentence.block.sentences;
  const index = siblings.indexOf(sentence);
  return index > 0 ? (siblings[index - 1] ?? null) : null;
}

export default defineRule<AnimalStudyGeneralizedOptions>({
  meta: {
    id: 'animal-study-generalized',
    description: 'A result from animals, cells or test tubes stated as an effect in people, with no "in mice" / "in lab studies".',
    defaultSeverity: 'warn',
    docs: 'docs/rules/animal-study-generalized.md',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  defaultOptions: {},
  check(article, context) {
    for (const sentence of article.sentences) {
      if (sentence.isQuestion || isFirstPersonNarrative(sentence.prose)) continue;
      const start = sentence.range.start;

      if (namedModel(sentence.prose) !== null) {
        const carry = findCarryOver(sentence.prose);
        if (carry !== null) {
          context.report({
            message: `"${carry.text.replace(/\s+/g, ' ')}" carries a result from lab or animal research ("${namedModel(sentence.prose)}") over to people: ${remedy}`,
            range: { start: start + carry.start, end: start + carry.end },
          });
        }
        continue;
      }

      const cited = labOnlyMarker(sentence);
      if (cited !== null) {
        // A health claim, or at least a condition or people named: "Curcumin shrinks tumours [1]".
        const claim = findClaim({ prose: sentence.prose, inListItem: sentence.block.kind === 'listItem', scope: article });
        if (claim === null && !speaksOfPeople(sentence.prose)) continue;
        context.report({
          message: `${cited.marker.text} cites lab or animal research ("${shortTitle(cited.entry.title ?? '')}"), but this sentence states the result as an effect in people: ${remedy}`,
          range: { ...cited.marker.range },
        });
        continue;
      }

      const previous = previousSentence(sentence);
      const previousModel = previous === null ? null : namedModel(previous.prose);
      if (previousModel !== null && drawsConclusion(sentence.prose) && speaksOfPeople(sentence.prose) && !conditional.test(sentence.prose)) {
        const text = sentence.text.trimEnd();
        context.report({
          message: `This sentence draws a conclusion for people from the lab or animal result before it ("${previousModel}"): ${remedy}`,
          range: { start, end: start + text.length },
        });
      }
    }
  },
});
