/**
 * An article written to break out of an HTML report: every payload sets
 * `window.__medlintPwned` if it ever runs, so a browser can check that none did.
 */
export const payloads = [
  '<script>window.__medlintPwned = "script"</script>',
  '<img src=x onerror="window.__medlintPwned = \'img\'">',
  '[read more](javascript:window.__medlintPwned="link")',
  '<a href="javascript:window.__medlintPwned=\'anchor\'">click</a>',
  '</style><style>body { display: none }</style>',
  '</script><script>window.__medlintPwned = "close-script"</script>',
  '--> <!-- <svg onload="window.__medlintPwned=\'svg\'">',
  '${window.__medlintPwned = "template"}',
  '"><iframe srcdoc="<script>parent.__medlintPwned=1</script>">',
];

export const hostileArticle = [
  '# Miracle tincture <script>window.__medlintPwned = "title"</script>',
  '',
  `This tincture cures anxiety completely ${payloads[1]} and is 100% safe [7].`,
  '',
  `Read ${payloads[2]} or ${payloads[3]} before ${payloads[4]} you buy.`,
  '',
  `A comment ${payloads[6]} and ${payloads[5]} and ${payloads[7]} end.`,
  '',
  `Attributes ${payloads[8]} and CRLF line\r\nend & an ampersand &amp; entity.`,
  '',
  '## References',
  '',
  '1. Someone A. A study of tinctures. J Example. 2020.',
  '',
].join('\n');

/** The CLI skips a file with a NUL byte as binary; the formatter alone still has to cope with one. */
export const hostileArticleWithNul = `${hostileArticle}A NUL \u0000 byte.\n`;
