/**
 * fast-check arbitraries for article-shaped text: headings, lists, quotes,
 * footnotes, citation markers in every style, reference lists, directives,
 * front matter, tables and code, with unicode, emoji, right-to-left text,
 * zero-width characters and any line ending.
 */
import fc from 'fast-check';

const plainWords = ['ketamine', 'may', 'reduce', 'anxiety', 'studies', 'show', 'it', 'cures', 'patients', 'the', 'dose', 'is', 'safe', 'completely', 'in', 'mice', 'risk', 'doubles', 'trial', 'Dr.', 'e.g.', 'vs.', 'et al.'];
const oddWords = ['café', 'naïve', '😀', '👩‍⚕️', 'دواء', 'תרופה', 'zero\u200bwidth', 'join\u200dme', 'bom\ufeffinside', 'e\u0301', '中文', '10%', '2.5 mg', '½', '§', '—', '…', '"quoted"', '’s', '\u00a0'];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...plainWords) }, { weight: 1, arbitrary: fc.constantFrom(...oddWords) });

const marker = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((n) => `[${n}]`),
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(',', ', ', '-', '–')).map(([a, b, sep]) => `[${a}${sep}${b}]`),
  fc.constantFrom('[^1]', '[^note]', '¹', '²³', '<sup>2</sup>', '<sup>[3]</sup>', '(Smith et al., 2020)', '(Lee & Kim 2019; Roe 2021)', 'Smith et al. (2020)', '[text][1]'),
);

const inline = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: marker },
  { weight: 1, arbitrary: fc.constantFrom('`code`', '**bold**', '_em_', '[a link](https://example.org/x)', '<https://doi.org/10.1000/x>', '<!-- note -->', '<b>tag</b>', '\\[', '*', '[', ']', '(', ')') },
);

const sentence = fc
  .tuple(fc.array(inline, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '?', '!', '', '...', '.)'))
  .map(([parts, end]) => parts.join(' ') + end);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.oneof(fc.constantFrom('References', 'Sources', 'Side effects', 'Who should not take it', 'How it works'), paragraph))
  .map(([depth, text]) => `${'#'.repeat(depth)} ${text}`);

const listItem = fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '  - ', '    1. ', '- [ ] '), paragraph).map(([bullet, text]) => bullet + text);
const list = fc.array(listItem, { minLength: 1, maxLength: 5 }).map((items) => items.join('\n'));

const quote = fc.tuple(fc.integer({ min: 1, max: 4 }), paragraph).map(([depth, text]) => `${'> '.repeat(depth)}${text}`);

const referenceList = fc
  .tuple(fc.constantFrom('## References', '## Sources', ''), fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), paragraph), { minLength: 1, maxLength: 6 }))
  .map(([title, entries]) => [title, ...entries.map(([n, text]) => `${n}. ${text} 2019. doi:10.1000/${n}`)].filter(Boolean).join('\n\n'));

const footnote = fc.tuple(fc.constantFrom('1', 'note', 'dose'), paragraph).map(([label, text]) => `[^${label}]: ${text}`);
const definition = fc.integer({ min: 1, max: 6 }).map((n) => `[${n}]: https://pubmed.ncbi.nlm.nih.gov/${n}/`);

const directive = fc
  .tuple(fc.constantFrom('disable', 'enable', 'disable-next-line', 'disable-line'), fc.constantFrom('', ' unsourced-claim', ' unhedged-efficacy, dangling-citation', ' no-such-rule'))
  .map(([kind, rules]) => `<!-- medlint-${kind}${rules} -->`);

const table = fc.tuple(paragraph, paragraph).map(([a, b]) => `| a | b |\n|---|---|\n| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |`);
const code = paragraph.map((text) => `\`\`\`\n${text}\n\`\`\``);

const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: referenceList },
  { weight: 1, arbitrary: footnote },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '   ', '<div>', '</div>') },
);

const frontMatter = fc.constantFrom('', '---\ntitle: Ketamine for anxiety\n---\n', '---\ntitle: [broken\n---\n', '---\ntitle: never closed\n', '---\n---\n', '---\na: &x 1\nb: *x\n---\n');

/** A whole article: optional front matter, blocks separated by blank (or not) lines, one line-ending style or a mix. */
export const markdownArticle: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 10 }), fc.array(fc.constantFrom('\n\n', '\n'), { minLength: 10, maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean())
  .map(([front, blocks, separators, ending, bom]) => {
    let text = front;
    blocks.forEach((item, index) => {
      text += item + (separators[index] ?? '\n\n');
    });
    if (ending === 'mixed') {
      let count = 0;
      text = text.replace(/\n/g, () => ['\n', '\r\n', '\r'][count++ % 3] as string);
    } else if (ending !== '\n') {
      text = text.replace(/\n/g, ending);
    }
    return bom ? `\ufeff${text}` : text;
  });

/** Short strings over the characters Markdown and citation parsing care about. */
export const markupSoup: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...'[]()^*_`#>-+1234567890.,;:!?|<>/\\ \n\r\t"\'&~$@aAeé¹²\u200b\ufeff😀'.split(''), '---\n', 'et al.', '<!--', '-->', '<sup>', 'http://x'),
  maxLength: 200,
});

/** Any UTF-16 string, lone surrogates and control characters included. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 });
