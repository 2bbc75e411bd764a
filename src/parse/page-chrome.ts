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

/**
 * A saved page's menu above its title: buttons ("Menu", "Search", "Skip to main content"), a row
 * of links split by bars, a breadcrumb ("Home > Health A to Z > Back pain"). Never the title; the
 * line stays in the body as it was.
 */
const NAVIGATION_LINE =
  /^(?:menu|main menu|search|search (?:this|the|our) (?:site|website|forums?)|search (?:site|forums?)|home|close|log ?in|sign ?in|sign up|register|subscribe|account|my account|basket|cart|toggle navigation|open menu|skip to (?:main )?content|skip navigation)(?:\s*\(\d+\))?$/i;

/** A shop's banner over the page: "Free UK delivery on all orders over £30", "Free returns". */
const PROMOTION_LINE = /^free (?:(?:uk|us|eu|next[- ]day|standard|express|worldwide) )?(?:delivery|shipping|returns)\b/i;

/**
 * A social post's header, above what the writer wrote: the account ("glowwithtamsin ✔", "r/concussion"), its buttons
 * ("Follow · Message", "Search Reddit    Log In") and when it was posted ("r/concussion • Posted by u/sam • 3 mo. ago",
 * "Posted 3d ago · Brighton").
 */
const SOCIAL_POST_HEADER =
  /^(?:@?[\w.]{3,30}\s?[✔✓☑]|r\/\w{2,30}|r\/\w{2,30}\s*[•·].{0,80}|(?:follow|message|subscribe)(?:\s*[·•|]\s*(?:follow|message|subscribe|share))+|search reddit\b.{0,20}|posted\b.{0,80}|📍.{0,60}|#\w+(?:\s+#\w+)*\b.{0,80})$/iu;

/** What a shop prints under a product's name: its stars or its price. */
const LISTING_DETAILS = /^(?:[★☆⭐]{3,}|[£$€]\s?\d|(?:was|now|rrp)\s[£$€]\d)/iu;

/** A mail's or a page's own buttons: "View this email in your browser", "Share  f  X  ✉". */
const PAGE_BUTTON_LINE = /^(?:view (?:this (?:email|e-mail|newsletter|message) )?(?:in|on) (?:your |a )?(?:browser|web)|share\b.{0,20})$/i;

/** A saved menu bar: three columns or more set apart by wide gaps ("Deliver to Leeds    All    Search    Basket 0"). */
function isColumnRow(text: string): boolean {
  let gaps = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\t' || (text[index] === ' ' && text[index + 1] === ' ' && text[index + 2] === ' ')) {
      gaps++;
      while (index + 1 < text.length && (text[index + 1] === ' ' || text[index + 1] === '\t')) index++;
    }
  }
  return gaps >= 2;
}

/** A contact bar: "Book a free consultation  |  0161 555 0192". */
function isContactBar(text: string): boolean {
  return text.includes('|') && /\d(?:[ -]?\d){8,}/.test(text) && text.length <= 80;
}

/** A news site's section label over the headline: "HEALTH | SCIENCE", "NEWS > HEALTH". Capitals only, one or two words a side. */
const SECTION_LABEL = /^[\p{Lu}&]+(?: [\p{Lu}&]+)?\s[|>›»/]\s[\p{Lu}&]+(?: [\p{Lu}&]+)?$/u;
/** A menu whose items are spaced apart, not separated: "HOME  BLOG  SHOP MY FAVES  WORK WITH ME". */
const SPACED_MENU = /^home {2,}\S.*\b(?:blog|shop|about|contact|services|faq|work with me)\b/i;

/** A line of a saved page's furniture above its title: menus, banners, buttons, bars. */
export function isNavigationLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    NAVIGATION_LINE.test(trimmed) ||
    SECTION_LABEL.test(trimmed) ||
    SPACED_MENU.test(trimmed) ||
    PROMOTION_LINE.test(trimmed) ||
    PAGE_BUTTON_LINE.test(trimmed) ||
    isCookieBanner(trimmed) ||
    isNavigationRow(trimmed) ||
    isColumnRow(trimmed) ||
    isContactBar(trimmed)
  );
}

export function isSocialPostHeader(text: string): boolean {
  return SOCIAL_POST_HEADER.test(text);
}

export function isListingDetails(text: string): boolean {
  return LISTING_DETAILS.test(text);
}
