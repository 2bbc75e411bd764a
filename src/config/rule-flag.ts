/** `--rule id:severity` and `--rule 'id:["warn",{"allow":["x"]}]'`. */
import { ConfigError } from './error.js';
import type { RuleSetting } from './types.js';

export function parseRuleFlag(value: string): [string, RuleSetting] {
  const colon = value.indexOf(':');
  const id = value.slice(0, colon).trim();
  const settingText = value.slice(colon + 1).trim();
  if (colon < 0 || id === '' || settingText === '') {
    throw new ConfigError('--rule', '', `'${value}': expected id:severity, e.g. --rule unsourced-claim:off`);
  }
  if (!settingText.startsWith('[') && !settingText.startsWith('"')) {
    // Plain severities; numbers stay numbers so validation accepts 0/1/2.
    const setting = /^\d+$/.test(settingText) ? Number(settingText) : settingText;
    return [id, setting as RuleSetting];
  }
  try {
    return [id, JSON.parse(settingText) as RuleSetting];
  } catch {
    throw new ConfigError('--rule', id, `'${settingText}' is not valid JSON; expected e.g. '["warn",{"option":"value"}]'`);
  }
}
