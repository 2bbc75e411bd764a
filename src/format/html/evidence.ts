/**
 * The evidence summary a result may carry (`result.evidence`, added by the
 * evidence rules). Read defensively: the report shows whatever numbers are
 * there, with editor-facing labels for the fields it knows, so a renamed or
 * new field still appears instead of breaking the page.
 */

export interface EvidenceCell {
  key: string;
  /** Display text, e.g. "62%" or "8.4". */
  text: string;
  /** For sorting the summary table; null sorts last. */
  sortValue: number | null;
}

export interface EvidenceColumn {
  key: string;
  label: string;
  /** Longer explanation for the column header's title. */
  hint: string;
  /** Whether any file has a number here: only those become sortable table columns. */
  numeric: boolean;
}

/** Known fields, in the order an editor reads them. Several spellings map to one label. */
const knownFields: Array<{ keys: string[]; label: string; hint: string }> = [
  { keys: ['claims', 'claimsFound', 'claimCount'], label: 'Claims', hint: 'Sentences that assert a checkable health fact' },
  { keys: ['claimsSourced', 'sourcedClaims'], label: 'Sourced', hint: 'Claims with a citation or a named source' },
  { keys: ['shareSourced', 'sourcedShare', 'sourcedRatio', 'claimsSourcedShare'], label: '% sourced', hint: 'Share of claims that are sourced' },
  { keys: ['citations', 'markers', 'citationCount'], label: 'Citations', hint: 'Citation markers in the text' },
  { keys: ['dangling', 'danglingCitations', 'danglingCount'], label: 'Dangling', hint: 'Citations that point to no reference' },
  { keys: ['references', 'referenceCount', 'entries'], label: 'References', hint: 'Entries in the reference lists' },
  { keys: ['referenceMedianAge', 'medianReferenceAge', 'referenceMedianAgeYears'], label: 'Ref. age', hint: 'Median age of the references, in years' },
  { keys: ['readingGrade', 'gradeLevel', 'fleschKincaidGrade'], label: 'Grade', hint: 'Reading grade: Flesch–Kincaid grade of the body text' },
  { keys: ['referenceDate'], label: 'Ages as of', hint: 'The date reference ages are measured from' },
];

const labelByKey = new Map<string, { label: string; hint: string; order: number }>();
knownFields.forEach((field, order) => {
  for (const key of field.keys) labelByKey.set(key, { label: field.label, hint: field.hint, order });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "referenceMedianAge" → "Reference median age". */
function labelFromKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isShare(key: string): boolean {
  return /share|ratio|fraction|percent/i.test(key);
}

function formatNumber(key: string, value: number): string {
  if (isShare(key)) {
    // A share may come as 0–1 or already as a percentage.
    const percent = value <= 1 ? value * 100 : value;
    return `${Math.round(percent)}%`;
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The cells of one result's summary, or null when it has none. */
export function readEvidence(evidence: unknown): EvidenceCell[] | null {
  if (!isRecord(evidence)) return null;
  const cells: EvidenceCell[] = [];
  for (const [key, value] of Object.entries(evidence)) {
    if (typeof value === 'number' && Number.isFinite(value)) {
      cells.push({ key, text: formatNumber(key, value), sortValue: value });
    } else if (value === null) {
      cells.push({ key, text: '—', sortValue: null });
    } else if (typeof value === 'string') {
      cells.push({ key, text: value, sortValue: null });
    }
  }
  return cells;
}

/** The union of fields over all results: known ones first, in reading order. */
export function evidenceColumns(summaries: Array<EvidenceCell[] | null>): EvidenceColumn[] {
  const seen = new Map<string, number>();
  const numeric = new Set<string>();
  for (const cells of summaries) {
    for (const cell of cells ?? []) {
      if (!seen.has(cell.key)) seen.set(cell.key, seen.size);
      if (cell.sortValue !== null) numeric.add(cell.key);
    }
  }
  return [...seen.keys()]
    .sort((a, b) => {
      const orderA = labelByKey.get(a)?.order ?? knownFields.length + (seen.get(a) ?? 0);
      const orderB = labelByKey.get(b)?.order ?? knownFields.length + (seen.get(b) ?? 0);
      return orderA - orderB;
    })
    .map((key) => {
      const known = labelByKey.get(key);
      return { key, label: known?.label ?? labelFromKey(key), hint: known?.hint ?? labelFromKey(key), numeric: numeric.has(key) };
    });
}
