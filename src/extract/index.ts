// The rule-based extractor: Article -> Extraction. Stages: tokenize, split sentences, find mentions,
// resolve them within the article, then extract relations. Pure and deterministic.
import type { Article, Extraction } from "../model/types.js";
import { resolveWithinArticle, type ResolveOptions } from "../resolve/withinArticle.js";
import { EMPTY_CONFIG, type ExtractorConfig, type LexiconEntryConfig } from "./config.js";
import { lexiconFingerprint } from "./lexicon/fingerprint.js";
import { PhraseTable } from "./lexicon/phrases.js";
import { buildContext } from "./mentions/context.js";
import { findMentions, type HostPlace } from "./mentions/find.js";
import { extractRelations, rulesFromConfig, RELATIONS_VERSION } from "./relations/index.js";
import { splitSentences, type SentenceSpan } from "./text/sentences.js";
import { tokenize } from "./text/tokenize.js";
import type { AnalyzedArticle, Extractor, Token } from "./types.js";

/** Version of the entity stage's code; bump when matching or resolution changes (tables are fingerprinted). */
export const ENTITIES_VERSION = "entities-13";

export type { AnalyzedArticle, AnalyzedMention, EntityLink, Extractor, Token } from "./types.js";
export type { ResolveOptions } from "../resolve/withinArticle.js";

/** The analyzed article plus what the entity stage saw, for `kg explain`. */
export interface AnalysisDetail extends AnalyzedArticle {
  spans: SentenceSpan[];
  host: HostPlace;
}

function userTable(entries: readonly LexiconEntryConfig[]): PhraseTable<LexiconEntryConfig> {
  const table = new PhraseTable<LexiconEntryConfig>();
  for (const e of entries) for (const n of e.names) table.add(n, e, true);
  return table;
}

/** Sentences, tokens, mentions and entities of one article, with sentence roles and dateline. */
export function analyzeDetailed(
  article: Article,
  config: ExtractorConfig = EMPTY_CONFIG,
  table?: PhraseTable<LexiconEntryConfig>,
  options: ResolveOptions = {},
): AnalysisDetail {
  const raw = tokenize(article.text);
  const spans = splitSentences(article.text, raw);
  const ctx = buildContext(article.text, raw, spans);
  const found = findMentions(ctx, table ?? userTable(config.lexicon));
  const resolved = resolveWithinArticle(ctx, found, options);
  const tokens: Token[] = raw.map((t, i) => ({ text: t.text, start: t.start, end: t.end, sentence: ctx.sent[i]! }));
  return {
    article,
    sentences: spans.map((s) => s.sentence),
    tokens,
    mentions: resolved.mentions,
    entities: resolved.entities,
    links: resolved.links,
    spans,
    host: found.host,
  };
}

/** Sentences, tokens, mentions and entities of one article: the input of the relation stage. */
export function analyze(article: Article, config: ExtractorConfig = EMPTY_CONFIG, options: ResolveOptions = {}): AnalyzedArticle {
  const { spans: _spans, host: _host, ...doc } = analyzeDetailed(article, config, undefined, options);
  return doc;
}

/** Creates the rule-based extractor, with the user's lexicon entries and relation patterns. */
export function createExtractor(config: ExtractorConfig = EMPTY_CONFIG): Extractor {
  const table = userTable(config.lexicon);
  const rules = rulesFromConfig(config.relations);
  return {
    name: "news-kg-rules",
    version: `${ENTITIES_VERSION}.${lexiconFingerprint()}+${RELATIONS_VERSION}+config-${config.version}`,
    extract(article: Article): Extraction {
      const detail = analyzeDetailed(article, config, table);
      const { spans: _spans, host: _host, ...doc } = detail;
      const relations = extractRelations(doc, rules);
      return {
        article: article.id,
        meta: article.meta,
        sentences: doc.sentences,
        entities: doc.entities,
        mentions: doc.mentions.map((m) => ({ entity: m.entity, text: m.text, start: m.start, end: m.end, sentence: m.sentence, rule: m.rule })),
        relations,
      };
    },
  };
}
