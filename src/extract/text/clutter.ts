// Page clutter that survived ingest: share bars, bylines, navigation, comment threads.
// Ingest removes most of it; these line rules keep whatever is left from becoming entities.
// Each rule has an id and a reason. A line rule marks one line; a tail rule marks the line and
// everything after it (comment threads and related-story lists close an article).

export interface ClutterRule {
  id: string;
  reason: string;
  /** Tested against one trimmed line. Anchored, without nested quantifiers. */
  pattern: RegExp;
  /** The rule also marks every following line. */
  tail?: boolean;
  /** The rule opens a list: the following non-empty lines up to a blank line are marked too. */
  list?: boolean;
}

export const CLUTTER_RULES: readonly ClutterRule[] = [
  {
    id: "clutter.byline",
    reason: "a byline names the writer of the page, not an actor of the story",
    pattern: /^(by|from|written by|reporting by|editing by)\s*:?\s+\p{L}[^.!?]{0,80}$/iu,
  },
  {
    id: "clutter.share",
    reason: "share and social buttons",
    pattern: /^(share( this)?|tweet|email|print|follow us|like us|whatsapp|facebook|twitter)\b.{0,80}$/i,
  },
  {
    id: "clutter.separators",
    reason: "menus, breadcrumbs and share bars are short items separated by |, ›, » or •",
    pattern: /^[^.!?]{0,120}[|›»•][^.!?|›»•]{0,60}[|›»•][^.!?]{0,120}$/,
  },
  {
    id: "clutter.read-more-list",
    reason: "a 'Read more:' or 'Related:' header opens a list of other stories' headlines, which name other stories' actors",
    pattern: /^(read more|read also|also read|more stories|more from [\p{L} ]{1,40}|related( stories| articles| news| coverage| reading)?|more on this( story| topic)?|see also|you may also like|recommended( for you)?|read next|what to read next)\s*:$/iu,
    list: true,
  },
  {
    id: "clutter.link-item",
    reason: "a line opened by a link arrow that holds one headline (no sentence break inside) is a link to another story",
    pattern: /^[>›»▸►→][^.!?]{0,150}(?:[.!?][^\s.!?][^.!?]{0,40}){0,3}[.!?]?$/u,
  },
  {
    id: "clutter.advert",
    reason: "advertising and newsletter boxes",
    pattern: /^(article continues|advertisement|continue reading|subscribe|sign up|by providing an email|read more|click here|download our app)\b/i,
  },
  {
    id: "clutter.photo-credit",
    reason: "photo credits and pagination",
    pattern: /^(\(?(photo|image|picture|video)\s*(credit)?\s*[:/]?\s*[A-Z][\w ]{0,40}\)?|‹?\s*prev\b.{0,40}|.{0,40}\bnext\s*›?)$/i,
  },
  {
    id: "clutter.search",
    reason: "a lone site-chrome word (Search, Menu, Login)",
    pattern: /^(search|menu|login|log in|sign in|home|close|skip to content|most read|most popular|trending)$/i,
  },
  {
    id: "clutter.tags",
    reason: "tag lists repeat names already in the story out of context",
    pattern: /^(tags|topics|filed under|categories)\s*:/i,
  },
  {
    id: "clutter.comments",
    reason: "a comment thread closes the article; its authors and texts are readers, not the story",
    pattern: /^(\d+\s+comments?|comments?(\s*\(\d+\))?|leave a (comment|reply)|join the discussion|reader comments)$/i,
    tail: true,
  },
  {
    id: "clutter.related",
    reason: "related-story lists close the article and name other stories' actors",
    pattern: /^(related( stories| articles| news| coverage)?|more on this( story)?|see also|you may also like|recommended|read next)\s*:?$/i,
    tail: true,
  },
  {
    id: "clutter.comment-author",
    reason: "a comment header: a name, a middle dot and a date",
    pattern: /^[^·•]{1,40}\s[·•]\s[^·•]{0,40}\d[^·•]{0,20}$/,
  },
];

/** For each line of the text (split on \n), the id of the clutter rule that marks it, or null. */
export function clutterLines(text: string): { starts: number[]; rules: (string | null)[] } {
  const starts: number[] = [];
  const rules: (string | null)[] = [];
  let tail: string | null = null;
  let list: string | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    starts.push(pos);
    if (tail) rules.push(tail);
    else if (list && text.slice(pos, end).trim().length > 0 && end - pos < 200) rules.push(list);
    else {
      list = null;
      const line = text.slice(pos, end).trim();
      let hit: string | null = null;
      if (line.length > 0 && line.length < 300) {
        for (const rule of CLUTTER_RULES) {
          if (rule.pattern.test(line)) {
            hit = rule.id;
            if (rule.tail) tail = rule.id;
            if (rule.list) list = rule.id;
            break;
          }
        }
      }
      rules.push(hit);
    }
    pos = end + 1;
  }
  return { starts, rules };
}
