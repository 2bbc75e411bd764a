/** `medlint rules`, `medlint explain <rule>`, `medlint init`. */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { presets } from '../../rules/presets.js';
import { starterConfig } from '../config/index.js';
import { builtinRuleInfo } from '../engine/rule-catalogue.js';
import { packageRoot } from '../package-info.js';
import { EXIT_OK, EXIT_TROUBLE, type CliIO } from './io.js';

function presetSeverity(preset: 'recommended' | 'strict', id: string): string {
  const setting = presets[preset][id];
  if (setting === undefined) return 'off';
  return Array.isArray(setting) ? setting[0] : setting;
}

export async function listRules(io: CliIO): Promise<number> {
  const rows = (await builtinRuleInfo()).map((rule) => [
    rule.meta.id,
    presetSeverity('recommended', rule.meta.id),
    presetSeverity('strict', rule.meta.id),
    `${rule.meta.fixable ? 'fix ' : ''}${rule.meta.hasSuggestions ? 'suggest' : ''}`.trim(),
    rule.meta.description,
  ]);
  const header = ['rule', 'recommended', 'strict', 'offers', 'description'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  return EXIT_OK;
}

export async function explainRule(ruleId: string, io: CliIO): Promise<number> {
  const rule = (await builtinRuleInfo()).find((candidate) => candidate.meta.id === ruleId);
  if (!rule) {
    io.stderr(`medlint: unknown rule "${ruleId}". Run "medlint rules" to list them.\n`);
    return EXIT_TROUBLE;
  }
  const docs = isAbsolute(rule.meta.docs) ? rule.meta.docs : join(packageRoot, rule.meta.docs);
  if (existsSync(docs)) {
    io.stdout(readFileSync(docs, 'utf8'));
  } else {
    io.stdout(`# ${rule.meta.id}\n\n${rule.meta.description}\n`);
  }
  return EXIT_OK;
}

const CONFIG_NAMES = ['.medlintrc.json', '.medlintrc.yaml', '.medlintrc.yml', 'medlint.config.js', 'medlint.config.mjs'];

export async function initConfig(io: CliIO): Promise<number> {
  const existing = CONFIG_NAMES.find((name) => existsSync(join(io.cwd, name)));
  if (existing) {
    io.stderr(`medlint: ${existing} already exists here; leaving it as it is.\n`);
    return EXIT_TROUBLE;
  }
  const target = join(io.cwd, '.medlintrc.json');
  try {
    // 'wx' refuses to overwrite, even if a file appears in the meantime.
    await writeFile(target, starterConfig(), { flag: 'wx' });
  } catch (error) {
    io.stderr(`medlint: cannot write ${target}: ${(error as Error).message}\n`);
    return EXIT_TROUBLE;
  }
  io.stdout(`Wrote ${target}. Edit it to turn rules on or off; "medlint rules" lists them.\n`);
  return EXIT_OK;
}
