import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { LintMessage } from '../engine/types.js';
import type { Formatter } from './types.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Pad to a visible width (chalk codes don't count). */
function pad(text: string, visible: number, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visible));
}

/** ESLint's default look: grouped by file, one line a finding, a summary. */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const name = relative(context.cwd, result.filePath) || result.filePath;
    out.push('', chalk.underline(name.startsWith('..') ? result.filePath : name));

    const rows = result.messages.map((message: LintMessage) => {
      const where = `${message.line}:${message.column}`;
      const severity = message.severity === 2 ? 'error' : 'warning';
      return { message, where, severity };
    });
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    for (const { message, where, severity } of rows) {
      const coloured = message.severity === 2 ? chalk.red(severity) : chalk.yellow(severity);
      const text = message.message.replace(/\s+$/, '');
      const rule = message.ruleId ? chalk.dim(message.ruleId) : '';
      out.push(`  ${chalk.dim(pad(where, where.length, whereWidth))}  ${pad(coloured, severity.length, 7)}  ${text}  ${rule}`);
      for (const suggestion of message.suggestions ?? []) {
        out.push(`  ${' '.repeat(whereWidth)}  ${' '.repeat(7)}  ${chalk.dim(`↳ suggestion: ${suggestion.desc}`)}`);
      }
    }
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push('', (errors > 0 ? chalk.red.bold : chalk.yellow.bold)(summary));
  if (fixableErrors + fixableWarnings > 0) {
    out.push(
      (errors > 0 ? chalk.red.bold : chalk.yellow.bold)(
        `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
};
