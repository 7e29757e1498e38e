// The user's own knowledge for the extractor: extra lexicon entries and relation patterns,
// read from `kg.config.json` (see docs/config.md). Validation runs first and says where and what.
import { UsageError } from "../errors.js";
import { ENTITY_KINDS, PREDICATES, isEntityKind, isPredicate } from "../model/ontology.js";
import type { EntityKind, Predicate } from "../model/ontology.js";

const MODULE = "news-kg/config";

/** The config format this code reads. */
export const CONFIG_FORMAT = 1;

/** One user lexicon entry: many surface forms, one entity (spaCy EntityRuler style). */
export interface LexiconEntryConfig {
  id: string;
  kind: EntityKind;
  /** Surface forms as they appear in text; matched case-sensitively by the entity stage. */
  names: string[];
  reason: string;
  /** Identity hints, as on Entity.key (Embassy: sending state and host city; State: ISO alpha-3). */
  key?: { state?: string; city?: string; code?: string };
}

/**
 * How a trigger word's arguments are found.
 * - `verb`: "SOURCE <trigger> [prep] TARGET"; the passive "TARGET was <trigger>ed by SOURCE" is understood.
 * - `noun`: "SOURCE's <trigger> [prep] TARGET", "<trigger> [prep] TARGET by SOURCE", "SOURCE held a <trigger> ... TARGET".
 */
export type RelationFrame = "verb" | "noun";
export const RELATION_FRAMES: readonly RelationFrame[] = ["verb", "noun"];

/** One user relation pattern: either trigger words with a frame, or a literal token pattern. */
export interface RelationPatternConfig {
  id: string;
  predicate: Predicate;
  reason: string;
  /** Base forms of the trigger ("heckle", "stage a walkout"); inflections are generated for verbs. */
  triggers?: string[];
  /** Frame for `triggers`; default "verb". */
  frame?: RelationFrame;
  /** Words allowed between the trigger and its target ("against", "outside"). */
  preps?: string[];
  /**
   * A token pattern with `{source}` and `{target}` slots, e.g. "{source} stood with {target}".
   * Words match case-insensitively; "a|b" is a choice, a trailing "?" makes a word optional,
   * "*" skips up to four words that are not entity mentions.
   */
  pattern?: string;
  sourceKinds?: EntityKind[];
  targetKinds?: EntityKind[];
}

export interface ExtractorConfig {
  format: number;
  lexicon: LexiconEntryConfig[];
  relations: RelationPatternConfig[];
  /** Fingerprint of the content; part of Extractor.version so caches invalidate when it changes. */
  version: string;
}

/** The configuration used when the user has none. */
export const EMPTY_CONFIG: ExtractorConfig = Object.freeze({
  format: CONFIG_FORMAT,
  lexicon: [],
  relations: [],
  version: "none",
}) as ExtractorConfig;

function fail(where: string, what: string): never {
  throw new UsageError(MODULE, `${where}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(where, `unknown field "${key}" (allowed: ${allowed.join(", ")})`);
  }
}

function nonEmptyString(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(where, "expected a non-empty string");
  return value;
}

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, "expected a non-empty array of strings");
  return value.map((item, i) => nonEmptyString(item, `${where}[${i}]`));
}

function kindList(value: unknown, where: string): EntityKind[] {
  const list = stringList(value, where);
  list.forEach((kind, i) => {
    if (!isEntityKind(kind)) fail(`${where}[${i}]`, `unknown kind "${kind}" (one of ${ENTITY_KINDS.join(", ")})`);
  });
  return list as EntityKind[];
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

function checkId(value: unknown, where: string, seen: Set<string>): string {
  const id = nonEmptyString(value, where);
  if (!ID_RE.test(id)) fail(where, `id "${id}" may hold only letters, digits and . _ : -`);
  if (seen.has(id)) fail(where, `duplicate id "${id}"`);
  seen.add(id);
  return id;
}

function parseLexiconEntry(raw: unknown, where: string, seen: Set<string>): LexiconEntryConfig {
  if (!isRecord(raw)) fail(where, "expected an object {id, kind, names, reason}");
  checkKeys(raw, ["id", "kind", "names", "reason", "key"], where);
  const id = checkId(raw.id, `${where}.id`, seen);
  if (!isEntityKind(raw.kind)) fail(`${where}.kind`, `expected one of ${ENTITY_KINDS.join(", ")}, got ${JSON.stringify(raw.kind)}`);
  const entry: LexiconEntryConfig = {
    id,
    kind: raw.kind,
    names: stringList(raw.names, `${where}.names`),
    reason: nonEmptyString(raw.reason, `${where}.reason`),
  };
  if (raw.key !== undefined) {
    if (!isRecord(raw.key)) fail(`${where}.key`, "expected an object {state?, city?, code?}");
    checkKeys(raw.key, ["state", "city", "code"], `${where}.key`);
    const key: NonNullable<LexiconEntryConfig["key"]> = {};
    for (const field of ["state", "city", "code"] as const) {
      if (raw.key[field] !== undefined) key[field] = nonEmptyString(raw.key[field], `${where}.key.${field}`);
    }
    entry.key = key;
  }
  return entry;
}

/** Checks a token pattern's syntax: both slots exactly once, at least one literal word. */
export function checkPattern(pattern: string, where: string): void {
  const parts = pattern.trim().split(/\s+/);
  const count = (slot: string) => parts.filter((p) => p === slot).length;
  if (count("{source}") !== 1 || count("{target}") !== 1) {
    fail(where, `pattern "${pattern}" must hold {source} and {target} exactly once each, as separate words`);
  }
  const literals = parts.filter((p) => p !== "{source}" && p !== "{target}" && p !== "*");
  if (literals.length === 0) fail(where, `pattern "${pattern}" needs at least one literal word`);
  if (literals.every((p) => p.endsWith("?"))) fail(where, `pattern "${pattern}" needs at least one required word`);
  for (const p of parts) {
    if (p.includes("{") && p !== "{source}" && p !== "{target}") fail(where, `unknown slot "${p}" (use {source} or {target})`);
  }
}

function parseRelationPattern(raw: unknown, where: string, seen: Set<string>): RelationPatternConfig {
  if (!isRecord(raw)) fail(where, "expected an object {id, predicate, triggers or pattern, reason}");
  checkKeys(raw, ["id", "predicate", "reason", "triggers", "frame", "preps", "pattern", "sourceKinds", "targetKinds"], where);
  const id = checkId(raw.id, `${where}.id`, seen);
  if (!isPredicate(raw.predicate)) {
    fail(`${where}.predicate`, `expected one of ${PREDICATES.join(", ")}, got ${JSON.stringify(raw.predicate)}`);
  }
  const rule: RelationPatternConfig = {
    id,
    predicate: raw.predicate,
    reason: nonEmptyString(raw.reason, `${where}.reason`),
  };
  const hasTriggers = raw.triggers !== undefined;
  const hasPattern = raw.pattern !== undefined;
  if (hasTriggers === hasPattern) fail(where, 'give exactly one of "triggers" or "pattern"');
  if (hasTriggers) {
    rule.triggers = stringList(raw.triggers, `${where}.triggers`).map((t) => t.trim().toLowerCase());
    if (raw.frame !== undefined) {
      if (!RELATION_FRAMES.includes(raw.frame as RelationFrame)) {
        fail(`${where}.frame`, `expected one of ${RELATION_FRAMES.join(", ")}, got ${JSON.stringify(raw.frame)}`);
      }
      rule.frame = raw.frame as RelationFrame;
    }
    if (raw.preps !== undefined) rule.preps = stringList(raw.preps, `${where}.preps`).map((p) => p.trim().toLowerCase());
  } else {
    if (raw.frame !== undefined || raw.preps !== undefined) fail(where, '"frame" and "preps" go with "triggers", not "pattern"');
    rule.pattern = nonEmptyString(raw.pattern, `${where}.pattern`);
    checkPattern(rule.pattern, `${where}.pattern`);
  }
  if (raw.sourceKinds !== undefined) rule.sourceKinds = kindList(raw.sourceKinds, `${where}.sourceKinds`);
  if (raw.targetKinds !== undefined) rule.targetKinds = kindList(raw.targetKinds, `${where}.targetKinds`);
  return rule;
}

/** Canonical JSON (sorted keys) so the fingerprint does not depend on key order in the file. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: stable, dependency-free. */
export function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, "0");
}

/**
 * Validates a parsed config file and returns it typed. Throws UsageError naming the field
 * ("relations[2].predicate: expected one of ...") on the first problem found.
 */
export function parseConfig(json: unknown): ExtractorConfig {
  if (!isRecord(json)) fail("config", "expected a JSON object {format?, lexicon?, relations?}");
  checkKeys(json, ["$schema", "format", "lexicon", "relations"], "config");
  if (json.format !== undefined && json.format !== CONFIG_FORMAT) {
    fail("format", `this version of kg reads format ${CONFIG_FORMAT}, got ${JSON.stringify(json.format)}`);
  }
  const seen = new Set<string>();
  const lexicon: LexiconEntryConfig[] = [];
  if (json.lexicon !== undefined) {
    if (!Array.isArray(json.lexicon)) fail("lexicon", "expected an array of {id, kind, names, reason}");
    json.lexicon.forEach((raw, i) => lexicon.push(parseLexiconEntry(raw, `lexicon[${i}]`, seen)));
  }
  const relations: RelationPatternConfig[] = [];
  if (json.relations !== undefined) {
    if (!Array.isArray(json.relations)) fail("relations", "expected an array of {id, predicate, triggers or pattern, reason}");
    json.relations.forEach((raw, i) => relations.push(parseRelationPattern(raw, `relations[${i}]`, seen)));
  }
  const version =
    lexicon.length === 0 && relations.length === 0 ? "none" : fingerprint(canonical({ format: CONFIG_FORMAT, lexicon, relations }));
  return { format: CONFIG_FORMAT, lexicon, relations, version };
}
