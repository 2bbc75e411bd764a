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

/** A cookie banner: "We use cookies to improve your experience. [Accept]", "Cookies help us deliver our services. OK". */
const COOKIE_BANNER =
  /^(?=.{0,300}$)(?:(?:.{0,80}\b)?cookies?\b.{0,200}\b(?:accept|agree|consent|ok|okay|got it|policy|settings|preferences|manage|learn more|find out more)\b|(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b)/i;

export function isCookieBanner(text: string): boolean {
  return COOKIE_BANNER.test(text);
}
