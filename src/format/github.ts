import type { Formatter } from './types.js';
import { messageWithSuggestions, ruleIdOf, severityName } from './message-text.js';
import { displayPath } from './paths.js';

/** Escaping for a workflow command's message, as the Actions runner (toolkit `escapeData`) expects. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping for a property value (`file=`, `title=`): also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * pull request's diff (`::error file=…,line=…::message`).
 */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, context.cwd));
    for (const message of result.messages) {
      const properties = [
        `file=${file}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(ruleIdOf(message))}`,
      ];
      lines.push(`::${severityName(message)} ${properties.join(',')}::${escapeData(messageWithSuggestions(message))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
