/**
 * Reading one reference entry's text: its own label ("1.", "[1]"), whether it
 * looks like a reference or a byline, and best-effort bibliographic fields.
 * Every pattern runs on one entry's text, so the cost is linear in the list.
 */

/** A surname, allowing lower-case particles ("van der Berg") and hyphens/apostrophes. */
export const SURNAME = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|della|le|la|dos|das|ter|ten)\s+)*\p{Lu}[\p{L}\p{M}'’-]*[\p{L}\p{M}]`;

const APA_AUTHOR = new RegExp(String.raw`(${SURNAME}),\s+(?:\p{Lu}\.[\s-]*)+`, 'gu');
/**
 * "Smith AB," / "Smith AB." / "Smith AB et al." / "Krogh J" right before the year ("Krogh J (2011)"). Not a
 * country or union after a name ("Diabetes UK (2020)", "Age UK"): that is an organisation.
 */
const VANCOUVER_AUTHOR = new RegExp(String.raw`(${SURNAME})\s+(?!(?:UK|US|USA|EU|NZ)\s*$)\p{Lu}{1,3}(?=[,.;]|\s+et\s+al|\s*$)`, 'gu');
const INITIALS_FIRST_AUTHOR = new RegExp(String.raw`(?:\p{Lu}\.\s*)+(${SURNAME})`, 'gu');
const AUTHOR_SEPARATOR = /^(?:[\s,;&]|and\b|et al\.?)*$/;

const PARENTHESISED_YEAR = /\((?:[^()\d]{0,20}?)?((?:1[89]|20)\d{2})([a-z])?(?:[,;][^()]{0,40})?\)/;
const BARE_YEAR = /(?<![\d./-])((?:19|20)\d{2})([a-z])?(?![\d/])/;
const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/;
const URL = /\bhttps?:\/\/[^\s<>"'`]+/i;
const PMID = /\bPMID:?\s*(\d{4,9})\b/i;
const ENTRY_LABEL = /^\s*(?:\[(\d{1,3})\]|\^(\d{1,3})|(\d{1,3})[.)]|\((\d{1,3})\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?=\s|$)/;
/** Superscript digits by value: '¹' is SUPERSCRIPT_DIGITS[1]. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "Written by …", "Posted by Jess, 12 October 2023", "Author: …" (dates allowed). */
const CREDIT_LINE = /^(?:[-–—]\s*)?(?:(?:(?:this\s+)?(?:page|article|post|leaflet|content|information)\s+)?(?:written|reviewed|edited|medically reviewed|fact[- ]checked|authored|posted|compiled|updated)\b.{0,30}?\bby\b|by\s|author:)/i;
/** "The Psychly Team", "Editorial staff": no digits. */
const TEAM_LINE = /\b(?:team|staff|editors?|editorial|contributors?)\b/i;

export interface EntryFields {
  authors: string[];
  /** True when the authors are people ("Smith, J."), not an organisation read from the lead words. */
  personAuthors: boolean;
  year: number | null;
  /** "a" in "2020a": lets "(Smith, 2020a)" pick the right one of two Smith 2020 works. */
  yearSuffix: string | null;
  title: string | null;
  doi: string | null;
  url: string | null;
  pmid: string | null;
}

/** An entry's own number: "1." / "1)" / "(1)" / "[1]" / "^1" / "¹" at its start. */
export function readEntryLabel(text: string): string | null {
  const match = ENTRY_LABEL.exec(text);
  if (!match) return null;
  // "¹ Smith J. ..." — entries numbered the way the text's superscript markers are.
  if (match[5] !== undefined) return [...match[5]].map((digit) => SUPERSCRIPT_DIGITS.indexOf(digit)).join('');
  return (match[1] ?? match[2] ?? match[3] ?? match[4]) as string;
}

export function readEntryFields(text: string): EntryFields {
  const doi = trimUrlEnd(DOI.exec(text)?.[0] ?? null);
  const url = trimUrlEnd(URL.exec(text)?.[0] ?? null);
  const pmid = PMID.exec(text)?.[1] ?? null;
  // Years inside URLs and DOIs are not publication years; HTML tags are not names.
  const prose = text.replace(/\bhttps?:\/\/\S+|\b10\.\d{4,9}\/\S+|<[^>]*>/gi, (found) => ' '.repeat(found.length));

  const parenthesised = PARENTHESISED_YEAR.exec(prose);
  const yearMatch = parenthesised ?? BARE_YEAR.exec(prose);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  const yearSuffix = yearMatch?.[2] ?? null;

  const authorPart = prose.slice(0, yearMatch ? yearMatch.index : Math.min(prose.length, 200));
  const personAuthors = readPersonAuthors(authorPart);
  const organisation = personAuthors.length === 0 && yearMatch ? readOrganisation(authorPart) : null;
  const authors = organisation ? [organisation] : personAuthors;

  let title: string | null = null;
  if (parenthesised) {
    const after = prose.slice(parenthesised.index + parenthesised[0].length).replace(/^[\s.,:]+/, '');
    title = firstSentence(after);
  } else {
    const parts = prose.split(/\.\s+/);
    if (parts.length > 2 && authors.length > 0) title = (parts[1] as string).trim() || null;
  }
  return { authors, personAuthors: personAuthors.length > 0, year, yearSuffix, title, doi, url, pmid };
}

/** Reference-looking: a DOI or PMID, or a year with authors, a URL or a journal-like volume. */
export function looksLikeReference(text: string): boolean {
  const fields = readEntryFields(text);
  if (fields.doi || fields.pmid) return true;
  if (fields.year === null) return false;
  if (fields.personAuthors || fields.url !== null) return true;
  // "Lipid Trials Collaboration (2012). Title." — an organisation with a bracketed year.
  if (fields.authors.length > 0 && /\((?:19|20)\d{2}[a-z]?\)/.test(text)) return true;
  return /\d+\s*\(\d+\)|\bjournal\b|\bet al\b/i.test(text);
}

const MAX_CREDIT_LINE = 160;

/** A short credit line ("The Psychly Team", "Reviewed by ..."), never a numbered entry. */
export function looksLikeByline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_CREDIT_LINE) return false;
  if (/https?:|www\./i.test(trimmed)) return false;
  // "Written by Dr Anika Kaur BDS (Manc), Principal Dentist, GDC no. 000000 · Reviewed April 2024": a credit may
  // list degrees and a registration number; a team line stays short.
  if (CREDIT_LINE.test(trimmed)) return true;
  if (trimmed.length > 80) return false;
  return !/\d/.test(trimmed) && TEAM_LINE.test(trimmed);
}

/** Surnames, lower-cased, in order, from "Surname, A. B.", "Surname AB" or "A. Surname". */
function readPersonAuthors(authorPart: string): string[] {
  const lead = authorPart.replace(/^\s*(?:\[\d+\]|\^\d+|\d+[.)])?\s*/, '');
  const found: { index: number; end: number; surname: string }[] = [];
  for (const pattern of [APA_AUTHOR, VANCOUVER_AUTHOR, INITIALS_FIRST_AUTHOR]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lead); match; match = pattern.exec(lead)) {
      found.push({ index: match.index, end: match.index + match[0].length, surname: match[1] as string });
    }
  }
  found.sort((a, b) => a.index - b.index);

  const authors: string[] = [];
  let previousEnd = 0;
  for (const author of found) {
    if (author.index < previousEnd) continue;
    // Stop when the author run is broken by other words (the title has begun).
    if (!AUTHOR_SEPARATOR.test(lead.slice(previousEnd, author.index))) break;
    authors.push(normaliseName(author.surname));
    previousEnd = author.end;
    if (authors.length === 5) break;
  }
  return authors;
}

/** An organisation as author, before the year: "World Health Organization. (2020)". */
function readOrganisation(authorPart: string): string | null {
  const lead = authorPart.replace(/^\s*(?:\[\d+\]|\^\d+|\d+[.)])?\s*/, '');
  const organisation = lead.replace(/[\s.,:;(–-]+$/, '').trim();
  if (/^\p{Lu}/u.test(organisation) && organisation.split(/\s+/).length <= 8 && !/[.?!:]\s/.test(organisation)) {
    return normaliseName(organisation);
  }
  return null;
}

/** Lower-cased with collapsed spaces: how author names are compared. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "World Health Organization" → "who", so "(WHO, 2020)" finds it. */
export function acronymOf(name: string): string | null {
  const words = name.split(' ').filter((word) => !/^(?:of|for|and|the|on|in|&)$/.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('') : null;
}

function firstSentence(text: string): string | null {
  const end = text.search(/[.?!](?:\s|$)/);
  const sentence = (end === -1 ? text : text.slice(0, end + 1)).trim();
  return sentence.length > 0 ? sentence.replace(/\.$/, '') : null;
}

function trimUrlEnd(url: string | null): string | null {
  if (!url) return null;
  let end = url.length;
  while (end > 0 && /[.,;:!?'"\]]/.test(url[end - 1] as string)) end--;
  if (url[end - 1] === ')' && !url.slice(0, end).includes('(')) end--;
  return url.slice(0, end);
}
