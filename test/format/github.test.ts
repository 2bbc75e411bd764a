import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
import { HOSTILE, sampleContext, sampleResults } from './sample-results.js';

/** What the Actions runner does with a command line: split, then unescape (actions/runner ActionCommand). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (text: string) =>
    text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] as string).split(',')) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
  }
  return { command: match[1] as string, properties, data: unescape(match[3] as string) };
}

describe('github formatter', () => {
  const output = github(sampleResults(), sampleContext());
  const lines = output.trimEnd().split('\n');

  it('writes one workflow command per finding, error or warning', () => {
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      '::error file=articles/ketamine.md,line=3,col=24,endLine=3,endColumn=27,title=dangling-citation::Citation [4] points to no reference entry.',
    );
    expect(lines[1]).toMatch(/^::warning file=articles\/ketamine\.md,line=3,col=10,/);
  });

  it('appends suggestions to the message', () => {
    expect(parseCommand(lines[1]!).data).toBe(
      '"cures" states efficacy as certain. (suggestion: Replace "cures" with "may relieve"; suggestion: Replace "cures" with "can ease")',
    );
  });

  it('escapes message data exactly as the runner expects, so it round-trips', () => {
    expect(lines[2]).not.toMatch(/[\r\n]/);
    expect(lines[2]).toContain('100%25 "sure", <b>bold</b>');
    expect(lines[2]).toContain('Line one%0D%0Aline two: 100%25');
    // The message ends with a literal "%0A", which must not turn into a newline.
    expect(parseCommand(lines[2]!).data).toBe(HOSTILE);
  });

  it('escapes property values, including ":" and ","', () => {
    const command = parseCommand(lines[5]!);
    expect(lines[5]).toContain('file=news%2C 50%25%3A a#b.md,');
    expect(command.properties).toMatchObject({ file: 'news, 50%: a#b.md', line: '3', col: '10', title: 'unhedged-efficacy' });
  });

  it('escape helpers follow the spec', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('titles findings with no rule medlint-core', () => {
    expect(parseCommand(lines[4]!).properties.title).toBe('medlint-core');
  });

  it('prints nothing for no findings', () => {
    expect(github([], sampleContext())).toBe('');
    expect(github([sampleResults()[1]!], sampleContext())).toBe('');
  });
});
