import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/format/junit.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/format/xml-text.js';
import { HOSTILE, hostileName, sampleContext, sampleResults } from './sample-results.js';
import { parseXml, type XmlElement } from './xml-parse.js';

/** What survives XML 1.0: forbidden characters become U+FFFD. */
const HOSTILE_AS_READ = HOSTILE.replace('\u0007', '\uFFFD').replace('\u0000', '\uFFFD').replace('\u001b', '\uFFFD').replace('\ud800', '\uFFFD');

const hasPython = spawnSync('python3', ['-c', 'import xml.dom.minidom'], { encoding: 'utf8' }).status === 0;

function byName(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

describe('junit formatter', () => {
  const xml = junit(sampleResults(), sampleContext());
  const root = parseXml(xml);
  const suites = byName(root, 'testsuite');

  it('is well-formed, with totals on <testsuites>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ name: 'medlint', tests: '7', failures: '6', errors: '0' });
  });

  it('has one <testsuite> per file, named by relative path, with its counts', () => {
    expect(suites.map((suite) => suite.attributes.name)).toEqual(['articles/ketamine.md', 'articles/clean.txt', hostileName]);
    expect(suites.map((suite) => [suite.attributes.tests, suite.attributes.failures])).toEqual([
      ['5', '5'],
      ['1', '0'],
      ['1', '1'],
    ]);
  });

  it('has a <testcase> with one <failure> per finding: position, severity, rule, message, suggestions', () => {
    const cases = byName(suites[0]!, 'testcase');
    expect(cases).toHaveLength(5);
    expect(cases[0]!.attributes).toMatchObject({ name: '3:24 dangling-citation', classname: 'articles/ketamine.md' });
    const failure = byName(cases[0]!, 'failure')[0]!;
    expect(failure.attributes).toMatchObject({ message: 'Citation [4] points to no reference entry.', type: 'error' });
    expect(failure.text).toBe('3:24 error Citation [4] points to no reference entry. [dangling-citation]');
    const suggested = byName(cases[1]!, 'failure')[0]!;
    expect(suggested.attributes.type).toBe('warning');
    expect(suggested.text).toContain('\nsuggestion: Replace "cures" with "may relieve"\nsuggestion: Replace "cures" with "can ease"');
    expect(cases[4]!.attributes.name).toBe('1:1 medlint-core');
  });

  it('gives a clean file one passing testcase', () => {
    const cases = byName(suites[1]!, 'testcase');
    expect(cases).toHaveLength(1);
    expect(cases[0]!.children).toEqual([]);
  });

  it('escapes hostile text so a parser reads it back (forbidden characters replaced)', () => {
    const failure = byName(byName(suites[0]!, 'testcase')[2]!, 'failure')[0]!;
    expect(failure.attributes.message).toBe(HOSTILE_AS_READ);
    expect(failure.text).toBe(`4:1 warning ${HOSTILE_AS_READ.replace('\r\n', '\n')} [unsourced-claim]`);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('writes a valid empty report', () => {
    const empty = parseXml(junit([], sampleContext()));
    expect(empty.attributes).toMatchObject({ tests: '0', failures: '0' });
    expect(empty.children).toEqual([]);
  });

  it.skipIf(!hasPython)('is accepted by a real XML parser (Python expat)', () => {
    const parsed = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read()); print("ok")'], {
      input: xml,
      encoding: 'utf8',
    });
    expect(parsed.stderr).toBe('');
    expect(parsed.stdout.trim()).toBe('ok');
  });
});

describe('XML escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeXmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(escapeXmlAttribute('"it\'s"\n\t\r')).toBe('&quot;it&apos;s&quot;&#10;&#9;&#13;');
  });

  it('replaces characters XML 1.0 forbids, keeping emoji and valid whitespace', () => {
    expect(escapeXmlText('\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF')).toBe('\uFFFD'.repeat(7));
    expect(escapeXmlText('\ud83d\udc8a \ud800 \udc00 \t\n')).toBe('\ud83d\udc8a \uFFFD \uFFFD \t\n');
  });

  it('the checker rejects what it should', () => {
    expect(() => parseXml('<a>&</a>')).toThrow();
    expect(() => parseXml('<a>\u0007</a>')).toThrow();
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>]]></a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
  });
});
