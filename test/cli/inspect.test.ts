import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from './run-cli.js';

describe('medlint inspect', () => {
  it('shows headings, the reference list and what each marker resolves to', () => {
    const text = [
      'Zinc and Colds',
      'Does Zinc Help?',
      'Zinc lozenges may shorten colds by about a day [1]. High doses may cause nausea [2]. See also [3].',
      '- The Clinic Team',
      '- Hemila, H. (2017). Zinc lozenges and the common cold. J R Soc Med Open, 8(5).',
      '- Science, M., & Johnstone, J. (2012). Zinc for the treatment of the common cold. CMAJ, 184(10).',
      '',
    ].join('\n');
    const dir = tempTree({ 'zinc.txt': text });
    const run = runCli(['inspect', 'zinc.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Title: Zinc and Colds (1:1)');
    expect(run.stdout).toContain('2:1  Does Zinc Help?');
    expect(run.stdout).toContain('trailing, by order, 2 entries');
    expect(run.stdout).toContain('Body: 1 block, 3 sentences, 3 citation markers');
    expect(run.stdout).toMatch(/\[1\] 5:3 {2}Hemila/);
    expect(run.stdout).toContain('3:48  [1]  numeric: 1 → entry 1 (5:3)');
    expect(run.stdout).toContain('[3]  numeric: 3 → nothing');
  });

  it('exit 2 for a missing file', () => {
    const run = runCli(['inspect', 'nope.md'], { cwd: tempTree({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.md');
  });
});
