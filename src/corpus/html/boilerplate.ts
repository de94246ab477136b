/**
 * Removes page furniture before Readability scores the page: navigation, cookie banners, share bars, related-story
 * lists, comment sections, sponsored blocks, newsletter sign-ups, captions. Readability alone keeps such blocks when
 * they sit inside the article element (its "unlikely candidate" test spares anything whose class says "article"),
 * and every word they leak can become a false entity ("Click", "Taboola", "LinkedIn").
 *
 * An element goes when its tag, ARIA role or a word of its class or id says it is furniture. It stays, whatever
 * its class, when it holds the headline or most of the page's paragraphs: a wrapper named "has-comments" around the
 * whole story must not take the story with it.
 */
import { isElement, squashedText, type DomDocument, type DomElement } from "./dom.js";

/** Elements that are never article text. */
const FURNITURE_TAGS =
  "nav, aside, footer, form, button, select, noscript, iframe, template, dialog, figure, figcaption, svg";
/** ARIA roles of furniture. */
const FURNITURE_ROLES = new Set([
  "navigation",
  "complementary",
  "banner",
  "contentinfo",
  "dialog",
  "alertdialog",
  "search",
  "menu",
  "menubar",
  "toolbar",
]);
/** Class or id words that name furniture by their beginning ("sharebar", "comment-list", "sponsored"). */
const FURNITURE_STEM =
  /^(?:share|sharing|social|related|recommend|recirc|comment|disqus|replies|sponsor|advert|adslot|taboola|outbrain|newsletter|subscri|signup|cookie|consent|gdpr|breadcrumb|trending|popular|mostread|toolbar|paywall|modal|popup|caption|byline|dateline|timestamp|skip|contributor|affiliate|disclosure|disclaimer|donat|sidebar|widget|leftcol|rightcol)/i;
/** Short class or id words that name furniture only as whole words ("ad", not "address"). */
const FURNITURE_WORD =
  /^(?:foot|ad|ads|dfp|tag|tags|meta|bio|reply|promo|promos|promoted|author|authors|credit|credits|published)$/i;
/** Whole class or id strings that name furniture across several words: "most-read", "more-stories", "see-also". */
const FURNITURE_PHRASE =
  /\bmost[-_ ]?(?:read|popular|viewed|shared)\b|\bmore[-_ ](?:stories|from|on|news)\b|\bsee[-_ ]also\b|\bread[-_ ](?:more|next)\b|\bup[-_ ]next\b/i;
/** Text that only furniture opens with, for blocks whose markup gives nothing away. */
const FURNITURE_TEXT =
  /^(?:click to share|share this|share on|more on this story|related stories|related:|see also|read more:|most read|sponsored|advertisement|recommended for you|you may also like|sign up (?:for|to)|comments?\s*(?:\(\d+\)|posted by|join|leave|add)|\d+ comments?|(?:read|view|show|load|see) (?:all )?(?:\d+ )?comments|see more on|more on:|explore more on|sources?:|download (?:the|our) [\w\s]{0,30}\bapp\b|a version of this article appears in print)/i;

/** Removes furniture from a parsed page, in place. `keep` is the headline element, never removed. */
export function removeFurniture(document: DomDocument, keep?: DomElement): void {
  const body = document.body;
  if (!body) return;
  const pageParagraphs = body.querySelectorAll("p").length;
  const story = storyRoot(document, keep);
  const protectedElement = (el: DomElement) => {
    if (keep && (el === keep || el.contains(keep))) return true;
    if (story && (el === story || el.contains(story))) return true;
    // A wrapper holding most of the page's paragraphs is the story's, whatever its class says.
    const paragraphs = el.querySelectorAll("p").length;
    return paragraphs >= 4 && paragraphs > pageParagraphs / 2;
  };
  for (const el of Array.from(body.querySelectorAll(FURNITURE_TAGS))) {
    if (el.parentNode && !protectedElement(el)) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll("header"))) {
    if (!el.closest("article, main, [role=main]") && !protectedElement(el)) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll("*"))) {
    // Cheap test first: counting paragraphs for protection is for the few elements that look like furniture.
    if (el.parentNode && isFurniture(el) && !protectedElement(el)) el.remove();
  }
}

/** Whether one element is furniture by its role, class, id or opening words. */
function isFurniture(el: DomElement): boolean {
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  // Component names that page builders put in data attributes say as much as a class does.
  // A heading's id is a slug of its own words ("rail-line-closed"), not a component name.
  const heading = /^h[1-6]$/i.test(el.tagName);
  const names = ["class", heading ? "" : "id", "data-component", "data-testid", "data-gu-name"]
    .map((a) => (a ? (el.getAttribute(a) ?? "") : ""))
    .join(" ");
  if (names.trim()) {
    if (FURNITURE_PHRASE.test(names)) return true;
    // "screen-reader-text", "sr-only", "visually-hidden" are single words here: text for screen readers only.
    if (/screen-?reader|sr-only|visually-hidden/i.test(names)) return true;
    if (names.split(/[^A-Za-z0-9]+/).some((word) => word && (FURNITURE_STEM.test(word) || FURNITURE_WORD.test(word))))
      return true;
  }
  const tag = el.tagName.toLowerCase();
  if (
    tag === "div" ||
    tag === "section" ||
    tag === "ul" ||
    tag === "p" ||
    tag === "h2" ||
    tag === "h3" ||
    tag === "h4"
  ) {
    const first = firstText(el);
    if (first && FURNITURE_TEXT.test(first)) return tag.startsWith("h") ? removeSectionAfter(el) : true;
  }
  return false;
}

/** The first words of an element's text (up to 60 characters), white space squashed. */
function firstText(el: DomElement): string {
  return squashedText(el, 60);
}

/** A heading such as "Related stories" heads a list: the list that follows goes with it. */
function removeSectionAfter(heading: DomElement): boolean {
  let next = heading.nextSibling;
  while (next && !isElement(next)) next = next.nextSibling;
  if (next && isElement(next) && /^(ul|ol|div)$/i.test(next.tagName)) next.remove();
  return true;
}

/**
 * The element that holds the story: the article, main or articleBody around the headline, else the <article> with
 * the most paragraphs. Comment sections often mark each comment up as an <article> too, hence "the most".
 */
function storyRoot(document: DomDocument, headline?: DomElement): DomElement | undefined {
  const around = headline?.closest("[itemprop=articleBody], article, main, [role=main]");
  if (around) return around;
  let best: DomElement | undefined;
  let most = 0;
  for (const el of Array.from(document.querySelectorAll("[itemprop=articleBody], article, main, [role=main]"))) {
    const paragraphs = el.querySelectorAll("p").length;
    if (paragraphs > most) [best, most] = [el, paragraphs];
  }
  return best;
}
