/**
 * Escaping for everything that comes from an article or a rule: text and
 * attribute values alike. Nothing from the input is ever placed in a URL,
 * a script or a style; it only ever lands here.
 */
const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser would turn a NUL into U+FFFD anyway; say so explicitly.
  '\u0000': '\uFFFD',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\u0000]/g, (character) => replacements[character] ?? character);
}
