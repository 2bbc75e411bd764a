import type { Formatter } from './types.js';
import { messageWithSuggestions, ruleIdOf, severityName } from './message-text.js';
import { displayPath } from './paths.js';

/** Line breaks would split one finding over several lines; a space keeps it greppable. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** `file:line:col: severity message [rule]`, one line per finding, nothing else (for grep and editors). */
export const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const message of result.messages) {
      const text = oneLine(messageWithSuggestions(message));
      lines.push(`${path}:${message.line}:${message.column}: ${severityName(message)} ${text} [${ruleIdOf(message)}]`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
