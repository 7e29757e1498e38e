// What of an HTML page is article text. Data tables: each entry has an id and the reason it is there.

export interface ElementRule {
  id: string;
  tags: readonly string[];
  reason: string;
}

/** Elements whose whole subtree is dropped. */
export const DROPPED_ELEMENTS: readonly ElementRule[] = [
  { id: "html-code", tags: ["script", "style", "noscript", "template"], reason: "code and styles are never article text, and must never be run" },
  { id: "html-embedded", tags: ["iframe", "object", "embed", "svg", "canvas", "math", "video", "audio", "picture", "map"], reason: "embedded content carries no article prose" },
  { id: "html-chrome", tags: ["nav", "footer", "aside", "menu"], reason: "site navigation, footers and sidebars are page clutter" },
  { id: "html-forms", tags: ["form", "button", "select", "textarea", "input", "label", "dialog"], reason: "search boxes, newsletter sign-ups and comment forms" },
  { id: "html-head", tags: ["head"], reason: "the head holds metadata (read separately), not text" },
  { id: "html-caption", tags: ["figcaption"], reason: "photo captions and their agency credits describe pictures, not the story (same as 'Photo:' lines in text)" },
];

/** Elements that end a paragraph: a blank line before and after. */
export const PARAGRAPH_ELEMENTS: readonly ElementRule[] = [
  { id: "html-paragraph", tags: ["p", "blockquote", "pre", "address"], reason: "paragraphs are separated by blank lines in the text the extractor reads" },
  { id: "html-heading", tags: ["h1", "h2", "h3", "h4", "h5", "h6"], reason: "headings stand apart from the prose: no sentence runs across them" },
  { id: "html-section", tags: ["article", "section", "main", "div", "table", "ul", "ol", "dl", "figure", "hr", "details", "summary"], reason: "block containers separate their contents from what surrounds them" },
];

/** Elements that end a line. */
export const LINE_ELEMENTS: readonly ElementRule[] = [
  { id: "html-line", tags: ["br", "li", "tr", "dt", "dd", "caption", "option"], reason: "list items, table rows and explicit breaks are separate lines" },
  { id: "html-cell", tags: ["td", "th"], reason: "table cells: separated by a line so cells never merge into one sentence" },
];

/**
 * Dropped only outside an <article> or <main>: the page's masthead is clutter, but an article's own
 * <header> holds its headline.
 */
export const DROPPED_OUTSIDE_ARTICLE: readonly ElementRule[] = [
  { id: "html-masthead", tags: ["header"], reason: "the site masthead (logo, menus, search) is page clutter" },
];

export interface AttributeRule {
  id: string;
  /** Attribute name. */
  attribute: string;
  /** Tested against the attribute's value (lower-cased). */
  pattern: RegExp;
  reason: string;
}

/**
 * Attributes marking clutter inside otherwise kept elements. Class and id values are split on
 * white space, "-" and "_" before matching, so "share-bar" matches but "shared" does not.
 */
export const DROPPED_ATTRIBUTES: readonly AttributeRule[] = [
  { id: "attr-hidden", attribute: "hidden", pattern: /.*/, reason: "hidden elements are not shown to readers" },
  { id: "attr-aria-hidden", attribute: "aria-hidden", pattern: /^true$/, reason: "hidden from assistive technology: decoration or duplicates" },
  { id: "attr-display-none", attribute: "style", pattern: /display\s*:\s*none|visibility\s*:\s*hidden/, reason: "invisible content" },
  { id: "attr-role", attribute: "role", pattern: /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert)$/, reason: "ARIA landmarks for site chrome" },
];

/** Words in class or id values that mark page clutter. */
export const CLUTTER_CLASS_WORDS: readonly { id: string; words: readonly string[]; reason: string }[] = [
  { id: "class-share", words: ["share", "sharing", "social", "sharebar", "addthis", "sharethis"], reason: "share bars" },
  { id: "class-related", words: ["related", "recommended", "recirculation", "outbrain", "taboola", "more-stories", "mostread", "trending", "popular"], reason: "related-story and most-read lists" },
  { id: "class-comments", words: ["comment", "comments", "disqus", "discussion", "replies"], reason: "reader comments and their authors are not the article" },
  { id: "class-newsletter", words: ["newsletter", "subscribe", "subscription", "signup", "paywall", "promo"], reason: "newsletter boxes and promotions" },
  { id: "class-ads", words: ["ad", "ads", "advert", "advertisement", "sponsored", "dfp", "banner"], reason: "advertising slots" },
  { id: "class-chrome", words: ["nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "masthead", "toolbar", "cookie", "cookies", "consent", "skip"], reason: "site chrome" },
  { id: "class-meta", words: ["byline", "author", "tags", "tag", "topics", "keywords", "credit", "credits", "copyright", "timestamp", "dateline"], reason: "bylines, tags and photo credits (the date is read from meta and time elements)" },
];

/** Meta names or properties giving the publication date, in order of preference. */
export const DATE_META = ["article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "og:published_time", "sailthru.date", "parsely-pub-date"];
/** Meta names or properties giving the outlet's name. */
export const SOURCE_META = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];
/** Meta names or properties giving the headline. */
export const TITLE_META = ["og:title", "twitter:title", "dc.title", "headline"];
