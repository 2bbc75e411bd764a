/**
 * Every regular expression written in src/ and rules/, found with the
 * TypeScript parser: `/literals/flags`, and `new RegExp(...)` / `RegExp(...)`
 * whose pattern is static text (a string, a template without holes,
 * String.raw, or an array of those joined with a string). Patterns built
 * from data at run time are reported as dynamic, for the adversarial tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  /** `rules/foo.ts:12`. */
  where: string;
  source: string;
  flags: string;
}

export interface CollectedPatterns {
  patterns: FoundPattern[];
  /** `new RegExp(...)` calls whose pattern is computed: where they are. */
  dynamic: string[];
}

function typeScriptFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...typeScriptFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
  }
  return files;
}

/** The text of a static string expression, or null when it is computed. */
function staticText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText ?? node.template.text;
  }
  if (ts.isParenthesizedExpression(node)) return staticText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = staticText(node.left);
    const right = staticText(node.right);
    return left !== null && right !== null ? left + right : null;
  }
  // [a, b, c].join('|')
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'join' &&
    ts.isArrayLiteralExpression(node.expression.expression)
  ) {
    const parts = node.expression.expression.elements.map((element) => staticText(element));
    const separator = node.arguments[0] ? staticText(node.arguments[0]) : ',';
    if (separator === null || parts.some((part) => part === null)) return null;
    return parts.join(separator);
  }
  return null;
}

export function collectPatterns(root: string, folders: string[]): CollectedPatterns {
  const result: CollectedPatterns = { patterns: [], dynamic: [] };
  for (const folder of folders) {
    for (const file of typeScriptFiles(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (node: ts.Node) => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText();
          const lastSlash = literal.lastIndexOf('/');
          result.patterns.push({ where: where(node), source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
          const [patternArgument, flagsArgument] = node.arguments ?? [];
          const source = patternArgument ? staticText(patternArgument) : null;
          const flags = flagsArgument ? staticText(flagsArgument) : '';
          if (source !== null && flags !== null) result.patterns.push({ where: where(node), source, flags });
          else result.dynamic.push(where(node));
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
  }
  return result;
}
