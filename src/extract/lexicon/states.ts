// Sovereign states: names, short forms, demonyms and capitals.
// Base data: the npm package `world-countries` (ODbL 1.0, Open Database License, by Mohammed Le Doze);
// the tables below add the forms news writing uses that the dataset lacks, each with a reason.
import { createRequire } from "node:module";
import type { Country } from "world-countries";

const require = createRequire(import.meta.url);

export interface StateInfo {
  /** ISO 3166-1 alpha-3 code. */
  code: string;
  /** Common English name ("Russia", "United Kingdom"). */
  label: string;
  /** Whether the name takes "the" in running text ("the United Kingdom"). */
  withThe: boolean;
  /** ISO alpha-2 code, to connect gazetteer cities to their state. */
  cca2: string;
  capital?: string;
}

interface StateAliasRule {
  id: string;
  code: string;
  names: string[];
  reason: string;
}

/** Extra names of states, beyond the dataset's common, official and alternative spellings. */
export const STATE_ALIASES: readonly StateAliasRule[] = [
  { id: "state.alias.usa", code: "USA", names: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"], reason: "short forms of the United States in news" },
  { id: "state.alias.gbr", code: "GBR", names: ["UK", "U.K.", "Britain", "Great Britain", "England"], reason: "Britain and the UK name the state; in foreign-policy news 'England' is used for the UK (\"Death to England\")" },
  { id: "state.alias.chn", code: "CHN", names: ["PRC", "People's Republic of China", "mainland China"], reason: "official and short forms of China" },
  { id: "state.alias.prk", code: "PRK", names: ["North Korea", "DPRK"], reason: "the common English name of the DPRK" },
  { id: "state.alias.kor", code: "KOR", names: ["South Korea", "ROK"], reason: "the common English name of the Republic of Korea" },
  { id: "state.alias.are", code: "ARE", names: ["UAE", "Emirates"], reason: "short forms of the United Arab Emirates" },
  { id: "state.alias.cod", code: "COD", names: ["DRC", "DR Congo", "Democratic Republic of Congo"], reason: "short forms of the DR Congo" },
  { id: "state.alias.mmr", code: "MMR", names: ["Burma"], reason: "older name of Myanmar still used by many outlets" },
  { id: "state.alias.civ", code: "CIV", names: ["Ivory Coast"], reason: "English name of Côte d'Ivoire" },
  { id: "state.alias.cze", code: "CZE", names: ["Czech Republic"], reason: "long-used name of Czechia" },
  { id: "state.alias.tur", code: "TUR", names: ["Turkey", "Türkiye"], reason: "both names are in use" },
  { id: "state.alias.mkd", code: "MKD", names: ["Macedonia"], reason: "short name used before 2019" },
  { id: "state.alias.vat", code: "VAT", names: ["Vatican", "Holy See"], reason: "the Holy See acts as the state" },
  { id: "state.alias.nld", code: "NLD", names: ["Holland"], reason: "informal name of the Netherlands" },
  { id: "state.alias.rus", code: "RUS", names: ["Russian Federation"], reason: "official name used in diplomatic statements" },
  { id: "state.alias.irn", code: "IRN", names: ["Islamic Republic"], reason: "news names Iran's state as the Islamic Republic" },
];

/** Demonyms the dataset lacks or that news uses as adjectives of the state. */
export const DEMONYM_ALIASES: readonly StateAliasRule[] = [
  { id: "demonym.usa", code: "USA", names: ["American", "U.S.", "US"], reason: "adjectival forms of the United States" },
  { id: "demonym.gbr", code: "GBR", names: ["British", "UK"], reason: "adjectival forms of the United Kingdom" },
  { id: "demonym.phl", code: "PHL", names: ["Philippine", "Filipino"], reason: "the adjective Philippine is more common than Filipino for the state" },
  { id: "demonym.nld", code: "NLD", names: ["Dutch"], reason: "adjective of the Netherlands" },
  { id: "demonym.prk", code: "PRK", names: ["North Korean"], reason: "the dataset gives only 'Korean'" },
  { id: "demonym.kor", code: "KOR", names: ["South Korean"], reason: "the dataset gives only 'Korean'" },
  { id: "demonym.ukr", code: "UKR", names: ["Ukrainian"], reason: "adjective of Ukraine" },
  { id: "demonym.cze", code: "CZE", names: ["Czech"], reason: "adjective of Czechia" },
  { id: "demonym.pse", code: "PSE", names: ["Palestinian"], reason: "adjective of Palestine" },
  { id: "demonym.twn", code: "TWN", names: ["Taiwanese"], reason: "adjective of Taiwan" },
];

/** Plural nouns for a state's people that are not the demonym plus "s". */
export const PEOPLE_NOUNS: readonly StateAliasRule[] = [
  { id: "people.srb", code: "SRB", names: ["Serbs"], reason: "people of Serbia" },
  { id: "people.hrv", code: "HRV", names: ["Croats"], reason: "people of Croatia" },
  { id: "people.tur", code: "TUR", names: ["Turks"], reason: "people of Turkey" },
  { id: "people.pol", code: "POL", names: ["Poles"], reason: "people of Poland" },
  { id: "people.swe", code: "SWE", names: ["Swedes"], reason: "people of Sweden" },
  { id: "people.dnk", code: "DNK", names: ["Danes"], reason: "people of Denmark" },
  { id: "people.fin", code: "FIN", names: ["Finns"], reason: "people of Finland" },
  { id: "people.gbr", code: "GBR", names: ["Britons", "Brits"], reason: "people of the United Kingdom" },
  { id: "people.phl", code: "PHL", names: ["Filipinos"], reason: "people of the Philippines" },
  { id: "people.chn", code: "CHN", names: ["Chinese"], reason: "plural equals the adjective" },
  { id: "people.jpn", code: "JPN", names: ["Japanese"], reason: "plural equals the adjective" },
];

/** Capitals known under another form than the dataset's, for capital-as-state metonymy. */
export const CAPITAL_ALIASES: readonly StateAliasRule[] = [
  { id: "capital.usa", code: "USA", names: ["Washington"], reason: "Washington stands for the US government ('Washington said')" },
  { id: "capital.ukr", code: "UKR", names: ["Kiev"], reason: "older spelling of Kyiv" },
  { id: "capital.ind", code: "IND", names: ["New Delhi", "Delhi"], reason: "the seat of the Indian government" },
  { id: "capital.isr", code: "ISR", names: ["Jerusalem", "Tel Aviv"], reason: "both are used for the Israeli government in news" },
  { id: "capital.kaz", code: "KAZ", names: ["Astana", "Nur-Sultan"], reason: "Kazakhstan's capital, named Nur-Sultan from 2019 to 2022" },
  { id: "capital.mmr", code: "MMR", names: ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"], reason: "Myanmar's capital since 2005, standing for the junta" },
];

/**
 * Seats of government that news uses only for the government itself, never as a mere place where
 * something happens ("the Kremlin said", "opponents of the Kremlin", "Kremlin spokesman").
 */
export const SEATS_OF_GOVERNMENT: readonly StateAliasRule[] = [
  { id: "seat.rus", code: "RUS", names: ["Kremlin"], reason: "the Kremlin stands for the Russian government" },
  { id: "seat.fra", code: "FRA", names: ["Elysee", "Élysée"], reason: "the Élysée stands for the French presidency" },
  { id: "seat.chn", code: "CHN", names: ["Zhongnanhai"], reason: "Zhongnanhai stands for the Chinese leadership" },
];

/** English labels preferred over the dataset's common name, by code. */
export const LABEL_OVERRIDES: readonly { id: string; code: string; label: string; reason: string }[] = [
  { id: "state.label.tur", code: "TUR", label: "Turkey", reason: "the English name most news and readers use; Türkiye stays an alias" },
  { id: "state.label.cze", code: "CZE", label: "Czech Republic", reason: "the name most news uses" },
];

/** Two- and three-letter codes that are safe to read as state names in running text. */
const SAFE_CODES = new Set(["US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK", "DRC"]);
/** Dependent territories treated as states because news treats them as political actors. */
const EXTRA_STATES = new Set(["UNK", "XKX", "PSE", "TWN"]);
const THE_NAMES = new Set(["Philippines", "Netherlands", "Bahamas", "Gambia", "Maldives", "Comoros", "Vatican City"]);

function takesThe(name: string): boolean {
  return THE_NAMES.has(name) || name.startsWith("United ") || / (Islands|Republic|Emirates|Kingdom|States)$/.test(name);
}

export interface StateLexicon {
  states: Map<string, StateInfo>;
  /** Lower-cased name -> code. */
  names: Map<string, string>;
  /** Lower-cased demonym adjective -> code. */
  demonyms: Map<string, string>;
  /** Lower-cased plural people noun -> code ("egyptians", "serbs"). */
  peoples: Map<string, string>;
  /** Lower-cased capital -> code. */
  capitals: Map<string, string>;
  /** Lower-cased seat of government -> code (also in `capitals`). */
  seats: Map<string, string>;
  /** ISO alpha-2 -> alpha-3. */
  byAlpha2: Map<string, string>;
  /** Surface forms as written, with their codes: names and demonyms. */
  nameForms: [string, string][];
  demonymForms: [string, string][];
}

let cached: StateLexicon | undefined;

/** The state lexicon, built once from world-countries and the alias tables. */
export function stateLexicon(): StateLexicon {
  if (cached) return cached;
  const states = new Map<string, StateInfo>();
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const peoples = new Map<string, string>();
  const capitals = new Map<string, string>();
  const byAlpha2 = new Map<string, string>();
  const nameForms: [string, string][] = [];
  const demonymForms: [string, string][] = [];
  const countries = require("world-countries/countries.json") as Country[];
  const list = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || (a.cca3 < b.cca3 ? -1 : 1));
  for (const c of list) {
    if (!c.independent && !c.unMember && !EXTRA_STATES.has(c.cca3)) continue;
    const label = LABEL_OVERRIDES.find((o) => o.code === c.cca3)?.label ?? c.name.common;
    const info: StateInfo = { code: c.cca3, label, withThe: takesThe(label), cca2: c.cca2 };
    if (c.capital?.[0]) info.capital = c.capital[0];
    states.set(c.cca3, info);
    byAlpha2.set(c.cca2, c.cca3);
    const add = (map: Map<string, string>, form: string | undefined) => {
      if (!form) return;
      const key = form.toLowerCase();
      if (!map.has(key)) map.set(key, c.cca3);
      if (map === names) nameForms.push([form, c.cca3]);
      else if (map === demonyms) demonymForms.push([form, c.cca3]);
    };
    add(names, label);
    add(names, c.name.common);
    add(names, c.name.official);
    const dem = c.demonyms?.eng?.m;
    for (const alt of c.altSpellings ?? []) {
      if (alt.length <= 4 && alt === alt.toUpperCase() && !SAFE_CODES.has(alt)) continue;
      // "Thai" is listed as a spelling of Thailand but is its demonym
      if (alt === dem || alt === c.demonyms?.eng?.f) continue;
      add(names, alt);
    }
    if (dem && !/ Islander$/.test(dem)) {
      add(demonyms, dem);
      // "Ecuadorean" and "Ecuadorian" are both in use
      if (/ean$/u.test(dem)) add(demonyms, dem.replace(/ean$/u, "ian"));
      if (c.demonyms?.eng?.f && c.demonyms.eng.f !== dem) add(demonyms, c.demonyms.eng.f);
      if (!/(ese|ss|sh|ch|s)$/.test(dem)) add(peoples, `${dem}s`);
    }
    if (info.capital) add(capitals, info.capital);
  }
  for (const rule of STATE_ALIASES) for (const n of rule.names) {
    names.set(n.toLowerCase(), rule.code);
    nameForms.push([n, rule.code]);
  }
  for (const rule of DEMONYM_ALIASES) for (const n of rule.names) {
    demonyms.set(n.toLowerCase(), rule.code);
    demonymForms.push([n, rule.code]);
  }
  for (const rule of PEOPLE_NOUNS) for (const n of rule.names) peoples.set(n.toLowerCase(), rule.code);
  for (const rule of CAPITAL_ALIASES) for (const n of rule.names) capitals.set(n.toLowerCase(), rule.code);
  const seats = new Map<string, string>();
  for (const rule of SEATS_OF_GOVERNMENT) for (const n of rule.names) {
    seats.set(n.toLowerCase(), rule.code);
    capitals.set(n.toLowerCase(), rule.code);
  }
  // ambiguous demonyms: "Korean", "Congolese", "Dominican" name no single state
  const ambiguous = new Set(["korean", "congolese", "dominican", "guinean", "virgin islander"]);
  for (const amb of ambiguous) demonyms.delete(amb);
  const keptDemonyms = demonymForms.filter(([form]) => !ambiguous.has(form.toLowerCase()));
  cached = { states, names, demonyms, peoples, capitals, seats, byAlpha2, nameForms, demonymForms: keptDemonyms };
  return cached;
}

/** "the United Kingdom" / "Russia": the name as it reads after "Embassy of". */
export function stateNameInText(info: StateInfo): string {
  return info.withThe ? `the ${info.label}` : info.label;
}
