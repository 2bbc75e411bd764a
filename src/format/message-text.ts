import type { LintMessage } from '../engine/types.js';

/** Findings with no rule (a file that cannot be read as an article, an unused directive) still need a name in CI reports. */
export const CORE_RULE_ID = 'medlint-core';

export function ruleIdOf(message: LintMessage): string {
  return message.ruleId ?? CORE_RULE_ID;
}

/**
 * The message with its suggestions appended, for one-line formats: every
 * reporter must show suggestions, and these have no room for extra lines.
 */
export function messageWithSuggestions(message: LintMessage): string {
  const text = message.message.replace(/\s+$/, '');
  const suggestions = message.suggestions ?? [];
  if (suggestions.length === 0) return text;
  return `${text} (${suggestions.map((suggestion) => `suggestion: ${suggestion.desc}`).join('; ')})`;
}

export function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}
