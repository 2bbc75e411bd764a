import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/format/gitlab.js';
import { HOSTILE, hostileName, sampleContext, sampleResults } from './sample-results.js';

interface Issue {
  type: string;
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

function render(results = sampleResults()): Issue[] {
  return JSON.parse(gitlab(results, sampleContext())) as Issue[];
}

describe('gitlab formatter (Code Quality)', () => {
  const issues = render();

  it('writes one issue per finding with the fields GitLab reads', () => {
    expect(issues).toHaveLength(6);
    expect(issues[0]).toEqual({
      type: 'issue',
      description: 'Citation [4] points to no reference entry.',
      check_name: 'dangling-citation',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'articles/ketamine.md', lines: { begin: 3, end: 3 } },
    });
    expect(issues[1]!.severity).toBe('minor');
    expect(issues[1]!.description).toContain('(suggestion: Replace "cures" with "may relieve"; suggestion: Replace "cures" with "can ease")');
    expect(issues[2]!.description).toBe(HOSTILE);
    expect(issues[2]!.location.lines).toEqual({ begin: 4, end: 4 });
    expect(issues[4]!.check_name).toBe('medlint-core');
    expect(issues[5]!.location.path).toBe(hostileName);
  });

  it('gives distinct, stable fingerprints that survive lines moving', () => {
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(render().map((issue) => issue.fingerprint)).toEqual(issues.map((issue) => issue.fingerprint));

    // Two blank lines above: same flagged text, same fingerprint.
    const [result] = sampleResults();
    const shifted = {
      ...result!,
      source: `\n\n${result!.source}`,
      messages: result!.messages.map((message) => ({ ...message, line: message.line + 2, endLine: message.endLine + 2 })),
    };
    expect(render([shifted])[0]!.fingerprint).toBe(issues[0]!.fingerprint);
  });

  it('keeps repeats of the same text apart', () => {
    const [result] = sampleResults();
    const first = result!.messages[1]!;
    const twice = { ...result!, messages: [first, { ...first }] };
    const [a, b] = render([twice]);
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
  });

  it('writes an empty array for no findings', () => {
    expect(render([])).toEqual([]);
    expect(gitlab([], sampleContext())).toBe('[]\n');
  });
});
