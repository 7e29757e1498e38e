// Seeded generator of news-like articles for the benchmark: same seed and count, same articles.
// Actors are drawn with a skewed distribution from shared pools, so that a few recur in many
// articles (as in a month of real coverage) and many appear only a few times.
import {
  AGENCIES,
  ARREST_SENTENCES,
  COUNTRIES,
  CROWDS,
  FILLER_SENTENCES,
  FIRST_NAMES,
  GRIEVANCES,
  ORGANIZATIONS,
  OTHER_SENTENCES,
  PLACES,
  PROTECT_SENTENCES,
  PROTEST_SENTENCES,
  REPORT_SENTENCES,
  SURNAMES,
  TITLES,
  WEEKDAYS,
  type BenchCountry,
} from "./lexicon.js";
import { countWords } from "../util/text.js";
import { mulberry32 } from "../util/random.js";

export { mulberry32 };

type Rng = () => number;

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** Index in [0, n) with a Zipf-like skew: low indices are much more frequent. */
function skewed(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(n * rng() ** 2.5));
}

export interface GeneratedArticle {
  /** File name, e.g. "00042.txt". */
  name: string;
  text: string;
  words: number;
}

export interface GeneratorOptions {
  seed?: number;
  /** Approximate words per article (default 500). */
  words?: number;
}

/** A pool of people shared by all articles; a person keeps their nationality. */
function makePeople(rng: Rng, count: number): { name: string; surname: string; country: BenchCountry }[] {
  const seen = new Set<string>();
  const people: { name: string; surname: string; country: BenchCountry }[] = [];
  while (people.length < count) {
    const surname = pick(rng, SURNAMES);
    const name = `${pick(rng, FIRST_NAMES)} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, surname, country: pick(rng, COUNTRIES) });
  }
  return people;
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? slot);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { countWords };

/** Generates article number `index` of the stream for `seed`; independent of other indices. */
export function generateArticle(index: number, options: GeneratorOptions = {}): GeneratedArticle {
  const seed = options.seed ?? 42;
  const target = options.words ?? 500;
  const people = makePeopleCached(seed);
  const rng = mulberry32((seed * 1_000_003 + index * 7919) >>> 0);

  const target_ = COUNTRIES[skewed(rng, COUNTRIES.length)]!;
  let host = COUNTRIES[skewed(rng, COUNTRIES.length)]!;
  if (host === target_) host = COUNTRIES[(COUNTRIES.indexOf(target_) + 1) % COUNTRIES.length]!;
  const person = people[skewed(rng, people.length)]!;
  const agency = AGENCIES[skewed(rng, AGENCIES.length)]!;
  const org = ORGANIZATIONS[skewed(rng, ORGANIZATIONS.length)]!;
  const crowdNoun = pick(rng, CROWDS);
  const crowd = rng() < 0.5 ? `${host.demonym} ${crowdNoun}` : crowdNoun;
  const slots = (): Record<string, string> => ({
    crowd,
    Dem: target_.demonym,
    State: target_.name,
    City: host.capital,
    Host: host.name,
    Agency: rng() < 0.8 ? agency : pick(rng, AGENCIES),
    Org: org,
    Person: rng() < 0.85 ? person.name : people[skewed(rng, people.length)]!.name,
    Surname: person.surname,
    Title: pick(rng, TITLES),
    Place: pick(rng, PLACES),
    Grievance: pick(rng, GRIEVANCES),
    Day: pick(rng, WEEKDAYS),
    N: String(2 + Math.floor(rng() * 60)),
  });

  const title = `${capitalize(crowd)} rally against ${target_.name} in ${host.capital}`;
  const day = 1 + Math.floor(rng() * 28);
  const month = 1 + Math.floor(rng() * 12);
  const date = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const paragraphs: string[] = [];
  let words = countWords(title);
  const groups = [PROTEST_SENTENCES, PROTECT_SENTENCES, ARREST_SENTENCES, REPORT_SENTENCES, OTHER_SENTENCES];
  const used = new Set<string>();
  while (words < target) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(rng() * 3);
    for (let i = 0; i < length; i++) {
      let sentence = "";
      // avoid repeating a sentence word for word within one article (a few tries, then accept)
      for (let attempt = 0; attempt < 4 && (sentence === "" || used.has(sentence)); attempt++) {
        const relational = rng() < 0.45;
        const template = relational ? pick(rng, pick(rng, groups)) : pick(rng, FILLER_SENTENCES);
        sentence = capitalize(fill(template, slots()));
      }
      used.add(sentence);
      sentences.push(sentence);
      words += countWords(sentence);
    }
    paragraphs.push(sentences.join(" "));
  }
  const text = `date ${date}\n${title}\n\n${paragraphs.join("\n\n")}\n`;
  return { name: `${String(index).padStart(6, "0")}.txt`, text, words: countWords(text) };
}

const peopleCache = new Map<number, ReturnType<typeof makePeople>>();
function makePeopleCached(seed: number): ReturnType<typeof makePeople> {
  let people = peopleCache.get(seed);
  if (people === undefined) {
    people = makePeople(mulberry32(seed), 400);
    peopleCache.set(seed, people);
  }
  return people;
}

/** The articles 0..count-1 of the stream for `seed`. */
export function* generateArticles(count: number, options: GeneratorOptions = {}): Generator<GeneratedArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(i, options);
}
