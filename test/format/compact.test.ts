import { describe, expect, it } from 'vitest';
import { compact } from '../../src/format/compact.js';
import { cwd, hostileName, sampleContext, sampleResults } from './sample-results.js';

describe('compact formatter', () => {
  const output = compact(sampleResults(), sampleContext());
  const lines = output.split('\n');

  it('writes one line per finding and nothing else', () => {
    expect(output.endsWith('\n')).toBe(true);
    expect(lines.slice(0, -1)).toHaveLength(6);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+:\d+:\d+: (error|warning) .* \[[^\]]+\]$/);
  });

  it('gives path relative to cwd, position, severity, message and rule', () => {
    expect(lines[0]).toBe('articles/ketamine.md:3:24: error Citation [4] points to no reference entry. [dangling-citation]');
    expect(lines[5]).toMatch(new RegExp(`^${hostileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:10: warning `));
  });

  it('appends suggestions to the message', () => {
    expect(lines[1]).toBe(
      'articles/ketamine.md:3:10: warning "cures" states efficacy as certain. ' +
        '(suggestion: Replace "cures" with "may relieve"; suggestion: Replace "cures" with "can ease") [unhedged-efficacy]',
    );
  });

  it('keeps hostile text on one line', () => {
    expect(lines[2]).toContain('Line one line two: 100% "sure"');
    expect(lines[2]).toMatch(/\[unsourced-claim\]$/);
  });

  it('names findings with no rule medlint-core', () => {
    expect(lines[4]).toBe('articles/ketamine.md:1:1: error Front matter: bad YAML [medlint-core]');
  });

  it('keeps absolute paths for files outside cwd', () => {
    const [result] = sampleResults();
    const out = compact([{ ...result!, filePath: '/elsewhere/a.md' }], sampleContext({ cwd }));
    expect(out.split('\n')[0]).toMatch(/^\/elsewhere\/a\.md:3:24: /);
  });

  it('prints nothing for no findings', () => {
    expect(compact([], sampleContext())).toBe('');
    expect(compact([sampleResults()[1]!], sampleContext())).toBe('');
  });
});
