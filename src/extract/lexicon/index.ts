// All lexicon tables, built once on first use and shared by every extractor.
import { CITY_TABLE } from "./data/cities.js";
import { REGION_TABLE } from "./data/regions.js";
import { EMBASSY_ANAPHORS, EMBASSY_HEADS, type EmbassyHeadRule } from "./embassies.js";
import { GROUP_NOUNS, type GroupNounRule } from "./groups.js";
import { REGIONS } from "./locations.js";
import { NATIONAL_FORCES, type ForceEntry } from "./nameEvidence.js";
import { COMPANIES, INSTITUTIONS, KNOWN_BODIES, NEWS_OUTLETS, type InstitutionRule, type NamedEntry } from "./organizations.js";
import { KNOWN_PERSONS, TITLES, type TitleRule } from "./persons.js";
import { PhraseTable } from "./phrases.js";
import { stateLexicon, type StateLexicon } from "./states.js";

export interface CityInfo {
  name: string;
  /** ISO alpha-2 country. */
  cc: string;
  /** Population in thousands. */
  pop: number;
  capital: boolean;
}

export interface Lexicon {
  states: StateLexicon;
  /** Proper names of states -> alpha-3 code. */
  stateNames: PhraseTable<string>;
  /** Demonym adjectives -> code. */
  demonyms: PhraseTable<string>;
  cities: PhraseTable<CityInfo>;
  /** Regions and territories -> rule id. */
  regions: PhraseTable<string>;
  /** News outlets and known bodies. */
  bodies: PhraseTable<NamedEntry>;
  /** Unnamed institutions (lower-case phrases). */
  institutions: PhraseTable<InstitutionRule>;
  embassyHeads: PhraseTable<EmbassyHeadRule>;
  embassyAnaphors: PhraseTable<EmbassyHeadRule>;
  titles: PhraseTable<TitleRule>;
  /** People named by a title-like name -> rule id. */
  knownPersons: PhraseTable<string>;
  groupNouns: Map<string, GroupNounRule>;
  /** Named national police and gendarmerie forces. */
  forces: PhraseTable<ForceEntry>;
}

/** Rule id of regions from the generated subdivision table. */
export const SUBDIVISION_RULE = "loc.region.subdivision";

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const states = stateLexicon();
  const stateNames = new PhraseTable<string>();
  for (const [form, code] of states.nameForms) stateNames.add(form, code);
  const demonyms = new PhraseTable<string>();
  for (const [form, code] of states.demonymForms) demonyms.add(form, code);

  const cities = new PhraseTable<CityInfo>();
  for (const line of CITY_TABLE.split("\n")) {
    const [name, cc, pop, cap] = line.split("\t");
    if (!name || !cc) continue;
    cities.add(name, { name, cc, pop: Number(pop) || 0, capital: cap === "C" }, false);
  }
  const regions = new PhraseTable<string>();
  for (const r of REGIONS) for (const n of r.names) regions.add(n, r.id, false);
  // first-level subdivisions of every country (generated; the hand-written entries above win a tie)
  for (const line of REGION_TABLE.split("\n")) {
    const name = line.split("\t")[0];
    if (name) regions.add(name, SUBDIVISION_RULE, false);
  }

  const bodies = new PhraseTable<NamedEntry>();
  for (const e of [...NEWS_OUTLETS, ...KNOWN_BODIES]) {
    bodies.add(e.label, e);
    for (const n of e.names) bodies.add(n, e);
  }
  // each company is its own entry (the table groups them only to give one reason)
  for (const group of COMPANIES) {
    for (const n of group.names) bodies.add(n, { id: `${group.id}.${n.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, label: n, names: [], reason: group.reason }, true);
  }
  const institutions = new PhraseTable<InstitutionRule>();
  for (const r of INSTITUTIONS) for (const p of r.phrases) institutions.add(p, r, false);
  const embassyHeads = new PhraseTable<EmbassyHeadRule>();
  for (const r of EMBASSY_HEADS) for (const p of r.phrases) embassyHeads.add(p, r, false);
  const embassyAnaphors = new PhraseTable<EmbassyHeadRule>();
  for (const r of EMBASSY_ANAPHORS) for (const p of r.phrases) embassyAnaphors.add(p, r, false);
  const titles = new PhraseTable<TitleRule>();
  for (const t of TITLES) titles.add(t.words.join(" "), t, true);
  const knownPersons = new PhraseTable<string>();
  for (const k of KNOWN_PERSONS) for (const n of k.names) knownPersons.add(n, k.id, true);
  const groupNouns = new Map<string, GroupNounRule>();
  for (const g of GROUP_NOUNS) for (const n of g.nouns) groupNouns.set(n, g);

  // (matched in any case: English text also writes "the carabinieri")
  const forces = new PhraseTable<ForceEntry>();
  for (const f of NATIONAL_FORCES) for (const n of f.names) forces.add(n, f, false);

  cached = { states, stateNames, demonyms, cities, regions, bodies, institutions, embassyHeads, embassyAnaphors, titles, knownPersons, groupNouns, forces };
  return cached;
}

