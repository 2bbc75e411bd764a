/**
 * JUnit XML, which most CI systems show as a test report: one <testsuite> per
 * file, one <testcase> per finding (each with its <failure>), and a single
 * passing <testcase> for a clean file so it still counts as checked.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { ruleIdOf, severityName } from './message-text.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.js';

function failureBody(message: LintMessage): string {
  const lines = [`${message.line}:${message.column} ${severityName(message)} ${message.message} [${ruleIdOf(message)}]`];
  for (const suggestion of message.suggestions ?? []) lines.push(`suggestion: ${suggestion.desc}`);
  return lines.join('\n');
}

function testcase(message: LintMessage, path: string): string {
  const name = `${message.line}:${message.column} ${ruleIdOf(message)}`;
  return [
    `    <testcase name="${attr(name)}" classname="${attr(path)}" time="0">`,
    `      <failure message="${attr(message.message)}" type="${severityName(message)}">${text(failureBody(message))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function testsuite(result: LintResult, cwd: string): string {
  const path = displayPath(result.filePath, cwd);
  const failures = result.messages.length;
  const tests = Math.max(1, failures);
  const cases =
    failures === 0
      ? [`    <testcase name="medlint" classname="${attr(path)}" time="0" />`]
      : result.messages.map((message) => testcase(message, path));
  return [
    `  <testsuite name="${attr(path)}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

export const junit: Formatter = (results, context) => {
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    tests += Math.max(1, result.messages.length);
    failures += result.messages.length;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="medlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...results.map((result) => testsuite(result, context.cwd)),
    '</testsuites>',
    '',
  ].join('\n');
};
