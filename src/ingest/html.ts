// HTML -> article text and metadata, with htmlparser2's streaming parser (linear, no DOM, no
// recursion: deep or broken markup cannot blow the stack). Nothing in the page is ever executed.
import { Parser } from "htmlparser2";
import type { ArticleMeta } from "../model/types.js";
import { parseDate } from "./dates.js";
import { tidyLines } from "./normalize.js";
import {
  CLUTTER_CLASS_WORDS,
  DATE_META,
  DROPPED_ATTRIBUTES,
  DROPPED_ELEMENTS,
  DROPPED_OUTSIDE_ARTICLE,
  LINE_ELEMENTS,
  PARAGRAPH_ELEMENTS,
  SOURCE_META,
  TITLE_META,
} from "./html-rules.js";

export interface HtmlText {
  text: string;
  meta: ArticleMeta;
  /** Elements dropped, by rule id (for diagnostics and tests). */
  dropped: Record<string, number>;
}

const tagSet = (rules: readonly { tags: readonly string[] }[]) => new Set(rules.flatMap((r) => r.tags));
const ruleOf = (rules: readonly { id: string; tags: readonly string[] }[]) =>
  new Map(rules.flatMap((r) => r.tags.map((t) => [t, r.id] as const)));
const DROPPED = ruleOf(DROPPED_ELEMENTS);
const DROPPED_OUTSIDE = ruleOf(DROPPED_OUTSIDE_ARTICLE);
const PARAGRAPH = tagSet(PARAGRAPH_ELEMENTS);
const LINE = tagSet(LINE_ELEMENTS);
/** Dropped elements that are blocks: they leave a paragraph break behind. */
const BLOCK_DROPS = new Set(["nav", "footer", "aside", "menu", "header", "form", "dialog", "iframe", "video", "audio", "svg", "canvas", "object", "embed"]);
const CLASS_WORD = new Map(CLUTTER_CLASS_WORDS.flatMap((r) => r.words.map((w) => [w, r.id] as const)));

/** An <article> (or <main>) whose text is at least this share of the page's is taken alone. */
const MAIN_SHARE = 0.2;

interface Open {
  name: string;
  /** Rule id when this element starts a dropped subtree. */
  drop?: string;
  article: boolean;
  main: boolean;
  pre: boolean;
}

/** Whether text looks like HTML although its file name does not say so. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|span|a|br|h[1-6]|article|section|body|script|style|meta|li|ul|table)\b[^<>]{0,300}>/gi);
  return (tags?.length ?? 0) >= 5;
}

export function htmlToText(html: string): HtmlText {
  const stack: Open[] = [];
  let dropDepth = 0;
  let articleDepth = 0;
  let mainDepth = 0;
  let preDepth = 0;
  // One list of text pieces, with a flag per piece saying whether it lies in <article> (1) or <main> (2).
  const pieces: string[] = [];
  const where: number[] = [];
  const dropped: Record<string, number> = {};
  const metas = new Map<string, string>();
  let titleText: string | undefined;
  let inTitle = false;
  let lang: string | undefined;
  let timeDate: string | undefined;

  const emit = (s: string) => {
    pieces.push(s);
    where.push((articleDepth > 0 ? 1 : 0) | (mainDepth > 0 ? 2 : 0));
  };

  const dropRule = (name: string, attribs: Record<string, string>): string | undefined => {
    const byTag = DROPPED.get(name);
    if (byTag) return byTag;
    if (articleDepth === 0 && mainDepth === 0) {
      const outside = DROPPED_OUTSIDE.get(name);
      if (outside) return outside;
    }
    for (const rule of DROPPED_ATTRIBUTES) {
      const v = attribs[rule.attribute];
      if (v !== undefined && rule.pattern.test(v.toLowerCase())) return rule.id;
    }
    if (name === "body" || name === "html" || name === "article" || name === "main") return undefined;
    for (const attr of ["class", "id"]) {
      const v = attribs[attr];
      if (!v) continue;
      for (const word of v.toLowerCase().slice(0, 500).split(/[\s_-]+/)) {
        const id = CLASS_WORD.get(word);
        if (id) return id;
      }
    }
    return undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "html" && attribs.lang) lang = attribs.lang;
        if (name === "meta") {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? "").toLowerCase();
          if (key && attribs.content !== undefined && !metas.has(key)) metas.set(key, attribs.content);
        }
        if (name === "title" && titleText === undefined) {
          inTitle = true;
          titleText = "";
        }
        if (name === "time" && timeDate === undefined && attribs.datetime) timeDate = attribs.datetime;
        const drop = dropDepth > 0 ? undefined : dropRule(name, attribs);
        const open: Open = { name, article: name === "article", main: name === "main", pre: name === "pre" };
        if (drop) {
          // A dropped element still separates what stands before and after it.
          emit(PARAGRAPH.has(name) || LINE.has(name) || BLOCK_DROPS.has(name) ? "\n\n" : " ");
          open.drop = drop;
          dropped[drop] = (dropped[drop] ?? 0) + 1;
          dropDepth++;
        }
        stack.push(open);
        if (open.article) articleDepth++;
        if (open.main) mainDepth++;
        if (open.pre) preDepth++;
        if (dropDepth === 0) {
          if (PARAGRAPH.has(name)) emit("\n\n");
          else if (LINE.has(name)) emit("\n");
        }
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        // htmlparser2 closes implied elements itself, so the top of the stack normally matches.
        while (stack.length > 0) {
          const open = stack.pop()!;
          if (dropDepth === 0 && PARAGRAPH.has(open.name)) emit("\n\n");
          if (open.drop) dropDepth--;
          if (open.article) articleDepth--;
          if (open.main) mainDepth--;
          if (open.pre) preDepth--;
          if (open.name === name) break;
        }
      },
      ontext(data) {
        if (inTitle && titleText !== undefined && titleText.length < 1000) titleText += data;
        if (dropDepth > 0) return;
        emit(preDepth > 0 ? data : data.replace(/\s+/g, " "));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  // HTML's tokenizer reads "<" as text unless a letter, "!", "/" or "?" follows; htmlparser2 is
  // laxer ("<é<script>" would hide the script inside a tag name), so such "<" are escaped first.
  parser.write(html.replace(/<(?![A-Za-z!/?])/g, "&lt;"));
  parser.end();

  const chosen = choose(pieces, where);

  const meta: ArticleMeta = {};
  const title = firstMeta(metas, TITLE_META) ?? titleText;
  if (title?.trim()) meta.title = title.replace(/\s+/g, " ").trim();
  const dateText = firstMeta(metas, DATE_META) ?? timeDate;
  const date = dateText ? parseDate(dateText) : undefined;
  if (date) meta.date = date;
  const source = firstMeta(metas, SOURCE_META);
  if (source?.trim()) meta.source = source.replace(/\s+/g, " ").trim();
  if (lang?.trim()) meta.language = lang.trim().toLowerCase();
  return { text: tidyLines(chosen.replace(/[ \t]+/g, " ")), meta, dropped };
}

/** The <article> text if it is a fair share of the page, else the <main> text, else everything. */
function choose(pieces: readonly string[], where: readonly number[]): string {
  let total = 0;
  let inArticle = 0;
  let inMain = 0;
  for (let i = 0; i < pieces.length; i++) {
    const n = visibleLength(pieces[i]!);
    total += n;
    if (where[i]! & 1) inArticle += n;
    if (where[i]! & 2) inMain += n;
  }
  const flag = inArticle > 0 && inArticle >= MAIN_SHARE * total ? 1 : inMain > 0 && inMain >= MAIN_SHARE * total ? 2 : 0;
  if (flag === 0) return pieces.join("");
  return pieces.filter((_, i) => (where[i]! & flag) !== 0).join("");
}

/** Characters other than white space, without allocating. */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) n++;
  }
  return n;
}

function firstMeta(metas: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = metas.get(k);
    if (v !== undefined && v.trim() !== "") return v;
  }
  return undefined;
}
