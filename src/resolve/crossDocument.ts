// Cross-document resolution: the entities of many per-article Extractions become one set of global
// entities, one per real-world entity, each with a stable node key.
//
// Rules (conservative over eager; a wrong merge is worse than a missed one):
// - never across kinds; Groups and entities known only by generic names stay in their article;
// - States merge by ISO code or by a shared distinctive name, never two different codes;
// - Embassies merge only by their key (sending state as resolved above, host city);
// - Persons merge by a shared full name (titles stripped); a surname alone joins the full name
//   only when exactly one full name in the corpus ends with it; two different full names never merge;
// - Organizations and Locations merge by a shared distinctive name.
// The result depends only on the set of extractions, not on the order they arrive in.
import { KgError } from "../errors.js";
import type { EntityKind } from "../model/ontology.js";
import type { Entity, Extraction, MentionEvidence } from "../model/types.js";
import { KIND_POLICIES, type MergeScope } from "./crossDocumentRules.js";
import type { CrossDocumentResolution, CrossDocumentResolver, GlobalEntity } from "./types.js";
import { isDistinctive, nameKey, nameStrength, personTokens, slug } from "./crossDocumentNames.js";

/** One entity of one article, as it entered the merge. */
export interface LocalRef {
  article: string;
  entity: string;
}

/** A global entity with how it was merged: one graph node. */
export interface MergedEntity extends GlobalEntity {
  /** The per-article entities merged into this one, sorted by article then local id. */
  members: LocalRef[];
  /** Ids of the rules that merged members together, sorted (empty for a single member). */
  rules: string[];
  /** Identity hints carried over from the members (ISO code, embassy state and city). */
  identity?: Entity["key"];
}

export interface CrossDocumentMerge extends CrossDocumentResolution {
  /** Sorted by key. */
  entities: MergedEntity[];
  /** Node key of a per-article entity; throws when the article or id was not part of the merge. */
  keyOf(article: string, localId: string): string;
}

interface Item {
  index: number;
  article: string;
  entity: Entity;
  /** The label, then the aliases. */
  names: string[];
  /** The names that can identify the entity outside its article (see distinctNames). */
  distinct: string[];
  evidence: MentionEvidence[];
}

const SCOPE = new Map<EntityKind, MergeScope>(KIND_POLICIES.map((p) => [p.kind, p.scope]));

class UnionFind {
  private readonly parent: number[];
  readonly rules: Map<number, Set<string>> = new Map();
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number, rule: string): number {
    const ra = this.find(a);
    const rb = this.find(b);
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    if (ra !== rb) this.parent[drop] = keep;
    const rules = this.rules.get(keep) ?? new Set<string>();
    for (const r of this.rules.get(drop) ?? []) rules.add(r);
    rules.add(rule);
    this.rules.set(keep, rules);
    if (drop !== keep) this.rules.delete(drop);
    return keep;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function namesOf(entity: Entity): string[] {
  return [entity.label, ...entity.aliases];
}

function isSortedByOffset(list: readonly MentionEvidence[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** Surface forms that occur somewhere other than at the start of a sentence in this article. */
function midSentenceTexts(extraction: Extraction): Set<string> {
  const firstWord = new Map<number, number>();
  for (const sentence of extraction.sentences) {
    const m = /[\p{L}\p{N}]/u.exec(sentence.text);
    firstWord.set(sentence.index, sentence.start + (m ? m.index : 0));
  }
  const mid = new Set<string>();
  for (const mention of extraction.mentions) {
    const first = firstWord.get(mention.sentence);
    if (first === undefined || mention.start > first) mid.add(mention.text);
  }
  return mid;
}

/**
 * Names that can identify an entity across articles: proper names, and names whose only capital
 * is their first letter when the article also shows them capitalized in mid-sentence ("in Paris"),
 * which tells a name ("Paris") from a common word that starts a sentence ("Officers said").
 */
function distinctNames(names: readonly string[], midSentence: ReadonlySet<string>): string[] {
  return names.filter((name) => {
    const strength = nameStrength(name);
    return strength === "proper" || (strength === "initial" && midSentence.has(name));
  });
}

/** Collect every per-article entity in a canonical order with its mention evidence. */
function collect(extractions: readonly Extraction[]): Item[] {
  const sorted = [...extractions].sort((a, b) => compareStrings(a.article, b.article));
  const items: Item[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.article === sorted[i - 1]!.article) {
      throw new KgError("news-kg/resolve", `article id "${sorted[i]!.article}" appears twice; ids must be unique`);
    }
  }
  for (const extraction of sorted) {
    const midSentence = midSentenceTexts(extraction);
    const evidence = new Map<string, MentionEvidence[]>();
    for (const mention of extraction.mentions) {
      const list = evidence.get(mention.entity) ?? [];
      list.push({ article: extraction.article, sentence: mention.sentence, start: mention.start, end: mention.end });
      evidence.set(mention.entity, list);
    }
    const entities = [...extraction.entities].sort((a, b) => compareStrings(a.id, b.id));
    for (const entity of entities) {
      const list = evidence.get(entity.id) ?? [];
      if (!isSortedByOffset(list)) list.sort((a, b) => a.start - b.start || a.end - b.end);
      const names = namesOf(entity);
      items.push({ index: items.length, article: extraction.article, entity, names, distinct: distinctNames(names, midSentence), evidence: list });
    }
  }
  return items;
}

/** Union items sharing a key; keys are visited in sorted order so the result is order independent. */
function unionByKeys(
  uf: UnionFind,
  keyed: Map<string, number[]>,
  rule: string,
  allow: (a: number, b: number) => boolean = () => true,
): void {
  for (const key of [...keyed.keys()].sort(compareStrings)) {
    const members = keyed.get(key)!;
    const first = members[0]!;
    for (const other of members.slice(1)) {
      if (allow(uf.find(first), uf.find(other))) uf.union(first, other, rule);
    }
  }
}

function addKey(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/** States: by ISO code, then by distinctive names, never joining two different codes. */
function mergeStates(uf: UnionFind, items: Item[]): void {
  const byCode = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  for (const item of items) {
    const code = item.entity.key?.code;
    if (code) addKey(byCode, code.toUpperCase(), item.index);
    for (const name of item.distinct) addKey(byName, nameKey(name), item.index);
  }
  unionByKeys(uf, byCode, "xdoc.state.code");
  const codesOf = new Map<number, Set<string>>();
  for (const item of items) {
    const code = item.entity.key?.code;
    if (!code) continue;
    const root = uf.find(item.index);
    const set = codesOf.get(root) ?? new Set<string>();
    set.add(code.toUpperCase());
    codesOf.set(root, set);
  }
  const allow = (a: number, b: number): boolean => {
    const ca = codesOf.get(a);
    const cb = codesOf.get(b);
    if (ca === undefined || cb === undefined) return true;
    return [...ca].some((code) => cb.has(code));
  };
  for (const key of [...byName.keys()].sort(compareStrings)) {
    const members = byName.get(key)!;
    for (const other of members.slice(1)) {
      const ra = uf.find(members[0]!);
      const rb = uf.find(other);
      if (ra === rb || !allow(ra, rb)) continue;
      const root = uf.union(ra, rb, "xdoc.state.name");
      const merged = new Set([...(codesOf.get(ra) ?? []), ...(codesOf.get(rb) ?? [])]);
      codesOf.delete(ra);
      codesOf.delete(rb);
      if (merged.size > 0) codesOf.set(root, merged);
    }
  }
}

/** Embassies: by (sending state resolved to its global State, host city); nothing else. */
function mergeEmbassies(uf: UnionFind, embassies: Item[], states: Item[]): Set<number> {
  const stateRootByName = new Map<string, number | null>();
  for (const item of states) {
    const root = uf.find(item.index);
    for (const name of item.distinct) {
      const key = nameKey(name);
      const seen = stateRootByName.get(key);
      if (seen === undefined) stateRootByName.set(key, root);
      else if (seen !== root) stateRootByName.set(key, null); // ambiguous: do not use
    }
  }
  const byKey = new Map<string, number[]>();
  const keyed = new Set<number>();
  for (const item of embassies) {
    const state = item.entity.key?.state;
    const city = item.entity.key?.city;
    if (!state || !city) continue;
    const stateRoot = stateRootByName.get(nameKey(state));
    const stateId = stateRoot == null ? `name:${nameKey(state)}` : `root:${stateRoot}`;
    addKey(byKey, `${stateId}|${nameKey(city)}`, item.index);
    keyed.add(item.index);
  }
  unionByKeys(uf, byKey, "xdoc.embassy.key");
  return keyed;
}

/**
 * Persons: full names (two or more tokens after titles) merge when equal; an entity known only by
 * one token joins the single full name ending with it, or other one-token entities when no full
 * name does; when several full names end with it, it stays in its article.
 */
function mergePersons(uf: UnionFind, items: Item[]): Set<number> {
  const byFullName = new Map<string, number[]>();
  const surnameOnly: Item[] = [];
  for (const item of items) {
    const full = item.distinct
      .map(personTokens)
      .filter((tokens) => tokens.length >= 2);
    if (full.length === 0) {
      if (item.distinct.includes(item.entity.label) && personTokens(item.entity.label).length === 1) surnameOnly.push(item);
      continue;
    }
    for (const tokens of full) addKey(byFullName, tokens.join(" "), item.index);
  }
  unionByKeys(uf, byFullName, "xdoc.person.full-name");

  // Which full-name entities each single token can stand for: last tokens, and one-token aliases
  // that within-article resolution already tied to a full name.
  const candidates = new Map<string, Set<number>>();
  const hasFullName = new Set<number>();
  for (const indices of byFullName.values()) for (const i of indices) hasFullName.add(i);
  for (const item of items) {
    if (!hasFullName.has(item.index)) continue;
    const root = uf.find(item.index);
    for (const name of item.distinct) {
      const tokens = personTokens(name);
      const last = tokens[tokens.length - 1];
      if (last === undefined) continue;
      const set = candidates.get(last) ?? new Set<number>();
      set.add(root);
      candidates.set(last, set);
    }
  }
  const bySurname = new Map<string, number[]>();
  for (const item of surnameOnly) addKey(bySurname, personTokens(item.entity.label).join(" "), item.index);
  const ambiguous = new Set<number>();
  for (const surname of [...bySurname.keys()].sort(compareStrings)) {
    const members = bySurname.get(surname)!;
    const found = candidates.get(surname);
    if (found === undefined) {
      for (const other of members.slice(1)) uf.union(members[0]!, other, "xdoc.person.surname-alone");
    } else if (found.size === 1) {
      const target = [...found][0]!;
      for (const member of members) uf.union(target, member, "xdoc.person.surname-unique");
    } else {
      for (const member of members) ambiguous.add(member);
    }
  }
  return ambiguous;
}

/** Organizations and Locations: a shared distinctive name. */
function mergeByName(uf: UnionFind, items: Item[], rule: string): void {
  const byName = new Map<string, number[]>();
  for (const item of items) {
    for (const name of item.distinct) addKey(byName, nameKey(name), item.index);
  }
  unionByKeys(uf, byName, rule);
}

/** Choose the label: for persons the fullest name, otherwise the most mentioned, then the longest. */
function chooseLabel(kind: EntityKind, members: Item[]): string {
  if (members.length === 1) return members[0]!.entity.label;
  const weight = new Map<string, number>();
  for (const item of members) {
    weight.set(item.entity.label, (weight.get(item.entity.label) ?? 0) + Math.max(1, item.entity.mentions));
  }
  const labels = [...weight.keys()];
  const score = (label: string): number[] => {
    const tokens = kind === "Person" ? personTokens(label).length : 0;
    const distinctive = isDistinctive(label) ? 1 : 0;
    return [distinctive, tokens, weight.get(label)!, label.length];
  };
  labels.sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return compareStrings(a, b);
  });
  return labels[0]!;
}

function identityOf(members: Item[]): Entity["key"] | undefined {
  if (members.length === 1) {
    const key = members[0]!.entity.key;
    return key && Object.keys(key).length > 0 ? { ...key } : undefined;
  }
  const pick = (field: "code" | "state" | "city"): string | undefined => {
    const values = [...new Set(members.map((m) => m.entity.key?.[field]).filter((v): v is string => !!v))].sort(compareStrings);
    return values.length === 1 ? values[0] : undefined;
  };
  const key: NonNullable<Entity["key"]> = {};
  const code = pick("code");
  const state = pick("state");
  const city = pick("city");
  if (code) key.code = code;
  if (state) key.state = state;
  if (city) key.city = city;
  return Object.keys(key).length > 0 ? key : undefined;
}

/** All names of the members but the label, sorted and unique. */
function aliasesOf(members: Item[], label: string): string[] {
  const aliases = new Set<string>();
  for (const m of members) for (const name of m.names) if (name !== label) aliases.add(name);
  return [...aliases].sort(compareStrings);
}

function compareEvidence(a: MentionEvidence, b: MentionEvidence): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end;
}

/** The members' evidence in (article, offset) order; members come sorted, so usually no sort is needed. */
function evidenceOf(members: Item[]): MentionEvidence[] {
  if (members.length === 1) return members[0]!.evidence; // built by collect() for this item alone
  const evidence: MentionEvidence[] = [];
  let sorted = true;
  for (const m of members) {
    for (const e of m.evidence) {
      if (sorted && evidence.length > 0 && compareEvidence(evidence[evidence.length - 1]!, e) > 0) sorted = false;
      evidence.push(e);
    }
  }
  if (!sorted) evidence.sort(compareEvidence);
  return evidence;
}

/**
 * Merge the entities of all extractions into global entities with stable keys.
 * Pure and deterministic: the same set of extractions, in any order, gives the same result.
 */
export function resolveAcrossDocuments(extractions: readonly Extraction[]): CrossDocumentMerge {
  const items = collect(extractions);
  const uf = new UnionFind(items.length);
  const byKind = new Map<EntityKind, Item[]>();
  for (const item of items) {
    const list = byKind.get(item.entity.kind) ?? [];
    list.push(item);
    byKind.set(item.entity.kind, list);
  }
  const corpusScoped = (kind: EntityKind): Item[] =>
    SCOPE.get(kind) === "corpus" ? (byKind.get(kind) ?? []) : [];

  mergeStates(uf, corpusScoped("State"));
  const keyedEmbassies = mergeEmbassies(uf, corpusScoped("Embassy"), corpusScoped("State"));
  const ambiguous = mergePersons(uf, corpusScoped("Person"));
  // Entities that by the rules above cannot leave their article.
  const isolated = (item: Item): boolean =>
    SCOPE.get(item.entity.kind) !== "corpus" ||
    ambiguous.has(item.index) ||
    (item.entity.kind === "Embassy" && !keyedEmbassies.has(item.index)) ||
    item.distinct.length === 0;
  mergeByName(uf, corpusScoped("Organization"), "xdoc.organization.name");
  mergeByName(uf, corpusScoped("Location"), "xdoc.location.name");

  const groups = new Map<number, Item[]>();
  for (const item of items) {
    const root = uf.find(item.index);
    const list = groups.get(root) ?? [];
    list.push(item);
    groups.set(root, list);
  }

  interface Draft {
    entity: Omit<MergedEntity, "key">;
    base: string;
    /** Entities that never left their article carry it in their key. */
    local: boolean;
  }
  const drafts: Draft[] = [];
  for (const [root, members] of groups) {
    const first = members[0]!;
    const kind = first.entity.kind;
    const label = chooseLabel(kind, members);
    const aliases = aliasesOf(members, label);
    const evidence = evidenceOf(members);
    const identity = identityOf(members);
    const local = members.length === 1 && isolated(first);
    drafts.push({
      base: `${kind.toLowerCase()}:${slug(label)}`,
      local,
      entity: {
        kind,
        label,
        aliases,
        mentions: members.reduce((sum, m) => sum + m.entity.mentions, 0),
        evidence,
        members: members.map((m) => ({ article: m.article, entity: m.entity.id })),
        rules: [...(uf.rules.get(root) ?? [])].sort(compareStrings),
        ...(identity ? { identity } : {}),
      },
    });
  }

  // Keys: "kind:label-slug"; entities that stay in their article add "@article"; any remaining
  // clash adds the first member's article and local id, which are unique.
  const baseCount = new Map<string, number>();
  for (const d of drafts) if (!d.local) baseCount.set(d.base, (baseCount.get(d.base) ?? 0) + 1);
  const keyed = drafts.map((d) => {
    const head = d.entity.members[0]!;
    let key = d.base;
    if (d.local) key = `${d.base}@${head.article}`;
    else if ((baseCount.get(d.base) ?? 0) > 1) key = `${d.base}@${head.article}#${head.entity}`;
    return { key, d };
  });
  const seen = new Map<string, number>();
  for (const { key } of keyed) seen.set(key, (seen.get(key) ?? 0) + 1);
  const entities: MergedEntity[] = keyed.map(({ key, d }) => {
    const head = d.entity.members[0]!;
    const unique = (seen.get(key) ?? 0) > 1 && !key.includes("#") ? `${key}#${head.entity}` : key;
    return { key: unique, ...d.entity };
  });
  entities.sort((a, b) => compareStrings(a.key, b.key));

  const index = new Map<string, Map<string, string>>();
  for (const entity of entities) {
    for (const m of entity.members) {
      let local = index.get(m.article);
      if (local === undefined) index.set(m.article, (local = new Map()));
      local.set(m.entity, entity.key);
    }
  }
  return {
    entities,
    keyOf: (article, localId) => {
      const key = index.get(article)?.get(localId);
      if (key === undefined) {
        throw new KgError("news-kg/resolve", `no entity "${localId}" in article "${article}"; was its extraction part of the merge?`);
      }
      return key;
    },
  };
}

/** The resolver as a swappable stage. */
export const crossDocumentResolver: CrossDocumentResolver = resolveAcrossDocuments;
