// Page noise in scraped article text: the rules, as data. Each has an id and the reason it exists.
// Rules look at one line at a time (a line is a paragraph in scraped text), never at lines longer
// than MAX_NOISE_LINE characters: page furniture is short, and the limit keeps every test linear.
import { isDateLine, parseDate } from "./dates.js";

/**
 * What a matching line does:
 * - "line": the line is dropped.
 * - "list": the line heads a list (related stories, most read): it and the short, list-like
 *   lines after it are dropped, up to the first line of prose.
 * - "rest": the line opens a section that runs to the end of the page (reader comments).
 * - "block": the line heads one block (a comment's "Name · date"): it and the lines up to the
 *   next blank line are dropped.
 * - "strip": only the matched part of the line is removed (a "(VIDEO)" tag after a headline).
 */
export type NoiseAction = "line" | "list" | "rest" | "block" | "strip";

export interface NoiseRule {
  id: string;
  action: NoiseAction;
  /** Tested on the trimmed line. For "strip", the part matched is removed. */
  pattern?: RegExp;
  /** A structural test, for rules a regular expression says badly. */
  test?: (line: string) => boolean;
  /** "head": only above the first line of prose (where sites put labels and menus). */
  zone?: "head";
  reason: string;
}

export const MAX_NOISE_LINE = 300;

const words = (line: string): string[] => line.split(/\s+/).filter((w) => w !== "");
const endsSentence = (line: string): boolean => /[.!?]["”’')\]]*$/.test(line);

/** Words a share bar is made of. */
const SHARE_WORDS = new Set([
  "share", "shares", "sharing", "this", "on", "via", "facebook", "twitter", "x", "tweet", "email", "e-mail",
  "mail", "print", "whatsapp", "linkedin", "reddit", "pinterest", "telegram", "messenger", "viber", "flipboard",
  "pocket", "tumblr", "vk", "copy", "link", "comment", "comments", "save", "bluesky", "threads", "sms", "article", "story",
]);
const SHARE_NETWORKS = new Set([
  "facebook", "twitter", "tweet", "email", "e-mail", "print", "whatsapp", "linkedin", "reddit", "pinterest",
  "telegram", "messenger", "viber", "flipboard", "pocket", "tumblr", "vk", "bluesky", "threads", "sms",
]);

function isShareBar(line: string): boolean {
  const ws = line.toLowerCase().split(/[^a-z-]+/).filter((w) => w !== "");
  if (ws.length === 0 || ws.length > 14) return false;
  const networks = ws.filter((w) => SHARE_NETWORKS.has(w)).length;
  // A network's name alone on its line is a share button ("Facebook").
  if (networks === ws.length && ws.length <= 2 && line.length <= 24) return true;
  const shareWord = ws.includes("share") || ws.includes("sharing");
  return (networks >= 2 || (shareWord && networks >= 1)) && ws.every((w) => SHARE_WORDS.has(w));
}

/** Single words and short phrases of site controls. */
const UI_WORD =
  /^(?:search|search for|menu|main menu|skip to (?:main )?content|skip navigation|sign in|sign up|log ?in|log ?out|register|subscribe(?: now)?|home|homepage|close|toggle navigation|back to top|top|print|e-?mail|share|tweet|more|load more|show more|see more|view more|see all|view all|loading\.*|listen(?: to this article)?|play|pause|watch|photos?|videos?|gallery|follow us|copy link|link copied|sections|navigation|accept(?: all)?(?: cookies)?|reject all|got it|ok|reply|report|like|flag|upvote|downvote|share this|listen to (?:this )?(?:article|story)(?: \d{1,3} min(?:utes?)?)?|hide comments|open in app|download (?:the|our) app|bookmark|save(?: article)?|gift (?:this )?article|give this article|send any friend a story|supported by|font size|text size|dark mode|image|picture|audio|newsletter|newsletters|watch live|live updates|loading\b.{0,30}|comments are closed|like this|like loading\.*|leave a reply(?: cancel reply)?|cancel reply|(?:please )?enable javascript\b.{0,80}|your browser does not support\b.{0,80})\W*$/i;

/** Separators of menus and breadcrumbs. Pipes and bullets need three parts; arrows need two. */
const PIPE_SEPARATORS = /\s*[|•·◦▪]\s*/;
const CRUMB_SEPARATORS = /\s*[›»>→⟩]\s*/;
/** " / " separates menu items too, but also headline pairs ("Russia / Ukraine: ..."): three parts. */
const SLASH_SEPARATOR = /\s+\/\s+/;

function isMenu(line: string): boolean {
  if (/["“”]/.test(line) || endsSentence(line)) return false;
  const short = (parts: string[]) =>
    parts.every((p) => p === "" || (words(p).length <= 5 && !/[.!?]$/.test(p))) &&
    parts.filter((p) => p !== "").length >= 2;
  const pipes = line.split(PIPE_SEPARATORS).map((p) => p.trim());
  if (pipes.length >= 3 && short(pipes) && words(line).length <= 24) return true;
  if (pipes.length === 2 && pipes.every((p) => UI_WORD.test(p))) return true;
  const crumbs = line.split(CRUMB_SEPARATORS).map((p) => p.trim());
  if (crumbs.length >= 2 && short(crumbs) && words(line).length <= 16) return true;
  const slashes = line.split(SLASH_SEPARATOR).map((p) => p.trim());
  return slashes.length >= 3 && short(slashes) && words(line).length <= 16;
}

/** Tokens of a gallery or pagination control: "‹ Prev 01 / 10 Next ›", "Image 3 of 12". */
const PAGER_TOKEN = /^(?:prev|previous|next|older|newer|first|last|page|of|image|photo|slide|picture|article|story|post|\d{1,4}|[‹›«»<>/|←→]+)$/i;

function isPager(line: string): boolean {
  const ts = line.split(/\s+|(?=[‹›«»←→])|(?<=[‹›«»←→])/).filter((t) => t !== "");
  return ts.length >= 2 && ts.length <= 12 && ts.every((t) => PAGER_TOKEN.test(t)) && /\d|prev|next/i.test(line);
}

/** "Kaveh R. · 29 Nov 2011", "jdoe | 3 hours ago": a comment's author and date. */
function isCommentHeader(line: string): boolean {
  const m = /^(.{1,40}?)\s+[·•|–—-]\s+(.{3,60})$/.exec(line);
  if (!m) return false;
  const [, name, when] = m;
  // "BEIJING | Sept 15, 2012" is a dateline, not a commenter.
  if (/^[\p{Lu}\s,.'-]+$/u.test(name!) && /\p{Lu}{2}/u.test(name!)) return false;
  if (words(name!).length > 4 || /[!?"“”]/.test(name!)) return false;
  return isDateLine(when!) || /^\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i.test(when!);
}

/** A byline: short, starts with "By", no sentence end (which would make it prose). */
function isByline(line: string): boolean {
  if (!/^(?:by|written by|posted by|words by|story by)\b:?\s+\S/i.test(line)) return false;
  const n = words(line).length;
  // "Posted by admin on February 5, 2006 at 3:14 pm | 12 Comments": a date makes it longer.
  const limit = parseDate(line) ? 20 : 12;
  return n <= limit && !/[.!?]["”’]?$/.test(line.replace(/\b[A-Z]\.$/, ""));
}

function isHashtagLine(line: string): boolean {
  const ws = words(line);
  return ws.length >= 1 && ws.every((w) => /^[#@][\p{L}\p{N}_]+[,;]?$/u.test(w));
}

/** Words that make a short heading a list heading; the heading must not be a sentence. */
const LIST_HEADING =
  /^(?:related(?:\s+(?:stories|articles|news|content|coverage|posts|reading|links|topics|videos))?|read (?:also|more|next)|see also|also (?:read|see|on)|more (?:stories|from|on|news|in|about|coverage)\b[^.!?]{0,60}|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading| articles| videos)?|most (?:read|popular|viewed|shared|commented)(?: stories| articles)?|trending(?: now| stories| news| topics)?|popular(?: now| stories| articles)?|top stories|latest(?: news| stories| articles)?|editor'?s picks|in other news|don'?t miss|what to read next|further reading|other stories|around the web|sponsored (?:links|stories|content)|from (?:around|across) the web|promoted (?:stories|links))\s*:?$/i;

export const NOISE_RULES: readonly NoiseRule[] = [
  {
    id: "noise-advert",
    action: "line",
    pattern:
      /^(?:advertisement|advertisment|advert|ads?|sponsored(?: content| post)?|paid (?:content|post|partner)|promoted|(?:article|story) continues (?:after|below) (?:this|the) (?:advertisement|ad)|(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: reading)?|ad feedback|report (?:this )?ad|skip (?:this )?ad)[.:]?$/i,
    reason: "advertising slots and their 'continues after' markers interrupt the prose",
  },
  {
    id: "noise-ui-word",
    action: "line",
    pattern: UI_WORD,
    reason: "single words and phrases of site controls (search box, menus, buttons)",
  },
  { id: "noise-date-line", action: "line", test: isDateLine, reason: "a line holding only a date and time is page furniture (read into the metadata)" },
  {
    id: "noise-place-date-line",
    action: "line",
    test: (line) => {
      const m = /^([\p{L}][\p{L} .'&-]{1,40}?)\s*([|·•,–—-])\s*(.{6,60})$/u.exec(line);
      if (m === null || words(m[1]!).length > 3 || /[.!?]$/.test(m[1]!) || !isDateLine(m[3]!)) return false;
      // After a comma only a place in capitals ("BEIJING, Sept 15, 2012"): "Police said, June 7" is prose.
      return m[2] !== "," || !/\p{Ll}/u.test(m[1]!);
    },
    reason: "a place or section and a date on a line of their own ('OSLO | June 7, 2021', 'World | 29 Nov 2011') head the page, not the story",
  },
  { id: "noise-byline", action: "line", test: isByline, reason: "bylines name the writer, not an actor of the story (a date in it is read into the metadata)" },
  { id: "noise-share-bar", action: "line", test: isShareBar, reason: "share bars name social networks: 'Share this: Facebook | Twitter'" },
  { id: "noise-menu", action: "line", test: isMenu, reason: "site menus and breadcrumbs: short parts joined by | or › ('Metro | Nation | World')" },
  { id: "noise-pager", action: "line", test: isPager, reason: "gallery and page controls ('‹ Prev 01 / 10 Next ›')" },
  {
    id: "noise-credits",
    action: "line",
    pattern: /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|research|graphics?|translated)(?: and \w+)? by\b.{0,300}$/i,
    reason: "wire-service credits ('Reporting by ...; Editing by ...')",
  },
  {
    id: "noise-contributed",
    action: "line",
    pattern: /^[^.!?]{3,200}\bcontributed(?: to)?(?: (?:this|the))? (?:report|reporting|story|article)\.?$/i,
    reason: "contributor credits at the foot of wire stories",
  },
  {
    id: "noise-redistribution",
    action: "line",
    pattern: /^this (?:material|article|content) may not be (?:published|reproduced|copied)\b.{0,200}$/i,
    reason: "wire-service redistribution notices",
  },
  {
    id: "noise-caption",
    action: "line",
    pattern: /^(?:photo|image|picture|pictured|file photo|video|graphic|illustration|photograph|main image|top image|credit|image credit|photo credit|source|image source|image caption|media caption|caption|watch|listen)\s*[:,]\s*.{0,600}$|^(?:enlarge this image|toggle caption|hide caption|click to enlarge|view image in full ?screen|expand image)$/i,
    reason: "photo captions and credits stand outside the article's prose",
  },
  {
    id: "noise-copyright",
    action: "line",
    pattern: /^(?:©|\(c\)|copyright\b|all rights reserved)|all rights reserved\.?$/i,
    reason: "copyright lines of the site footer",
  },
  {
    id: "noise-tags",
    action: "line",
    pattern: /^(?:tags?|topics?|filed under|categories|category|keywords|related topics|posted in|labels)\s*:|^(?:posted in|filed in|filed under|tagged(?: with)?)\s[^.!?]{1,150}$/i,
    reason: "tag and category lists repeat names out of context",
  },
  {
    id: "noise-newsletter",
    action: "line",
    pattern:
      /^(?:subscribe to|sign up (?:for|to)|get (?:our|the) .{0,40}newsletter|join our|register for|don'?t miss|never miss|enter your e-?mail|by (?:providing|submitting|signing up|clicking)|we (?:use|value) (?:cookies|your privacy)|this (?:site|website) uses cookies)|privacy policy|terms (?:of|and) (?:use|service|conditions)|cookie policy|unsubscribe|(?:newsletter|inbox)\b.{0,80}\be-?mail address|\be-?mail address\b.{0,80}\b(?:newsletter|inbox|subscribe)/i,
    reason: "newsletter boxes, sign-up legal text and cookie banners",
  },
  {
    id: "noise-read-more-link",
    action: "line",
    pattern: /^(?:read (?:more|also|next)|see also|also read|related|more|watch|listen|recommended|click here)\b\s*[:>»›|-]\s*\S.{0,200}$/i,
    reason: "inline links to other stories ('READ MORE: ...')",
  },
  { id: "noise-click-here", action: "line", pattern: /^click here\b.{0,200}$/i, reason: "calls to action" },
  {
    id: "noise-photo-agency-credit",
    action: "line",
    pattern: /^(?:©\s*)?[\p{L}\p{M} .'-]{0,60}(?:\/|\bvia\b|\|)\s*(?:reuters|afp|ap|getty(?: images)?|epa(?:-efe)?|shutterstock|anadolu(?: agency)?|xinhua|efe|dpa|sipa|alamy|ap photo)\)?$/iu,
    reason: "photo-agency credits under pictures ('John Smith/Reuters', 'AFP via Getty Images')",
  },
  {
    id: "noise-social-embed",
    action: "line",
    pattern: /pic\.twitter\.com\/\w+|^—\s.{1,80}\(@\w{1,30}\)\s.{0,40}\d{4}$|^(?:a post shared by|view this post on instagram|view on (?:twitter|instagram|facebook))\b/i,
    reason: "remnants of embedded social-media posts",
  },
  {
    id: "noise-follow",
    action: "line",
    pattern: /^(?:follow|like|join)\s+(?:us|@\w{1,30}|\w{1,30}(?: \w{1,30})?)\s+on\s+(?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|threads|bluesky|google news)\b.{0,80}$/i,
    reason: "'Follow us on ...' prompts",
  },
  {
    id: "noise-author-field",
    action: "line",
    pattern: /^(?:authors?|reporters?|correspondents?|editors?|writers?|contributors?|compiled by|contact)\s*:\s*.{0,120}$/i,
    reason: "author and contact fields of the page template",
  },
  {
    id: "noise-republished",
    action: "line",
    pattern: /^(?:this (?:article|story|report|piece) (?:was|has been|is|first|originally)\b|(?:originally|first) published (?:on|in|by|at)\b|a version of this (?:article|story)\b).{0,250}$/i,
    reason: "republication and update notes about the page, not the story",
  },
  { id: "noise-email", action: "line", pattern: /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+$/, reason: "bare e-mail addresses" },
  {
    id: "noise-section-label",
    action: "line",
    zone: "head",
    test: (line) => /^[\p{Lu}\d&'’ -]{2,40}$/u.test(line) && /\p{Lu}{2}/u.test(line) && words(line).length <= 3,
    reason: "section labels and kickers above the headline ('WORLD', 'BREAKING NEWS', 'EXCLUSIVE')",
  },
  { id: "noise-reading-time", action: "line", pattern: /^\d{1,3}\s*(?:min(?:ute)?s?)\s+read$/i, reason: "reading-time badges" },
  { id: "noise-url", action: "line", pattern: /^(?:https?:\/\/|www\.)\S+$/i, reason: "bare links" },
  { id: "noise-hashtags", action: "line", test: isHashtagLine, reason: "lines of hashtags or handles only" },
  { id: "noise-ago", action: "line", pattern: /^(?:updated|published|posted|last updated)?\s*:?\s*\d+\s+(?:second|minute|hour|day|week|month)s?\s+ago$/i, reason: "relative timestamps" },
  { id: "noise-related-list", action: "list", pattern: LIST_HEADING, reason: "related-story and most-read lists are headlines of other articles" },
  {
    id: "noise-comments",
    action: "rest",
    pattern:
      /^(?:\d+\s+(?:comments?|responses|replies|reactions)|comments?|reader comments|readers'? comments|leave a (?:comment|reply)|post a comment|add a comment|join the (?:discussion|conversation)|show comments|view comments|comments? \(\d+\)|what do you think\??|have your say)\s*:?$|^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|comments?|replies|reactions)\s+(?:on|to)\s+\S.{0,250}$/i,
    reason: "reader comments run to the end of the page; commenters are not actors of the story",
  },
  { id: "noise-comment-header", action: "block", test: isCommentHeader, reason: "a comment's 'Name · date' line and the comment under it" },
  {
    id: "noise-inline-credit",
    action: "strip",
    pattern: /\s*\((?:photos?|image|picture|video|credit|file photo)\s*(?:credit)?\s*:[^()\n]{0,100}\)\s*$/i,
    reason: "photo credits in brackets at the end of a paragraph",
  },
  {
    id: "noise-media-tag",
    action: "strip",
    pattern: /\s*[([](?:video|videos|photos?|pics|watch|gallery|live|updated|audio|graphic|listen|map|interactive)[)\]]\s*$|^(?:watch|video|photos|live|breaking|exclusive|listen)\s*:\s*(?=\S)/i,
    reason: "media tags around headlines ('(VIDEO)', 'WATCH:') are not part of the title",
  },
];

export { words, endsSentence };
