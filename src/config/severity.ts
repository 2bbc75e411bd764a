/**
 * Rule settings as written (`"warn"`, `2`, `["error", {...}]`, `["warn"]`)
 * normalised to a severity and optional options, with messages that say what
 * is allowed.
 */
import type { SeverityName } from '../engine/types.js';

export interface NormalizedSetting {
  severity: SeverityName;
  /** Undefined when the setting gave only a severity (earlier options are then kept). */
  options: Record<string, unknown> | undefined;
}

export type SettingProblem = { keySuffix: string; detail: string };

const severityByNumber: Record<number, SeverityName> = { 0: 'off', 1: 'warn', 2: 'error' };
const severityNames: readonly SeverityName[] = ['off', 'warn', 'error'];

export function normalizeSeverity(value: unknown): SeverityName | null {
  if (typeof value === 'string' && (severityNames as readonly string[]).includes(value)) return value as SeverityName;
  if (typeof value === 'number') return severityByNumber[value] ?? null;
  return null;
}

/** Either the normalised setting or what is wrong with it (and where, relative to the rule's key). */
export function normalizeSetting(value: unknown): NormalizedSetting | SettingProblem {
  const [rawSeverity, rawOptions, ...extra] = Array.isArray(value) ? value : [value];
  const severity = normalizeSeverity(rawSeverity);
  if (severity === null) {
    const keySuffix = Array.isArray(value) ? '[0]' : '';
    return { keySuffix, detail: `bad severity ${describe(rawSeverity)}; expected one of off, warn, error (or 0, 1, 2)` };
  }
  if (Array.isArray(value) && value.length === 0) {
    return { keySuffix: '', detail: 'empty setting; expected a severity or [severity, options]' };
  }
  if (extra.length > 0) {
    return { keySuffix: '', detail: 'too many items; expected [severity, options]' };
  }
  if (rawOptions !== undefined && !isPlainObject(rawOptions)) {
    return { keySuffix: '[1]', detail: `options must be an object, got ${describe(rawOptions)}` };
  }
  return { severity, options: rawOptions };
}

export function isProblem(value: NormalizedSetting | SettingProblem): value is SettingProblem {
  return 'detail' in value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value, short, for messages: `'warning'`, `3`, `an array`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
