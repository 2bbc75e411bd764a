/** `--print-config`: a resolved config as plain JSON. */
import type { ResolvedConfig } from './types.js';

export interface PrintableConfig {
  rules: Record<string, ['warn' | 'error', Record<string, unknown>]>;
  ignorePatterns: string[];
  configFiles: string[];
}

export function resolvedToPrintable(config: ResolvedConfig): PrintableConfig {
  const rules: PrintableConfig['rules'] = {};
  for (const { rule, severity, options } of config.rules) rules[rule.meta.id] = [severity, options];
  return { rules, ignorePatterns: [...config.ignorePatterns], configFiles: [...config.configFiles] };
}
