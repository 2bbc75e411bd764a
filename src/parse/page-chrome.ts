/**
 * A saved web page's menu or breadcrumb row: "Shop | Offers | Basket (0)",
 * "Home > Digestion > Peppermint oil", "Home / Wellness / Joints". Two separators or more, so a title
 * such as "Ketamine | Clinic name" is not one.
 */
const SEPARATOR = /\s[|>›»·•/]\s/g;

export function isNavigationRow(text: string): boolean {
  return (text.match(SEPARATOR) ?? []).length >= 2;
}

/** The last step of a breadcrumb ("Home > Pain Relief > TENS Units" → "TENS Units"), or the text itself. */
export function lastNavigationStep(text: string): string {
  return text.split(SEPARATOR).pop()?.trim() ?? '';
}
