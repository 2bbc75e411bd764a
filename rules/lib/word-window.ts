/**
 * The first or last few words of a text, reading only a bounded window of characters so that each call stays
 * short on a long hostile line.
 */

/** How many characters a few words may take. */
export const wordWindow = 40;

export function firstWords(text: string, count: number): string {
  return text.slice(0, count * wordWindow).trim().split(/\s+/).slice(0, count).join(' ');
}

export function lastWords(text: string, count: number): string {
  return text.slice(-count * wordWindow).trim().split(/\s+/).slice(-count).join(' ');
}
