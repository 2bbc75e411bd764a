/**
 * source-topic-mismatch: a cited claim about one condition or population
 * whose source's title is about another (the seed's anxiety claim resting on
 * a trial in treatment-resistant depression). What the texts are about comes
 * from rules/lib/evidence-topics.ts; this module decides what the claim is.
 */
import type { Article, CitationMarker, ReferenceEntry, Section } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import {
  builtInTopicReader,
  conditionsDisjoint,
  createTopicReader,
  isSafetyContext,
  populationsIncompatible,
  type TopicReader,
} from './lib/evidence-topics.js';

export interface SourceTopicMismatchOptions {
  /** Extra condition families, one per string: "long covid | post-covid". */
  conditions: string[];
  /** Also compare populations (children, adults, older adults, pregnancy, women, men). */
  populations: boolean;
}

interface ClaimTopic {
  conditions: Set<string>;
  /** Where the conditions were read: the sentence, a heading or the title. */
  where: string;
}

/** Innermost first. */
function headingsAbove(marker: CitationMarker): string[] {
  const headings: string[] = [];
  for (let section: Section | null = marker.sentence?.block.section ?? null; section !== null; section = section.parent) {
    if (section.heading !== null) headings.push(section.heading.text);
  }
  return headings;
}

/**
 * A sentence that names no condition ("the placebo group improved less [3]")
 * is about what its section is about, then what the article is about.
 */
function claimTopic(article: Article, prose: string, headings: readonly string[], topics: TopicReader): ClaimTopic | null {
  const own = topics.conditions(prose);
  if (own.size > 0) return { conditions: own, where: 'this sentence' };
  for (const heading of headings) {
    const fromHeading = topics.conditions(heading);
    if (fromHeading.size > 0) return { conditions: fromHeading, where: `the section "${heading}"` };
  }
  if (article.title !== null) {
    const fromTitle = topics.conditions(article.title.text);
    if (fromTitle.size > 0) return { conditions: fromTitle, where: `the article ("${article.title.text}")` };
  }
  return null;
}

function shortTitle(title: string): string {
  const plain = title.replace(/[*_"“”]/g, '').trim();
  return plain.length <= 60 ? plain : `${plain.slice(0, 57).trimEnd()}…`;
}

function list(names: Iterable<string>): string {
  const all = [...names];
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function citedEntries(marker: CitationMarker): ReferenceEntry[] {
  const entries = marker.targets.map((target) => target.entry).filter((entry): entry is ReferenceEntry => entry !== null);
  return [...new Set(entries)].filter((entry) => entry.title !== null);
}

function conditionMessage(marker: CitationMarker, entry: ReferenceEntry, source: Set<string>, claim: ClaimTopic): string {
  return (
    `${marker.text} cites "${shortTitle(entry.title ?? '')}", a source on ${list(source)}, but ${claim.where} is about ${list(claim.conditions)}: ` +
    `cite evidence on ${list(claim.conditions)}, or say that the evidence comes from ${list(source)}.`
  );
}

function populationMessage(marker: CitationMarker, entry: ReferenceEntry, source: Set<string>, claim: Set<string>): string {
  return (
    `${marker.text} cites "${shortTitle(entry.title ?? '')}", a study in ${list(source)}, but this sentence is about ${list(claim)}: ` +
    `cite a study in ${list(claim)}, or say who was studied.`
  );
}

export default defineRule<SourceTopicMismatchOptions>({
  meta: {
    id: 'source-topic-mismatch',
    description: 'Cited claims about a condition or population that the cited source’s title does not cover.',
    defaultSeverity: 'warn',
    docs: 'docs/rules/source-topic-mismatch.md',
    schema: {
      type: 'object',
      properties: {
        conditions: { type: 'array', items: { type: 'string', minLength: 1 } },
        populations: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { conditions: [], populations: true },
  check(article, context) {
    const topics = context.options.conditions.length > 0 ? createTopicReader(context.options.conditions) : builtInTopicReader;
    for (const marker of article.markers) {
      const entries = citedEntries(marker);
      if (entries.length === 0 || marker.sentence === null) continue;
      const headings = headingsAbove(marker);
      // About harms ("side effects include headache", "not with liver disease"), the conditions and people named are not the claim's topic.
      if (isSafetyContext(marker.sentence.prose) || headings.some(isSafetyContext)) continue;
      const range = { ...marker.range };

      const claim = claimTopic(article, marker.sentence.prose, headings, topics);
      if (claim !== null) {
        const sources = entries.map((entry) => ({ entry, conditions: topics.conditions(entry.title ?? '') }));
        // Flag only when no cited source shares a condition with the claim.
        const mismatched = sources.filter((source) => conditionsDisjoint(claim.conditions, source.conditions));
        const anyShares = sources.some((source) => source.conditions.size > 0 && !mismatched.includes(source));
        const first = mismatched[0];
        if (first && !anyShares) {
          context.report({ message: conditionMessage(marker, first.entry, first.conditions, claim), range });
          continue;
        }
      }

      if (!context.options.populations) continue;
      const claimPopulations = topics.populations(marker.sentence.prose);
      if (claimPopulations.size === 0) continue;
      const sources = entries.map((entry) => ({ entry, populations: topics.populations(entry.title ?? '') }));
      const compatible = sources.some(
        (source) => source.populations.size > 0 && !populationsIncompatible(claimPopulations, source.populations),
      );
      const incompatible = sources.find((source) => populationsIncompatible(claimPopulations, source.populations));
      if (incompatible && !compatible) {
        context.report({ message: populationMessage(marker, incompatible.entry, incompatible.populations, claimPopulations), range });
      }
    }
  },
});
