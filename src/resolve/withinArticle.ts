// Within-article resolution: mention candidates -> one entity per real-world entity.
// Names cluster by key (state code, embassy sender and host, organization name, group role); surnames
// join full names; descriptions and pronouns join the most salient compatible entity before them.
import type { EntityKind } from "../model/ontology.js";
import type { Entity } from "../model/types.js";
import type { TokenContext } from "../extract/mentions/context.js";
import type { FoundMentions } from "../extract/mentions/find.js";
import type { Candidate } from "../extract/mentions/types.js";
import { lexicon, SUBDIVISION_RULE } from "../extract/lexicon/index.js";
import { stateNameInText } from "../extract/lexicon/states.js";
import { STATE_LEADER_TITLE_IDS } from "../extract/lexicon/persons.js";
import type { AnalyzedMention, EntityLink } from "../extract/types.js";

export interface Resolution {
  entities: Entity[];
  mentions: AnalyzedMention[];
  links: EntityLink[];
}

interface Cluster {
  key: string;
  kind: EntityKind;
  items: Item[];
  code?: string;
  city?: string;
  /** Has a mention that names it (not weak, not an anaphor). */
  strong: boolean;
  firstStart: number;
  /** Created for an embassy's sender without a mention of its own. */
  implicit?: boolean;
}

interface Item {
  cand: Candidate;
  text: string;
  start: number;
  end: number;
  sentence: number;
  cluster?: Cluster;
}

const PRONOUN_WINDOW = 2;

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function stripPossessive(s: string): string {
  return s.replace(/\s*['’]s$/u, "");
}

function stripDeterminer(s: string): string {
  return s.replace(/^(the|The)\s+/u, "");
}

/** Words of a person's name, without a trailing possessive. */
function nameWords(text: string): string[] {
  return stripPossessive(text).split(/\s+/u).filter((w) => w.length > 0);
}

export interface ResolveOptions {
  /**
   * Keep tentative names without support in the article as people of their own (a capitalized word
   * that is not a dictionary word). Useful for isolated sentences, where no full name can support them.
   */
  keepTentative?: boolean;
}

export function resolveWithinArticle(ctx: TokenContext, found: FoundMentions, options: ResolveOptions = {}): Resolution {
  const lex = lexicon();
  const items: Item[] = found.candidates.map((cand) => {
    const start = ctx.tokens[cand.first]!.start;
    const end = ctx.tokens[cand.last - 1]!.end;
    return { cand, text: ctx.text.slice(start, end), start, end, sentence: ctx.sent[cand.first]! };
  });
  const clusters = new Map<string, Cluster>();
  const getCluster = (key: string, kind: EntityKind, start: number): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, kind, items: [], strong: false, firstStart: start };
      clusters.set(key, c);
    }
    return c;
  };
  const attach = (item: Item, c: Cluster) => {
    item.cluster = c;
    c.items.push(item);
    if (!item.cand.weak && !item.cand.anaphor && !item.cand.tentative) c.strong = true;
    if (item.start < c.firstStart) c.firstStart = item.start;
  };
  const hostCode = found.host.code;
  const hostCity = found.host.label;

  // persons first: full names, then single words joined to them
  const persons: Cluster[] = [];
  for (const item of items) {
    const c = item.cand;
    if (c.kind !== "Person" || c.anaphor) continue;
    const words = nameWords(item.text);
    if (words.length < 2) continue;
    const full = words.join(" ").toLowerCase();
    // a longer name ending with this one, or this one ending with an earlier one, is the same person
    let target = persons.find((p) => p.key === `person:${full}`);
    if (!target) target = persons.find((p) => p.key.endsWith(` ${full}`) || full.endsWith(` ${p.key.slice(7)}`));
    if (!target) {
      if (c.tentative) continue;
      target = getCluster(`person:${full}`, "Person", item.start);
      persons.push(target);
    } else if (full.length > target.key.length - 7 && !c.tentative) {
      // keep the key of the first, the label will take the longest form
    }
    attach(item, target);
  }
  for (const item of items) {
    const c = item.cand;
    if (c.kind !== "Person" || c.anaphor || item.cluster) continue;
    const words = nameWords(item.text);
    if (words.length !== 1) continue;
    const w = words[0]!.toLowerCase();
    const matches = persons.filter((p) => {
      const parts = p.key.slice(7).split(" ");
      const lastPart = parts[parts.length - 1]!;
      // "Assad" is the surname of "Bashar al-Assad"
      const bare = lastPart.replace(/^(al|el|ad|as|ar|bin|ibn|abu)-/u, "");
      return lastPart === w || bare === w || parts[0] === w;
    });
    if (matches.length > 0) {
      // the most recent person named before, else the first
      const before = matches.filter((p) => p.firstStart <= item.start);
      attach(item, before.length > 0 ? before[before.length - 1]! : matches[0]!);
      continue;
    }
    if (c.tentative) continue;
    const cl = getCluster(`person:${w}`, "Person", item.start);
    persons.push(cl);
    attach(item, cl);
  }
  // "Robert Kyagulanyi, better known as Bobi Wine": one person under two names
  for (let k = 0; k < items.length; k++) {
    const b = items[k]!;
    if (b.cand.kind !== "Person" || b.cand.anaphor || !b.cluster) continue;
    const before = ctx.text.slice(Math.max(0, b.start - 40), b.start);
    if (!/\b(known as|also called|nicknamed|alias|a\.k\.a\.?|aka)\s+["“]?$/iu.test(before)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const a = items[j]!;
      if (a.cand.kind === "Person" && a.cluster && a.cluster !== b.cluster && b.start - a.end < 60) {
        const from = b.cluster;
        for (const it of [...from.items]) attach(it, a.cluster);
        from.items = [];
        persons.splice(persons.indexOf(from), 1);
        break;
      }
    }
  }
  // tentative singles that name a person found only as a single word later
  for (const item of items) {
    const c = item.cand;
    if (c.kind !== "Person" || c.anaphor || item.cluster || !c.tentative) continue;
    const words = nameWords(item.text);
    const key = `person:${words.join(" ").toLowerCase()}`;
    const cl = clusters.get(key);
    if (cl) attach(item, cl);
    else if (options.keepTentative && !c.doubtful && (c.rule === "person.single" || c.rule === "person.first-name.single")) {
      const own = getCluster(key, "Person", item.start);
      persons.push(own);
      attach(item, own);
      own.strong = true;
    }
  }
  const personState = new Map<string, string>();
  for (const p of persons) {
    for (const it of p.items) if (it.cand.title?.code) personState.set(p.key, it.cand.title.code);
  }

  // "Ottawa police ... Toronto Police Service officers": forces of two cities in one story are two forces
  const policePlace = new Map<Item, string>();
  for (const item of items) {
    const c = item.cand;
    if (c.kind !== "Organization" || (c.cluster !== "police" && c.cluster !== "police:named") || c.anaphor) continue;
    const before = items.find((x) => x.cand.kind === "Location" && x.cand.last === c.first && (CITY_RULES.has(x.cand.rule) || x.cand.rule === SUBDIVISION_RULE));
    const inName = lex.cities.match(ctx.words, ctx.lower, c.first, c.last, true);
    const place = before?.text ?? (inName && inName.end < c.last ? ctx.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[inName.end - 1]!.end) : undefined);
    if (place) policePlace.set(item, place.toLowerCase());
    // the force is named with its place: "Ottawa police"
    if (before && !c.core) c.core = `${before.text} ${item.text}`;
  }
  if (new Set(policePlace.values()).size < 2) policePlace.clear();

  // names of other kinds
  let lastEmbassyBySender = new Map<string, string>();
  for (const item of items) {
    const c = item.cand;
    if (item.cluster || c.anaphor || c.kind === "Person") continue;
    switch (c.kind) {
      case "State": {
        let code = c.code;
        if (c.viaPerson) {
          const w = c.viaPerson.toLowerCase();
          const p = persons.find((x) => x.key.slice(7).split(" ").includes(w));
          if (p && personState.has(p.key)) code = personState.get(p.key);
        }
        if (!code) continue;
        const cl = getCluster(`state:${code}`, "State", item.start);
        cl.code = code;
        attach(item, cl);
        break;
      }
      case "Embassy": {
        // "The United States said it was not evacuating its embassy in Niamey": the state before the pronoun
        if (!c.code && c.possessive) {
          // a state keeps no embassy in its own city: "Iranian protesters stormed its embassy in Tehran" is not Iran's
          const cityMatch = c.city ? lex.cities.match(ctx.words, ctx.lower, c.city.first, c.city.last, true) : undefined;
          const cityState = cityMatch?.end === c.city?.last ? lex.states.byAlpha2.get(cityMatch!.entry.value.cc) : undefined;
          for (let k = items.indexOf(item) - 1; k >= 0; k--) {
            const x = items[k]!;
            if (item.sentence - x.sentence > 1) break;
            if (x.cluster?.kind === "State" && x.cluster.code && x.cluster.code !== cityState) {
              c.code = x.cluster.code;
              break;
            }
          }
        }
        const sender = c.code ?? "?";
        let city = c.city ? titleCase(c.city.text) : undefined;
        const type = missionType(item.text);
        const sameMission = (x: Item) => x.cand.kind === "Embassy" && x.cand.code === c.code && x.cand.city !== undefined && missionType(x.text) === type;
        // "crowds in Vancouver gathered at the Indian consulate", "in Pakistan's city of Karachi, ... the Saudi
        // consulate in the city": a consulate named without its city sits in the city its sentence names before
        // it (an embassy does not: it sits in the capital, whatever city the protest is in)
        if (!city && c.code && type === "consulate") {
          const missionCities = new Set(items.filter((x) => x.cand.kind === "Embassy" && x.cand.city).map((x) => x.cand.city!.first));
          const before = items.filter((x) => x.sentence === item.sentence && x.start < item.start && x.cand.kind === "Location" && CITY_RULES.has(x.cand.rule) && !missionCities.has(x.cand.first));
          const near = before[before.length - 1];
          if (near) city = titleCase(near.text);
        }
        // a mission named without its city: the sender's mission in the dateline city, else the last one named
        if (!city && c.code && hostCity && items.some((x) => sameMission(x) && titleCase(x.cand.city!.text) === hostCity)) city = hostCity;
        if (!city && c.code) city = lastEmbassyBySender.get(`${c.code}|${type}`);
        if (!city && c.code) {
          // the same sender's mission named with a city anywhere in the article
          const later = items.find(sameMission);
          if (later?.cand.city) city = titleCase(later.cand.city.text);
        }
        // an embassy or high commission sits in the host state's capital; a consulate in the dateline city
        if (!city && type !== "consulate" && hostCode) city = lex.states.states.get(hostCode)?.capital ?? hostCity;
        if (!city) city = hostCity;
        let key = `embassy:${sender}:${city ?? "?"}`;
        if (sender === "?") {
          const same = [...clusters.values()].find((x) => x.kind === "Embassy" && x.city === city);
          if (same) key = same.key;
        }
        const cl = getCluster(key, "Embassy", item.start);
        if (c.code) cl.code = c.code;
        if (city) cl.city = city;
        if (c.code && city) lastEmbassyBySender.set(`${c.code}|${type}`, city);
        attach(item, cl);
        break;
      }
      case "Organization": {
        let key = c.cluster ?? `org:${stripDeterminer(item.text).toLowerCase()}`;
        if (key === "police:named") key = c.code && hostCode && c.code !== hostCode ? `police:${c.code}` : "police";
        if (key === "police" && c.code && hostCode && c.code !== hostCode) key = `police:${c.code}`;
        // the dateline city's force stays "the police" of the story
        if (key === "police" && policePlace.has(item) && policePlace.get(item) !== hostCity?.toLowerCase()) key = `police:at:${policePlace.get(item)}`;
        const cl = getCluster(key, "Organization", item.start);
        attach(item, cl);
        break;
      }
      case "Group":
      case "Location": {
        const key = c.cluster ?? `${c.kind}:${item.text.toLowerCase()}`;
        attach(item, getCluster(key, c.kind, item.start));
        break;
      }
      default:
        break;
    }
  }
  lastEmbassyBySender = new Map();

  // "Embassy in Jakarta" (a headline without the sender) joins the one embassy of a known sender in that city
  for (const cl of [...clusters.values()]) {
    if (cl.kind !== "Embassy" || cl.code || !cl.city || cl.items.length === 0) continue;
    const named = [...clusters.values()].filter((x) => x.kind === "Embassy" && x.code && x.items.length > 0);
    let same = named.filter((x) => x.city === cl.city);
    // a headline names the city; the body may name the mission in another way ("in the Swedish capital")
    // "the embassy in Niamey" in a story about French missions only: France's mission in that other capital
    // (embassies sit in capitals; "the high commission in Kensington" names a district of the one mission)
    const otherCapital = lex.states.capitals.has(cl.city.toLowerCase()) && !named.some((x) => x.city === cl.city);
    if (same.length === 0 && named.length === 1 && !otherCapital) same = named;
    const senders = new Set(named.map((x) => x.code));
    if (same.length === 0 && senders.size === 1 && otherCapital) {
      cl.code = named[0]!.code;
      continue;
    }
    if (same.length === 1) {
      for (const it of [...cl.items]) attach(it, same[0]!);
      cl.items = [];
    }
  }
  // organizations: "Security Council" joins "UN Security Council", "Foreign Office" joins "British Foreign Office"
  const orgs = [...clusters.values()].filter((c) => c.kind === "Organization" && c.key.startsWith("org:"));
  for (const short of orgs) {
    const name = short.key.slice(4);
    if (!name.includes(" ")) continue;
    const long = orgs.find((o) => o !== short && o.items.length > 0 && o.key.endsWith(` ${name}`));
    if (long) {
      for (const it of short.items) attach(it, long);
      short.items = [];
    }
  }
  // "Karabakh" and "Nagorno-Karabakh": a region named by the last part of a hyphenated region's name is that
  // region (not "Asia" and "Central Asia", which are two places)
  const regionClusters = [...clusters.values()].filter((c) => c.kind === "Location" && c.items.length > 0 && c.items.some((it) => it.cand.rule.startsWith("loc.region")));
  for (const short of regionClusters) {
    const name = short.key.slice(4);
    const long = regionClusters.find((o) => o !== short && o.items.length > 0 && o.key.endsWith(`-${name}`));
    if (long) {
      for (const it of short.items) attach(it, long);
      short.items = [];
    }
  }
  // a location named like a person's surname is the person ("Obama" found as a city)
  for (const cl of [...clusters.values()]) {
    if (cl.kind !== "Location" || cl.items.length === 0) continue;
    const name = cl.key.slice(4);
    if (name.includes(" ")) continue;
    if (cl.items.some((it) => it.cand.rule !== "loc.city" && it.cand.rule !== "loc.after-preposition" && it.cand.rule !== SUBDIVISION_RULE)) continue;
    const p = persons.find((x) => x.key.slice(7).split(" ").length > 1 && x.key.slice(7).split(" ").pop() === name);
    if (p) {
      for (const it of cl.items) attach(it, p);
      cl.items = [];
    }
  }

  // an embassy's sender state exists even when only its demonym names it
  for (const cl of [...clusters.values()]) {
    if (cl.kind !== "Embassy" || !cl.code || cl.items.length === 0) continue;
    const st = getCluster(`state:${cl.code}`, "State", cl.firstStart);
    st.code = cl.code;
    st.strong = true;
    if (st.items.length === 0) st.implicit = true;
  }

  splitCrowdsByTopicCity(ctx, clusters, items, hostCity?.toLowerCase(), getCluster, attach);

  // anaphors: the most salient compatible entity
  const salient: Item[] = [];
  const hasPolice = clusters.has("police") && clusters.get("police")!.items.length > 0;
  const firstEmbassy = [...clusters.values()].filter((c) => c.kind === "Embassy" && c.items.length > 0).sort((a, b) => a.firstStart - b.firstStart)[0];
  for (const item of items) {
    const c = item.cand;
    if (item.cluster) {
      salient.push(item);
      continue;
    }
    if (!c.anaphor) continue;
    const recent = (pred: (x: Item) => boolean, window: number): Cluster | undefined => {
      for (let k = salient.length - 1; k >= 0; k--) {
        const x = salient[k]!;
        if (item.sentence - x.sentence > window) return undefined;
        if (x.cluster && x.cluster.items.length > 0 && pred(x)) return x.cluster;
      }
      return undefined;
    };
    let target: Cluster | undefined;
    switch (c.anaphor) {
      case "embassy": {
        // "the embassy" after "its embassy in Tehran and its consulate in Mashhad" is the embassy, not the last-named consulate
        // "the high commission" is the embassy-rank mission, not "Bangladesh's assistant high commission"
        const word = /consul|(assistant|deputy)\s+high\s+commission/iu.test(item.text) ? "consulate" : /embassy|high\s+commission/iu.test(item.text) ? "embassy" : undefined;
        const ofType = (cl: Cluster) => cl.items.some((y) => !y.cand.anaphor && missionType(y.text) === word);
        // "In Toronto, officers escorted staff into the building": the mission in the city that opens the sentence
        const span = ctx.spans[item.sentence];
        if (span && ctx.lower[span.first] === "in") {
          let k = span.first + 1;
          while (k < span.first + 4 && k < span.last && ctx.cap[k] && ctx.words[k] !== ",") k++;
          if (k > span.first + 1 && ctx.words[k] === ",") {
            const opener = titleCase(ctx.text.slice(ctx.tokens[span.first + 1]!.start, ctx.tokens[k - 1]!.end));
            const there = [...clusters.values()].filter((x) => x.kind === "Embassy" && x.items.length > 0 && x.city === opener && (!word || ofType(x)));
            if (there.length === 1) target = there[0];
          }
        }
        if (word) target ??= recent((x) => x.cluster!.kind === "Embassy" && ofType(x.cluster!), 1000);
        target ??= recent((x) => x.cluster!.kind === "Embassy", 1000);
        // "the embassy" before the sender's name (a headline) is the first mission; "the building", "the
        // compound" before any mission is named are some other building ("the parliament building")
        if (!target && MISSION_WORD.test(item.text)) target = firstEmbassy;
        break;
      }
      case "group": {
        const g = clusters.get("protest");
        target = g && g.items.length > 0 ? g : undefined;
        break;
      }
      case "agency":
        target = recent((x) => x.cluster!.kind === "Organization" && (x.cand.rule.startsWith("org.outlet") || x.cand.rule === "org.descriptor.agency"), 1000);
        break;
      case "body": {
        // the most recent organization whose name holds the head noun; nothing when none does
        const head = item.text.toLowerCase();
        target = recent((x) => x.cluster!.kind === "Organization" && !x.cand.anaphor && x.text.toLowerCase().split(/[\s'’-]+/u).includes(head), 1000);
        break;
      }
      case "officers":
        // with two cities' forces, "officers" are those of the force named last
        target = policePlace.size > 0 ? recent((x) => x.cluster!.key.startsWith("police:at:"), 1000) : undefined;
        target ??= hasPolice ? clusters.get("police") : undefined;
        break;
      case "government":
        // "the government" of the story's host state names that state, whether or not the text names it otherwise
        target = c.code ? getCluster(`state:${c.code}`, "State", item.start) : undefined;
        if (target) {
          target.code = c.code;
          target.strong = true;
        }
        break;
      case "person":
        target = recent((x) => x.cluster!.kind === "Person", PRONOUN_WINDOW);
        break;
      case "plural": {
        const plural = (x: Item) => x.cluster!.kind === "Group" || x.cluster!.key === "police";
        target = recent(plural, PRONOUN_WINDOW);
        // an object pronoun ("police pushed them back") does not refer to the subject of its own clause
        // ("many of them" is partitive and refers to the nearest collective)
        const partitive = item.cand.first > 0 && ctx.lower[item.cand.first - 1] === "of";
        if (target && !partitive && (item.text === "them" || item.text === "Them")) {
          const sameSentence = salient.filter((x) => x.sentence === item.sentence && x.cluster && plural(x));
          const subject = sameSentence[sameSentence.length - 1];
          if (subject && subject.cluster === target) {
            const other = recent((x) => plural(x) && x.cluster !== subject.cluster, PRONOUN_WINDOW);
            if (other) target = other;
          }
        }
        break;
      }
      case "it":
        target = recent((x) => x.cluster!.kind === "Organization" || x.cluster!.kind === "Embassy" || x.cluster!.kind === "State", 1);
        break;
      default:
        break;
    }
    if (target) {
      attach(item, target);
      salient.push(item);
    }
  }

  // keep clusters that something names; order entities by first mention
  const kept = [...clusters.values()].filter((c) => (c.items.length > 0 || c.implicit) && c.strong);
  kept.sort((a, b) => a.firstStart - b.firstStart || (a.key < b.key ? -1 : 1));
  const ids = new Map<Cluster, string>();
  kept.forEach((c, i) => ids.set(c, `e${i + 1}`));

  const entities: Entity[] = [];
  for (const c of kept) {
    const id = ids.get(c)!;
    const surface = new Set<string>();
    for (const it of c.items) {
      if (it.cand.rule.startsWith("coref.pronoun")) continue;
      surface.add(stripDeterminer(it.text.replace(/\s+/gu, " ")));
      if (it.cand.core) surface.add(stripDeterminer(it.cand.core));
      if (c.kind === "Person" && it.cand.title) surface.add(`${it.cand.title.text} ${it.text}`);
    }
    const label = labelOf(c, lex, surface);
    surface.delete(label);
    const entity: Entity = { id, kind: c.kind, label, aliases: [...surface].sort(), mentions: c.items.length };
    if (c.kind === "State" && c.code) entity.key = { code: c.code };
    if (c.kind === "Embassy") {
      const key: NonNullable<Entity["key"]> = {};
      const st = c.code ? lex.states.states.get(c.code) : undefined;
      if (st) key.state = st.label;
      if (c.city) key.city = c.city;
      entity.key = key;
    }
    entities.push(entity);
  }

  const mentions: AnalyzedMention[] = [];
  for (const it of items) {
    if (!it.cluster || !ids.has(it.cluster)) continue;
    const m: AnalyzedMention = {
      entity: ids.get(it.cluster)!,
      text: it.text,
      start: it.start,
      end: it.end,
      sentence: it.sentence,
      rule: it.cand.rule,
      kind: it.cluster.kind,
    };
    if (it.cand.anaphor) m.anaphor = true;
    mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);

  const links: EntityLink[] = [];
  const locByName = new Map<string, string>();
  for (const c of kept) if (c.kind === "Location") locByName.set(c.key.slice(4), ids.get(c)!);
  for (const it of items) {
    if (!it.cluster || !ids.has(it.cluster)) continue;
    const from = ids.get(it.cluster)!;
    const base = { sentence: it.sentence, start: it.start, end: it.end };
    if (it.cluster.kind === "Embassy" && !it.cand.anaphor) {
      if (it.cand.code) {
        const st = clusters.get(`state:${it.cand.code}`);
        if (st && ids.has(st)) links.push({ type: "sender", from, to: ids.get(st)!, stated: true, rule: it.cand.rule, ...base });
      }
      const cityName = it.cluster.city?.toLowerCase();
      const to = cityName ? locByName.get(cityName) : undefined;
      if (to) links.push({ type: "host", from, to, stated: it.cand.city !== undefined, rule: it.cand.city ? "embassy.host.stated" : "embassy.host.inferred", ...base });
    }
    if (it.cluster.kind === "Person" && it.cand.title) {
      const link: EntityLink = { type: "title", from, role: it.cand.title.role, title: it.cand.title.text, stated: true, rule: it.cand.rule, ...base };
      const st = it.cand.title.code ? clusters.get(`state:${it.cand.title.code}`) : undefined;
      if (st && ids.has(st)) link.to = ids.get(st)!;
      else if (STATE_LEADER_TITLE_IDS.has(it.cand.title.id)) inferTitleState(link, it, personState, clusters, ids, items, hostCode);
      links.push(link);
    }
  }
  return { entities, mentions, links };
}

/**
 * "President Xi Jinping" without a state: the state of the same person's qualified title elsewhere, else
 * the one state named in the sentence, else the dateline's state when the sentence names none or names it
 * among others. Inferred links are `stated: false`.
 */
function inferTitleState(link: EntityLink, it: Item, personState: Map<string, string>, clusters: Map<string, Cluster>, ids: Map<Cluster, string>, items: Item[], hostCode: string | undefined): void {
  const own = personState.get(it.cluster!.key);
  const ownCluster = own ? clusters.get(`state:${own}`) : undefined;
  if (ownCluster && ids.has(ownCluster)) {
    link.to = ids.get(ownCluster)!;
    link.rule = "title.state.person";
    return;
  }
  const inSentence = new Set<Cluster>();
  for (const x of items) if (x.sentence === it.sentence && x.cluster?.kind === "State" && ids.has(x.cluster)) inSentence.add(x.cluster);
  if (inSentence.size === 1) {
    link.to = ids.get([...inSentence][0]!)!;
    link.stated = false;
    link.rule = "title.state.sentence";
    return;
  }
  const host = hostCode ? clusters.get(`state:${hostCode}`) : undefined;
  // none named, or several among which the dateline's state ("Turkey ... criticised Beijing, but President Erdogan")
  if (host && ids.has(host) && (inSentence.size === 0 || inSentence.has(host))) {
    link.to = ids.get(host)!;
    link.stated = false;
    link.rule = "title.state.host";
  }
}

/** The kind of mission a mention names: consulates and embassies of one state are different places. */
function missionType(text: string): "consulate" | "embassy" {
  // an assistant or deputy high commission is a Commonwealth consulate, outside the capital
  return /consul|(assistant|deputy)\s+high\s+commission/iu.test(text) ? "consulate" : "embassy";
}

/** Rules of mentions that name a city. */
/** Anaphors whose head names a diplomatic mission (not "the building", "the compound"). */
const MISSION_WORD = /embassy|consul|commission|mission|chancery|legation|nunciature/iu;
const CITY_RULES: ReadonlySet<string> = new Set(["loc.city", "loc.dateline", "loc.after-preposition"]);

/** Words that open a new clause before "in <City>" inside a sentence (", and in Tunis several hundred people"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([",", ";", "and", "while", "but", "whereas"]);

/**
 * The city that opens a clause: "In Mashhad, a mob ..." at a sentence's start, or ", and in Tunis several
 * hundred people gathered" inside it. Returns, per sentence, the token where each such clause starts and
 * its city key, in text order.
 */
function clauseTopics(ctx: TokenContext, items: Item[]): Map<number, { at: number; city: string }[]> {
  const topics = new Map<number, { at: number; city: string }[]>();
  for (const item of items) {
    const c = item.cluster;
    if (!c || c.kind !== "Location" || !CITY_RULES.has(item.cand.rule)) continue;
    const span = ctx.spans[item.sentence];
    const inAt = openingIn(ctx, item.cand.first);
    if (!span || inAt === undefined || inAt < span.first) continue;
    const opensSentence = inAt === span.first && ctx.words[item.cand.last] === ",";
    // inside a sentence: "..., and in Tunis several hundred people gathered"; the clause runs to the next opener
    const opensClause = inAt > span.first && CLAUSE_OPENERS.has(ctx.lower[inAt - 1]!) && (ctx.words[inAt - 1] === "," || ctx.words[inAt - 2] === ",");
    if (!opensSentence && !opensClause) continue;
    const list = topics.get(item.sentence) ?? [];
    list.push({ at: inAt, city: c.key.replace(/^loc:/u, "") });
    topics.set(item.sentence, list);
  }
  return topics;
}

/** Words between "in" and a city that still name the city: "in Pakistan's city of Karachi", "in the port city of Durres". */
const CITY_PREFIX_WORDS: ReadonlySet<string> = new Set(["the", "city", "town", "port", "border", "capital", "of", "'s", "’s", "southern", "northern", "eastern", "western", "central"]);

/** The "in" that introduces the city starting at `first`, over a few words naming it ("in the city of"). */
function openingIn(ctx: TokenContext, first: number): number | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    if (ctx.lower[k] === "in") return k;
    if (!CITY_PREFIX_WORDS.has(ctx.lower[k]!) && !ctx.cap[k]) return undefined;
  }
  return undefined;
}

/** The topic city of a mention: the last clause opener before it in its sentence. */
function topicAt(topics: Map<number, { at: number; city: string }[]>, item: Item): string | undefined {
  let city: string | undefined;
  for (const t of topics.get(item.sentence) ?? []) if (t.at < item.cand.first) city = t.city;
  return city;
}

/**
 * "In Mashhad, a mob set the Saudi consulate alight": a clause opened by "in <City>" moves the story to
 * another place, and the crowd it names there is another crowd than the story's first one. Only crowd
 * mentions in such a clause move, and only when the city is neither the dateline's nor the one where the
 * first crowd was named. They join a second crowd already placed in that city ("A smaller group picketed the
 * consulate in Toronto ... In Toronto, officers escorted staff after protesters blocked the entrance"), else
 * a crowd of that city.
 */
function splitCrowdsByTopicCity(
  ctx: TokenContext,
  clusters: Map<string, Cluster>,
  items: Item[],
  hostCity: string | undefined,
  getCluster: (key: string, kind: EntityKind, start: number) => Cluster,
  attach: (item: Item, c: Cluster) => void,
): void {
  const crowd = clusters.get("protest");
  if (!crowd || crowd.items.length < 2) return;
  const topics = clauseTopics(ctx, items);
  const named = crowd.items.filter((it) => !it.cand.anaphor).sort((a, b) => a.start - b.start);
  const first = named[0];
  if (!first) return;
  const home = new Set([hostCity, topicAt(topics, first) ?? newCrowdCity(ctx, items, first)].filter((x): x is string => x !== undefined));
  const place = new Map<Item, string>();
  for (const it of named) {
    const city = topicAt(topics, it) ?? newCrowdCity(ctx, items, it);
    if (it !== first && city !== undefined && !home.has(city)) place.set(it, city);
  }
  const moving = [...place.keys()];
  if (moving.length === 0) return;
  crowd.items = crowd.items.filter((it) => !moving.includes(it));
  for (const item of moving) {
    const city = place.get(item)!;
    attach(item, placedSecondCrowd(clusters, items, city) ?? getCluster(`protest@${city}`, "Group", item.start));
  }
}

/**
 * "a mob in the Indian border city of Agartala": an indefinite crowd placed in a city right after its noun
 * is a new crowd of that city. Only indefinite mentions: "the protesters in Toronto" may be the story's crowd.
 */
function newCrowdCity(ctx: TokenContext, items: Item[], item: Item): string | undefined {
  const det = ctx.lower[item.cand.first - 1];
  if (det !== "a" && det !== "an" && !/^an?\s/iu.test(item.text)) return undefined;
  const k = item.cand.last;
  if (ctx.lower[k] !== "in") return undefined;
  const city = items.find((x) => x.cluster?.kind === "Location" && CITY_RULES.has(x.cand.rule) && x.cand.first > k && x.cand.first <= k + 6);
  if (!city || openingIn(ctx, city.cand.first) !== k) return undefined;
  return city.cluster!.key.replace(/^loc:/u, "");
}

/** A second crowd ("a smaller group", "a breakaway group") whose first sentence names the city after it: the crowd of that city. */
function placedSecondCrowd(clusters: Map<string, Cluster>, items: Item[], city: string): Cluster | undefined {
  const found: Cluster[] = [];
  for (const c of clusters.values()) {
    if (c.kind !== "Group" || (c.key !== "protest:second" && c.key !== "protest:breakaway") || c.items.length === 0) continue;
    const head = [...c.items].sort((a, b) => a.start - b.start)[0]!;
    const there = items.some((x) => x.sentence === head.sentence && x.start > head.end && x.cluster?.kind === "Location" && x.cluster.key === `loc:${city}`);
    if (there) found.push(c);
  }
  return found.length === 1 ? found[0] : undefined;
}

function labelOf(c: Cluster, lex: ReturnType<typeof lexicon>, surface: Set<string>): string {
  const named = c.items.filter((it) => !it.cand.anaphor && !it.cand.weak);
  const pool = named.length > 0 ? named : c.items;
  switch (c.kind) {
    case "State": {
      const st = c.code ? lex.states.states.get(c.code) : undefined;
      return st ? st.label : stripDeterminer(pool[0]?.text ?? c.key);
    }
    case "Embassy": {
      const st = c.code ? lex.states.states.get(c.code) : undefined;
      const heads = c.items.map((it) => it.text.toLowerCase());
      const noun = heads.some((h) => h.includes("high commission")) ? "High Commission" : heads.some((h) => h.includes("consulate")) && !heads.some((h) => h.includes("embassy")) ? "Consulate" : "Embassy";
      if (st && c.city) return `${noun} of ${stateNameInText(st)} in ${c.city}`;
      if (st) return `${noun} of ${stateNameInText(st)}`;
      if (c.city) return `${noun} in ${c.city}`;
      return stripDeterminer(pool[0]?.text ?? "embassy");
    }
    case "Person": {
      let best = "";
      for (const it of pool) {
        const name = stripPossessive(it.text);
        if (name.split(/\s+/u).length > best.split(/\s+/u).length || (best === "" && name)) best = name;
      }
      return best || c.key.slice(7);
    }
    case "Group": {
      let best: Item | undefined;
      for (const it of pool) {
        if (!best || (it.cand.specificity ?? 0) > (best.cand.specificity ?? 0)) best = it;
      }
      const label = stripDeterminer(best?.cand.core ?? best?.text ?? "group");
      // a crowd split off by place (splitCrowdsByTopicCity) says where: "protesters in Toronto"
      const place = c.key.startsWith("protest@") ? c.key.slice("protest@".length) : "";
      return place ? `${label} in ${place.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase())}` : label;
    }
    case "Organization": {
      const preset = pool.find((it) => it.cand.label)?.cand.label;
      const proper = pool.filter((it) => /\p{Lu}/u.test(it.text[0] ?? "") && !it.cand.rule.startsWith("org.police") && it.cand.rule !== "org.parliament");
      if (c.key === "police" || c.key.startsWith("police:")) {
        const named = proper.filter((it) => /Police|Yard|Gendarmerie/u.test(it.text));
        if (named.length > 0) return stripDeterminer(named.sort((a, b) => b.text.length - a.text.length)[0]!.text);
        // a foreign force keeps its qualifier ("Swedish police"), so two forces do not share a label
        if (c.key.startsWith("police:")) {
          const qualified = pool.filter((it) => it.cand.code && /\s/u.test(it.text)).sort((a, b) => a.start - b.start)[0];
          if (qualified) return stripDeterminer(qualified.text);
        }
        return "police";
      }
      const candidates = proper.length > 0 ? proper : pool;
      let best = candidates[0]?.text ?? c.key;
      for (const it of candidates) if (it.text.length > best.length) best = it.text;
      best = stripDeterminer(best);
      if (preset && surface.has(preset) === false && best.length <= preset.length) return preset;
      return best;
    }
    case "Location": {
      const preset = pool.find((it) => it.cand.label)?.cand.label;
      const proper = pool.map((it) => it.text).filter((t) => t !== t.toUpperCase());
      if (proper.length > 0) return stripDeterminer(proper[0]!);
      return preset ?? titleCase(pool[0]?.text ?? c.key.slice(4));
    }
    default:
      return pool[0]?.text ?? c.key;
  }
}
