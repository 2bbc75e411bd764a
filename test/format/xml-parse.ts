/**
 * A small, strict XML 1.0 well-formedness checker that also returns the
 * element tree with decoded text, so tests can check what a consumer reads.
 * No DTDs or namespaces: medlint never writes them. Throws on anything a
 * conforming parser would reject that medlint could plausibly produce.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function checkChars(text: string): void {
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (!isXmlChar(code)) throw new Error(`character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, inAttribute: boolean): string {
  if (raw.includes('<')) throw new Error(`raw "<" in ${inAttribute ? 'attribute' : 'text'}: ${JSON.stringify(raw)}`);
  // Attribute-value normalisation: literal whitespace becomes a space, references survive.
  const normalised = inAttribute ? raw.replace(/\r\n|[\r\n\t]/g, ' ') : raw.replace(/\r\n?/g, '\n');
  return normalised.replace(/&([^;&]*);|&/g, (match, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare "&" in ${JSON.stringify(raw)}`);
    if (body in ENTITIES) return ENTITIES[body] as string;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (!numeric) throw new Error(`unknown entity ${match}`);
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    if (!isXmlChar(code)) throw new Error(`reference ${match} names a character XML 1.0 forbids`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(xml: string): XmlElement {
  checkChars(xml);
  let at = 0;
  const declaration = /^<\?xml\s+version="1\.0"(\s+encoding="[A-Za-z0-9._-]+")?\s*\?>/.exec(xml);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const skipMisc = (): void => {
    for (;;) {
      const space = /^\s+/.exec(xml.slice(at));
      if (space) at += space[0].length;
      if (xml.startsWith('<!--', at)) {
        const end = xml.indexOf('-->', at + 4);
        if (end < 0) throw new Error('unclosed comment');
        at = end + 3;
      } else return;
    }
  };

  skipMisc();
  while (at < xml.length) {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root) throw new Error(`content after the root element at ${at}`);
    }
    if (xml.startsWith('</', at)) {
      const match = /^<\/([^\s>]+)\s*>/.exec(xml.slice(at));
      if (!match || !parent || match[1] !== parent.name) throw new Error(`mismatched end tag at ${at}`);
      stack.pop();
      at += match[0].length;
      if (stack.length === 0) skipMisc();
    } else if (xml.startsWith('<!--', at)) {
      const end = xml.indexOf('-->', at + 4);
      if (end < 0) throw new Error('unclosed comment');
      at = end + 3;
    } else if (xml.startsWith('<', at)) {
      const name = NAME.exec(xml.slice(at + 1))?.[0];
      if (!name) throw new Error(`bad tag name at ${at}`);
      at += 1 + name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const attribute = /^\s+([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(xml.slice(at));
        if (!attribute) break;
        const key = attribute[1] as string;
        if (key in element.attributes) throw new Error(`duplicate attribute ${key}`);
        element.attributes[key] = decode(attribute[2] ?? attribute[3] ?? '', true);
        at += attribute[0].length;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(at));
      if (!close) throw new Error(`malformed tag <${name}> at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
      at += close[0].length;
      if (parent) parent.children.push(element);
      else root = element;
      if (close[1] !== '/') stack.push(element);
      else if (!parent) skipMisc();
    } else {
      if (!parent) throw new Error(`text outside the root element at ${at}`);
      const next = xml.indexOf('<', at);
      const raw = xml.slice(at, next < 0 ? xml.length : next);
      if (raw.includes(']]>')) throw new Error('"]]>" in text');
      parent.text += decode(raw, false);
      at += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}
