// Removes page noise (menus, share bars, adverts, related lists, comments, bylines) from article
// text, line by line, with the rules of boilerplate-rules.ts. Pure and linear in the text's length.
import { isDateLine, parseDate } from "./dates.js";
import { endsSentence, MAX_NOISE_LINE, NOISE_RULES, words, type NoiseRule } from "./boilerplate-rules.js";

export interface NoiseRemoval {
  text: string;
  /** Lines removed, by rule id. */
  removed: Record<string, number>;
  /** A date read from a dropped date line or byline, if any. */
  date?: string;
}

/** Lines after a list heading stop being dropped after this many, whatever they look like. */
const MAX_LIST_LINES = 40;
/** A "rest" rule (comments) only fires once this much prose has been kept before it. */
const MIN_PROSE_BEFORE_REST = 200;
/** Rules whose dropped lines may carry the publication date. */
const DATE_CARRIERS = new Set(["noise-date-line", "noise-place-date-line", "noise-byline"]);

/** Ids for the structural rules implemented here rather than in the table. */
export const AUTHOR_DATE_RULE = "noise-comment-author-date";
export const TRAILING_RULE = "noise-trailing-fragment";

/** A line of running prose: a sentence of some length. */
function isProse(line: string): boolean {
  return endsSentence(line) && words(line).length >= 8;
}

/** After the article's last sentence: short, not a sentence. */
function isTrailingFragment(line: string): boolean {
  return line.length <= MAX_NOISE_LINE && words(line).length <= 10 && !endsSentence(line) && !/[:;,]$/.test(line);
}

/** A commenter's name or handle: one to four words, no digits-only words, no sentence punctuation. */
function isAuthorName(line: string): boolean {
  const ws = words(line);
  return ws.length >= 1 && ws.length <= 4 && line.length <= 40 && !/[.!?:;,"“”]$/.test(line) && !/^\d+$/.test(line) && /^[\p{L}@_]/u.test(line);
}

/** A comment's timestamp line. */
function isCommentDate(line: string): boolean {
  return line.length <= 80 && (isDateLine(line.replace(/\s+(?:at|@)\s+/i, " ")) || /^\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i.test(line));
}

const BULLET = /^(?:[•·▪◦►▸*–—-]|\d{1,2}[.)])\s+/;

function isListItem(line: string): boolean {
  if (BULLET.test(line)) return true;
  return words(line).length <= 20 && !endsSentence(line);
}

function matches(rule: NoiseRule, line: string): boolean {
  if (rule.pattern) {
    rule.pattern.lastIndex = 0;
    if (!rule.pattern.test(line)) return false;
  }
  return rule.test ? rule.test(line) : true;
}

/** Gaps of two or more spaces, or tabs: how scraped text lays out menu items. */
const COLUMN_GAP = /[ \u00A0]{2,}|\t+/;

/**
 * Scraped menus often come out as words separated by wide gaps ("World  Politics  Business").
 * Before white space is collapsed, such lines (short parts, none a sentence) get " | " between
 * their parts so the menu rule can see them. Lines of prose are left alone. Linear.
 */
export function markSpacedColumns(text: string): string {
  if (!COLUMN_GAP.test(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      if (line.length > MAX_NOISE_LINE || !COLUMN_GAP.test(line.trim())) return line;
      const parts = line.trim().split(COLUMN_GAP).map((p) => p.trim()).filter((p) => p !== "");
      if (parts.length < 2) return line;
      const columnar = parts.every((p) => words(p).length <= 4 && !/[.!?]["”’)]?$/.test(p) && !/[,;]$/.test(p));
      return columnar ? parts.join(" | ") : line;
    })
    .join("\n");
}

/** Text in, text without page noise out. Lines longer than MAX_NOISE_LINE are always kept. */
export function removeBoilerplate(text: string, rules: readonly NoiseRule[] = NOISE_RULES): NoiseRemoval {
  const lines = text.split("\n");
  const kept: string[] = [];
  const removed: Record<string, number> = {};
  let date: string | undefined;
  let keptProse = 0;
  const count = (id: string, n = 1) => (removed[id] = (removed[id] ?? 0) + n);

  let proseSeen = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === "" || line.length > MAX_NOISE_LINE) {
      kept.push(line);
      keptProse += line.length;
      if (line !== "") proseSeen = true;
      continue;
    }
    // A comment's author on one line and its date on the next ("Jane Doe" / "March 3, 2020 at 5:12 pm"),
    // once the article's prose has begun: the two lines and the comment under them go.
    if (keptProse >= MIN_PROSE_BEFORE_REST && isAuthorName(line) && i + 1 < lines.length && isCommentDate(lines[i + 1]!.trim())) {
      let j = i + 2;
      while (j < lines.length && lines[j]!.trim() !== "") j++;
      count(AUTHOR_DATE_RULE, j - i);
      i = j - 1;
      continue;
    }
    let dropped = false;
    for (const rule of rules) {
      if (rule.zone === "head" && proseSeen) continue;
      if (!matches(rule, line)) continue;
      if (rule.action === "strip") {
        const stripped = line.replace(rule.pattern!, "").trim();
        if (stripped !== line) count(rule.id);
        line = stripped;
        if (line === "") {
          dropped = true;
          break;
        }
        continue;
      }
      if (rule.action === "rest" && keptProse < MIN_PROSE_BEFORE_REST) continue;
      dropped = true;
      count(rule.id);
      if (DATE_CARRIERS.has(rule.id)) date ??= parseDate(line);
      if (rule.action === "rest") {
        count(rule.id, lines.length - i - 1);
        i = lines.length;
      } else if (rule.action === "block" && keptProse >= MIN_PROSE_BEFORE_REST) {
        while (i + 1 < lines.length && lines[i + 1]!.trim() !== "") {
          i++;
          count(rule.id);
        }
      } else if (rule.action === "list") {
        let taken = 0;
        while (i + 1 < lines.length && taken < MAX_LIST_LINES) {
          const next = lines[i + 1]!.trim();
          if (next !== "" && (next.length > MAX_NOISE_LINE || !isListItem(next))) break;
          // A comments heading ends the list: it drops the rest of the page itself.
          if (next !== "" && rules.some((r) => r.action === "rest" && matches(r, next))) break;
          i++;
          if (next !== "") {
            taken++;
            count(rule.id);
          }
        }
      }
      break;
    }
    if (!dropped) {
      kept.push(line);
      keptProse += line.length;
      if (isProse(line)) proseSeen = true;
    }
  }
  // After the last sentence of the article, short fragments are page furniture (site names,
  // section links, author blurbs without a sentence end).
  let end = kept.length;
  while (end > 0 && (kept[end - 1] === "" || isTrailingFragment(kept[end - 1]!))) end--;
  const trailing = kept.slice(end).filter((l) => l !== "").length;
  if (trailing > 0 && end > 0) {
    count(TRAILING_RULE, trailing);
    kept.length = end;
  }
  const result: NoiseRemoval = { text: kept.join("\n"), removed };
  if (date) result.date = date;
  return result;
}
