// A fingerprint of all lexicon tables, part of the extractor's version: when a table changes, cached
// extractions made with the old tables are not reused.
import { ABBREVIATION_GROUPS } from "../text/abbreviations.js";
import { CLUTTER_RULES } from "../text/clutter.js";
import { CITY_TABLE } from "./data/cities.js";
import { REGION_TABLE } from "./data/regions.js";
import { EMBASSY_ANAPHORS, EMBASSY_HEADS } from "./embassies.js";
import { ARMED_WHEN_NAMED, CASUALTY_PASSIVES, CATEGORY_FRAMES, GROUP_NOUNS, IDENTITY_LINKS, PEOPLE_NOUNS, POPULATION_COUNTS, QUANTIFIERS } from "./groups.js";
import { AREA_HEADS, FACILITY_HEADS, FINAL_LOCATION_HEADS, LOCATION_HEADS, NOT_SITE_STATIONS, LOCATION_PREFIXES, MISC_HEADS, REGIONS, STATE_NAMED_PLACE_HEADS } from "./locations.js";
import { ARMED_MEMBER_NOUNS, FOREIGN_ORG_FINAL, FOREIGN_ORG_INITIAL, LEGISLATURE_NAMES, NATIONAL_FORCES, FORCE_MEMBER_NOUNS, PERSON_CAPS_TITLES, STREET_PREFIXES, STREET_SUFFIXES } from "./nameEvidence.js";
import { COMPANIES, INSTITUTIONS, KNOWN_BODIES, MILITARY_UNIT_HEADS, NEWS_OUTLETS, ORG_APPOSITIVES, ORG_DESCRIPTORS, ORG_HEADS, ORG_PREFIXES } from "./organizations.js";
import { KNOWN_PERSONS, ROLE_NOUNS, STATE_LEADER_TITLE_IDS, TITLES } from "./persons.js";
import { CAPITAL_ALIASES, DEMONYM_ALIASES, LABEL_OVERRIDES, PEOPLE_NOUNS as PEOPLE_OF_STATES, SEATS_OF_GOVERNMENT, STATE_ALIASES } from "./states.js";

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

let cached: string | undefined;

export function lexiconFingerprint(): string {
  if (cached) return cached;
  const sets = (s: ReadonlySet<string>) => [...s].sort();
  const tables = JSON.stringify([
    ABBREVIATION_GROUPS, CLUTTER_RULES.map((r) => [r.id, String(r.pattern), r.tail === true, r.list === true]), EMBASSY_HEADS, EMBASSY_ANAPHORS,
    GROUP_NOUNS, sets(ARMED_WHEN_NAMED), CATEGORY_FRAMES, IDENTITY_LINKS, sets(CASUALTY_PASSIVES), sets(POPULATION_COUNTS), sets(PEOPLE_NOUNS), sets(QUANTIFIERS), sets(LOCATION_HEADS), sets(LOCATION_PREFIXES), sets(MISC_HEADS), REGIONS, sets(FACILITY_HEADS), sets(AREA_HEADS), sets(FINAL_LOCATION_HEADS), sets(NOT_SITE_STATIONS),
    COMPANIES, INSTITUTIONS, KNOWN_BODIES, NEWS_OUTLETS, ORG_DESCRIPTORS, sets(ORG_HEADS), sets(ORG_PREFIXES), KNOWN_PERSONS,
    sets(STATE_NAMED_PLACE_HEADS), sets(MILITARY_UNIT_HEADS), sets(ORG_APPOSITIVES), STREET_PREFIXES, String(STREET_SUFFIXES.pattern), FOREIGN_ORG_INITIAL,
    FOREIGN_ORG_FINAL, ARMED_MEMBER_NOUNS, sets(PERSON_CAPS_TITLES), LEGISLATURE_NAMES, NATIONAL_FORCES, sets(FORCE_MEMBER_NOUNS),
    sets(ROLE_NOUNS), TITLES, sets(STATE_LEADER_TITLE_IDS), CAPITAL_ALIASES, SEATS_OF_GOVERNMENT, DEMONYM_ALIASES, LABEL_OVERRIDES, PEOPLE_OF_STATES, STATE_ALIASES,
  ]);
  cached = (fnv32(REGION_TABLE, fnv32(CITY_TABLE, fnv32(tables))) >>> 0).toString(16).padStart(8, "0");
  return cached;
}
