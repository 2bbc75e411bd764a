/**
 * Identifiers written in a reference entry — DOI, PMID, PMCID, URL — and
 * whether each is well-formed (DOI Handbook §2.2; NLM's PMID and PMCID
 * formats; WHATWG URL). Pure: one entry's text in, problems with offsets
 * into that text out.
 */

export interface IdentifierProblem {
  /** Offsets into the entry text. */
  start: number;
  end: number;
  message: string;
}

/** "10." + a registrant code of 4–9 digits (dot-separated parts allowed) + "/" + a suffix with no spaces. */
const WELL_FORMED_DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
/** What a DOI mention looks like, well-formed or not: after "doi:"/"DOI" or a doi.org link. */
const DOI_MENTION = /\b(?:doi(?:\s*:\s*|\s+(?=10\.))|https?:\/\/(?:dx\.)?doi\.org\/)(\S*)/gi;
const PMID_MENTION = /\bPMID(?![A-Za-z])\s*:?\s*(\S*)/g;
const PMCID_MENTION = /(?<![\w/])PMC(ID)?\s*:?\s*(\S*)/g;
const URL_MENTION = /\b(?:https?|ftp):\/*[^\s<>"'`)\]]*|\bhttps?\/\/\S*|\bwww\.[^\s<>"'`)\]]*/gi;

/** Sentence punctuation after an identifier is not part of it. */
function trimEnd(text: string): string {
  return text.replace(/[.,;:]+$/, '').replace(/\)$/, (paren) => (text.includes('(') ? paren : ''));
}

function doiProblems(text: string): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  for (const match of text.matchAll(DOI_MENTION)) {
    const value = trimEnd(match[1] ?? '');
    const start = match.index;
    const end = match.index + match[0].length - ((match[1] ?? '').length - value.length);
    if (value === '') {
      problems.push({ start, end, message: 'a DOI label with no DOI after it' });
    } else if (!WELL_FORMED_DOI.test(decodeURIComponentSafe(value))) {
      problems.push({ start, end, message: `DOI "${value}" is not well-formed (a DOI looks like 10.1000/xyz123)` });
    }
  }
  return problems;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function pmidProblems(text: string): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  for (const match of text.matchAll(PMID_MENTION)) {
    const value = trimEnd(match[1] ?? '');
    if (/^\d{1,8}$/.test(value)) continue;
    problems.push({
      start: match.index,
      end: match.index + match[0].length,
      message: value === '' ? 'a PMID label with no number after it' : `PMID "${value}" is not well-formed (a PMID is 1 to 8 digits)`,
    });
  }
  return problems;
}

function pmcidProblems(text: string): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  for (const match of text.matchAll(PMCID_MENTION)) {
    const labelled = match[1] !== undefined;
    const value = trimEnd(match[2] ?? '');
    if (/^(?:PMC)?\d{1,9}$/i.test(value)) continue;
    // "PMC" before a word is an abbreviation, not an identifier; "PMCID:" or "PMC12x" is one.
    if (!labelled && !/^\d/.test(value)) continue;
    problems.push({
      start: match.index,
      end: match.index + match[0].length,
      message: `PMCID "${value}" is not well-formed (a PMCID looks like PMC1234567)`,
    });
  }
  return problems;
}

function urlProblems(text: string): IdentifierProblem[] {
  const problems: IdentifierProblem[] = [];
  for (const match of text.matchAll(URL_MENTION)) {
    const raw = trimEnd(match[0]);
    const start = match.index;
    const end = match.index + raw.length;
    if (/^www\./i.test(raw)) continue; // a bare host is a loose but readable link
    if (/^https?\/\//i.test(raw) || /^(?:https?|ftp):\/?(?!\/)/i.test(raw)) {
      problems.push({ start, end, message: `URL "${raw}" is missing the "://" after its scheme` });
      continue;
    }
    let host = '';
    try {
      host = new URL(raw).hostname;
    } catch {
      problems.push({ start, end, message: `URL "${raw}" is not a valid address` });
      continue;
    }
    if (!/^(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*$|^\[[0-9a-f:]+\]$|^\d{1,3}(?:\.\d{1,3}){3}$/iu.test(host)) {
      problems.push({ start, end, message: `URL "${raw}" has no valid host name` });
    }
  }
  return problems;
}

/** Every malformed identifier in one entry's text, in order. */
export function identifierProblems(text: string): IdentifierProblem[] {
  return [...doiProblems(text), ...pmidProblems(text), ...pmcidProblems(text), ...urlProblems(text)].sort((a, b) => a.start - b.start);
}
