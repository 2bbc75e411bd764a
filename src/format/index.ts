import type { Formatter } from './types.js';

/** Formatters by name, loaded on demand so start-up pays only for the one used. */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  html: async () => (await import('./html.js')).html,
};

export const formatterNames = Object.keys(loaders);

/** Formatters that quote the flagged text, so the run must keep each file's source for them. */
const quotingSource = new Set(['gitlab', 'html']);

export function formatterNeedsSource(name: string): boolean {
  return quotingSource.has(name);
}

/** Formatters that print the evidence summary; for the others the run does not compute it. */
const printingEvidence = new Set(['json', 'html']);

export function formatterNeedsEvidence(name: string): boolean {
  return printingEvidence.has(name);
}

export async function loadFormatter(name: string): Promise<Formatter | null> {
  const load = loaders[name];
  return load ? load() : null;
}
