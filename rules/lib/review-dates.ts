/**
 * Reading calendar dates as articles write them ("2023-11-14",
 * "2022-11-11 09:00:00 -0400", "4 November 2021", "November 4, 2021",
 * "March 2024") into UTC dates, and measuring ages between them. Pure.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO = /\b((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME}\s*,?\s+((?:19|20)\d{2})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i');
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH_NAME}\s+((?:19|20)\d{2})\b`, 'i');
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function utc(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? date : null;
}

export interface FoundDate {
  date: Date;
  /** Offset of the date's text in the string searched. */
  index: number;
  length: number;
}

/** The first date written in `text`; day-first for slashed dates (the UK/EU habit of health publishers outside the US). */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const date = utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3] ?? 1));
    if (date) candidates.push({ date, index: iso.index, length: iso[0].length });
  }
  const dayMonth = DAY_MONTH_YEAR.exec(text);
  if (dayMonth) {
    const date = utc(Number(dayMonth[3]), monthIndex(dayMonth[2] as string), Number(dayMonth[1]));
    if (date) candidates.push({ date, index: dayMonth.index, length: dayMonth[0].length });
  }
  const monthDay = MONTH_DAY_YEAR.exec(text);
  if (monthDay) {
    const date = utc(Number(monthDay[3]), monthIndex(monthDay[1] as string), Number(monthDay[2]));
    if (date) candidates.push({ date, index: monthDay.index, length: monthDay[0].length });
  }
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear && candidates.length === 0) {
    const date = utc(Number(monthYear[2]), monthIndex(monthYear[1] as string), 1);
    if (date) candidates.push({ date, index: monthYear.index, length: monthYear[0].length });
  }
  const slashed = SLASHED.exec(text);
  if (slashed && candidates.length === 0) {
    const date = utc(Number(slashed[3]), Number(slashed[2]) - 1, Number(slashed[1]));
    if (date) candidates.push({ date, index: slashed.index, length: slashed[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** A front matter value as a date: YAML strings, numbers of a year, or Date objects from other loaders. */
export function dateFromValue(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') return findDate(value)?.date ?? null;
  return null;
}

/** An ISO `YYYY-MM-DD` option value, or null when it is not one. */
export function parseIsoDay(text: string): Date | null {
  const match = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? utc(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole months from `earlier` to `later` (negative when `earlier` is later). */
export function monthsBetween(earlier: Date, later: Date): number {
  const months = (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + (later.getUTCMonth() - earlier.getUTCMonth());
  return later.getUTCDate() < earlier.getUTCDate() ? months - 1 : months;
}

/**
 * The day a rule measures against: an explicit `today` option (ISO date)
 * when set, otherwise the date of the run. Reading the clock here, not at
 * module load, keeps a long-running process honest; tests pass `today`.
 */
export function resolveToday(option: string): Date {
  const given = option === '' ? null : parseIsoDay(option);
  if (given) return given;
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
