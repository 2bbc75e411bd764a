/**
 * missing-contraindications: an article whose main subject is one treatment
 * but which has no section on who should avoid it (rubric §5). Reported once,
 * at the title.
 */
import type { Article, Range } from '../src/article/types.js';
import { defineRule } from '../src/engine/types.js';
import {
  findSafetyPseudoSection,
  findSafetyPseudoSectionByContent,
  findSafetySection,
  findSafetySectionByContent,
} from './lib/safety-section.js';
import { safetySectionStub } from './lib/safety-section-stub.js';
import { articleTreatmentSubject, findTreatmentMentions, namesManyOptions, type TreatmentDecision } from './lib/treatment.js';
import { isCookieBanner, isNavigationRow, lastNavigationStep } from '../src/parse/page-chrome.js';

export interface MissingContraindicationsOptions {
  /** Extra heading wordings that count as a safety section: case-insensitive substrings, or "/regex/". */
  safetyHeadings: string[];
  /** Extra words naming treatments (product names, local remedies). */
  treatmentTerms: string[];
}

/**
 * The first line of an article with no title, when it reads like one: a web
 * page saved as text often starts with the page's title ("Who can take
 * ibuprofen - NHS") and loses the heading markup.
 */
function firstLineTitle(article: Article, from: number): string | null {
  const rest = article.source.slice(from, from + 2000);
  const line = (rest.trimStart().split(/\r?\n|\r/)[0] ?? '').replace(/^#+\s*/, '').trim();
  // A breadcrumb ("Forum › Diet › Tart cherry juice for flares - worth it?") ends with the page's own title.
  if (isNavigationRow(line)) {
    const step = lastNavigationStep(line);
    return step.length <= 120 && step.split(/\s+/).length <= 15 ? step : null;
  }
  if (line === '' || line.length > 120 || /[.!?;:,]$/.test(line) || /[[\]()*_`<>|]/.test(line.replace(/\s\|\s/g, ' - '))) return null;
  return line.split(/\s+/).length <= 15 ? line : null;
}

/** The title as the reader sees it: the article's title, else the front matter's `title`, else a first line that reads like a title. */
function titleText(article: Article): string | null {
  const own = article.title?.text.trim();
  if (own) return own;
  const fromFrontMatter = article.frontMatter?.data['title'];
  if (typeof fromFrontMatter === 'string' && fromFrontMatter.trim() !== '') return fromFrontMatter.trim();
  return firstLineTitle(article, article.frontMatter ? article.frontMatter.range.end : 0);
}

/** A sentence this long is the article's prose, not a page's masthead (a tagline, a price, "Add to basket"). */
const PROSE_WORDS = 8;

/** Menus, breadcrumbs and cookie banners ("Home > Pain Relief > TENS Units", "We use cookies ... [Accept]") are chrome, however long. */
function isProse(text: string): boolean {
  if (isNavigationRow(text) || isCookieBanner(text)) return false;
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= PROSE_WORDS;
}

/**
 * A web page saved with its site chrome keeps the site's name or "Skip to main
 * content" as its first line, and its own title in a heading further down,
 * before the first paragraph of prose ("Flexible cystoscopy: information for
 * patients", "Home > Pain Relief > TENS Units"). When the title names no
 * treatment, the first heading of that masthead that names one stands in for it.
 */
function mastheadTitle(article: Article, title: string | null, extraTerms: readonly string[]): string | null {
  if (title && findTreatmentMentions(title, extraTerms).length > 0) return null;
  const prose = article.sentences.find((sentence) => isProse(sentence.prose));
  const proseStart = prose?.range.start ?? article.source.length;
  for (const heading of article.headings) {
    if (heading.range.start >= proseStart) break;
    if (article.title && heading.range.start === article.title.range.start) continue;
    const named = treatmentNamedBy(heading.text, extraTerms);
    if (named !== null) return named;
  }
  // A breadcrumb left in the masthead's lines rather than made a heading.
  for (const sentence of article.sentences) {
    if (sentence.range.start >= proseStart) break;
    const named = isNavigationRow(sentence.prose) ? treatmentNamedBy(sentence.prose, extraTerms) : null;
    if (named !== null) return named;
  }
  return null;
}

/** A masthead line that names one treatment; a breadcrumb ("Home > Pain Relief > TENS Units") names the page in its last step. */
function treatmentNamedBy(line: string, extraTerms: readonly string[]): string | null {
  const text = lastNavigationStep(line);
  return findTreatmentMentions(text, extraTerms).length > 0 && !namesManyOptions(text) ? text : null;
}

/** Whether the article presents one treatment, judged by its title, else by its masthead's title. */
function treatmentDecision(article: Article, title: string | null, extraTerms: readonly string[]): { decision: TreatmentDecision; title: string | null } {
  const decision = articleTreatmentSubject(article, { title, extraTerms });
  if (decision.treatment) return { decision, title };
  const masthead = mastheadTitle(article, title, extraTerms);
  if (masthead === null) return { decision, title };
  const fromMasthead = articleTreatmentSubject(article, { title: masthead, extraTerms });
  return fromMasthead.treatment ? { decision: fromMasthead, title: masthead } : { decision, title };
}

/** The title, or else the article's first line. */
function reportRange(article: Article): Range {
  if (article.title && article.title.range.end > article.title.range.start) return { start: article.title.range.start, end: article.title.range.end };
  const start = article.frontMatter ? article.frontMatter.range.end : 0;
  const rest = article.source.slice(start);
  const leading = rest.length - rest.trimStart().length;
  const lineEnd = rest.slice(leading).search(/\r?\n|\r/);
  return { start: start + leading, end: lineEnd === -1 ? article.source.length : start + leading + lineEnd };
}

/** "ketamine", but keep acronyms and names that are capitalised inside ("CBD Oil" → "CBD oil"). */
function inSentence(subject: string): string {
  return subject
    .split(/\s+/)
    .map((word) => (/^\p{Lu}[\p{Ll}'’-]*$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** The verb a reader would use: take a drug, try a diet, have a procedure. */
function verbFor(subject: string): string {
  if (/diet|fast|fodmap|keto|paleo|whole30|cleanse|detox|method|breath|bath|plunge|sauna|salt|float|halotherap/i.test(subject)) return 'try';
  if (/therap|acupunct|chiropract|surgery|massage|needling|manipulation|osteopath|infusion|injection|cupping|transplant|laser|light|stimulation/i.test(subject)) return 'have';
  if (/cap\b|comb|device|unit|cpap|brace|glasses|band|monitor|insoles|patch|lamp|massager|necklace/i.test(subject)) return 'use';
  return 'take';
}

export default defineRule<MissingContraindicationsOptions>({
  meta: {
    id: 'missing-contraindications',
    description: 'Articles about one treatment with no section on who should avoid it, side effects or interactions.',
    defaultSeverity: 'error',
    docs: 'docs/rules/missing-contraindications.md',
    schema: {
      type: 'object',
      properties: {
        safetyHeadings: { type: 'array', items: { type: 'string' } },
        treatmentTerms: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    hasSuggestions: true,
  },
  defaultOptions: { safetyHeadings: [], treatmentTerms: [] },
  check(article, context) {
    // A file with no body yet (front matter or a title only) has nothing to be missing from.
    if (article.blocks.length === 0) return;
    const { decision, title } = treatmentDecision(article, titleText(article), context.options.treatmentTerms);
    if (!decision.treatment) return;
    const { safetyHeadings } = context.options;
    if (findSafetySection(article.sections, article.source, { extraPatterns: safetyHeadings, titleRange: article.title?.range ?? null })) return;
    if (findSafetyPseudoSection(article.blocks, article.headings, article.source, safetyHeadings)) return;
    // A safety section under any heading wording: one whose sentences are largely about harms.
    if (findSafetySectionByContent(article.blocks) || findSafetyPseudoSectionByContent(article.blocks, article.source)) return;

    // A round-up ("The 5 best supplements for boxers") offers several products: "these supplements", "them".
    const several = decision.subject !== null && namesManyOptions(decision.subject);
    const subject = decision.subject ? `${several ? 'these ' : ''}${inSentence(decision.subject)}` : 'it';
    const named = title ? `"${title}"` : 'This article';
    const heading = `Who should not ${verbFor(subject)} ${subject}`;
    // A title on the condition ("Insomnia") over an article that offers a treatment: name the treatment.
    const titleNamesIt = decision.subject === null || (title ?? '').toLowerCase().includes(decision.subject.toLowerCase());
    const what = several ? 'treatments' : titleNamesIt ? 'a treatment' : `${subject} as a treatment`;
    const presents = `presents ${what} but has no section on who should avoid ${several ? 'them' : 'it'}`;
    context.report({
      message: `${named} ${presents}: add one on contraindications, side effects and interactions (e.g. "${heading}").`,
      range: reportRange(article),
      // A stub to fill in, so a suggestion: --fix never adds it.
      suggestions: [{ desc: `Add a "${heading}" section to fill in`, fix: safetySectionStub(article, heading, subject) }],
    });
  },
});
