/** The config `medlint init` writes. */

export function starterConfig(): string {
  const config = {
    extends: ['medlint:recommended'],
    rules: {
      'unhedged-efficacy': 'error',
    },
    overrides: [
      {
        files: ['drafts/**'],
        rules: { 'unsourced-claim': 'off' },
      },
    ],
    ignorePatterns: ['node_modules/', 'CHANGELOG.md'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
