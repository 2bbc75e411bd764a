/** Label files (../shared/docs/LABELS.md): reading and checking them. */
export type SentenceLabel = 'unsourced' | 'unhedged';

export interface LabelledSentence {
  quote: string;
  labels: SentenceLabel[];
  ambiguous?: SentenceLabel[];
}

export interface ArticleLabels {
  article: string;
  treatment: boolean;
  safetySection: string | null;
  sentences: LabelledSentence[];
  dangling: string[];
  danglingAmbiguous?: string[];
  unused: string[];
}

const SENTENCE_LABELS = new Set(['unsourced', 'unhedged']);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Returns the problems with a label file's shape (empty when fine). */
export function checkLabels(data: unknown): string[] {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) return ['not a JSON object'];
  const labels = data as Record<string, unknown>;
  if (typeof labels.article !== 'string') problems.push('"article" must be a string');
  if (typeof labels.treatment !== 'boolean') problems.push('"treatment" must be true or false');
  if (labels.safetySection !== null && typeof labels.safetySection !== 'string') {
    problems.push('"safetySection" must be a string or null');
  }
  if (!Array.isArray(labels.sentences)) problems.push('"sentences" must be an array');
  else {
    labels.sentences.forEach((sentence: unknown, index) => {
      const s = sentence as Record<string, unknown>;
      if (typeof s?.quote !== 'string' || s.quote === '') problems.push(`sentences[${index}].quote must be a non-empty string`);
      for (const key of ['labels', 'ambiguous'] as const) {
        const value = s?.[key];
        if (value === undefined && key === 'ambiguous') continue;
        if (!isStringArray(value) || !value.every((label) => SENTENCE_LABELS.has(label))) {
          problems.push(`sentences[${index}].${key} must list "unsourced" and/or "unhedged"`);
        }
      }
    });
  }
  for (const key of ['dangling', 'unused'] as const) {
    if (!isStringArray(labels[key])) problems.push(`"${key}" must be an array of strings`);
  }
  if (labels.danglingAmbiguous !== undefined && !isStringArray(labels.danglingAmbiguous)) {
    problems.push('"danglingAmbiguous" must be an array of strings');
  }
  return problems;
}

/** Every quote must occur exactly once in the article. */
export function checkQuotes(labels: ArticleLabels, source: string): string[] {
  const problems: string[] = [];
  const quotes = [...labels.sentences.map((s) => s.quote), ...labels.unused];
  for (const quote of quotes) {
    const first = source.indexOf(quote);
    if (first === -1) problems.push(`quote not found: "${quote.slice(0, 60)}"`);
    else if (source.indexOf(quote, first + 1) !== -1) problems.push(`quote occurs more than once: "${quote.slice(0, 60)}"`);
  }
  return problems;
}
