/**
 * Where JSON.parse failed. Node 20's messages do not always carry a position
 * ("Unexpected token '}', ... is not valid JSON"), so a small scanner walks
 * the grammar and returns the offset of the first offending character.
 */

export interface JsonErrorLocation {
  line: number;
  column: number;
  /** What the scanner expected there, e.g. "a property name in double quotes". */
  expected: string;
}

export function locateJsonError(text: string): JsonErrorLocation {
  const failure = scan(text);
  const { line, column } = lineAndColumn(text, failure.offset);
  return { line, column, expected: failure.expected };
}

interface Failure {
  offset: number;
  expected: string;
}

function scan(text: string): Failure {
  let offset = 0;
  const fail = (expected: string): never => {
    throw { offset, expected } satisfies Failure;
  };
  const skipSpace = (): void => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset] as string)) offset++;
  };
  const expectChar = (char: string, expected: string): void => {
    if (text[offset] !== char) fail(expected);
    offset++;
  };
  const parseString = (): void => {
    expectChar('"', 'a string in double quotes');
    for (;;) {
      const char = text[offset];
      if (char === undefined || char === '\n') fail('a closing double quote');
      else if (char === '"') return void offset++;
      else if (char === '\\') {
        offset++;
        const escape = text[offset];
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(offset + 1, offset + 5))) offset += 5;
        else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) offset++;
        else fail('a valid escape sequence');
      } else if ((char as string) < ' ') fail('no control characters inside a string');
      else offset++;
    }
  };
  const parseValue = (): void => {
    skipSpace();
    const char = text[offset];
    if (char === '{') {
      offset++;
      skipSpace();
      if (text[offset] === '}') return void offset++;
      for (;;) {
        skipSpace();
        if (text[offset] !== '"') fail('a property name in double quotes');
        parseString();
        skipSpace();
        expectChar(':', "':' after the property name");
        parseValue();
        skipSpace();
        if (text[offset] === ',') offset++;
        else return expectChar('}', "',' or '}' after the property value");
      }
    }
    if (char === '[') {
      offset++;
      skipSpace();
      if (text[offset] === ']') return void offset++;
      for (;;) {
        parseValue();
        skipSpace();
        if (text[offset] === ',') offset++;
        else return expectChar(']', "',' or ']' after the array item");
      }
    }
    if (char === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(offset));
    if (literal === null) fail('a value');
    else offset += literal[0].length;
  };
  try {
    parseValue();
    skipSpace();
    if (offset < text.length) fail('the end of the file');
    return { offset: text.length, expected: 'valid JSON' };
  } catch (caught) {
    return caught as Failure;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
