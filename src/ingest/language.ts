// Is this article English? A stop-word test: running English prose is 35-50% function words,
// other languages' prose 0-10% (a few words such as "a", "in", "no" are shared). Each list is data.

export interface LanguageProfile {
  code: string;
  name: string;
  /** Frequent function words, lower case. */
  words: readonly string[];
  reason: string;
}

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [
  {
    code: "en", name: "English", reason: "the language the extraction rules are written for",
    words: ["the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "his", "her", "it", "its", "an", "were", "are", "which", "this", "be", "has", "had", "have", "not", "but", "they", "their", "who", "said", "he", "she", "after", "been", "would", "will", "into", "than", "more", "about", "over", "also", "some", "them", "there", "when", "up", "out", "we", "our", "or", "one", "all", "did", "could"],
  },
  { code: "fr", name: "French", reason: "named in the warning", words: ["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui", "sur", "au", "aux", "pas", "par", "avec", "ce", "cette", "sont", "ont", "été", "mais", "ils", "elle"] },
  { code: "es", name: "Spanish", reason: "named in the warning", words: ["el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "han", "este", "esta"] },
  { code: "de", name: "German", reason: "named in the warning", words: ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "von", "mit", "zu", "sich", "auf", "für", "im", "auch", "es", "sie", "wurde", "wird", "bei", "nach", "aus", "sind"] },
  { code: "it", name: "Italian", reason: "named in the warning", words: ["il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "è", "un", "una", "per", "con", "non", "sono", "da", "nel", "nella", "si", "ha", "anche", "dei", "alla"] },
  { code: "pt", name: "Portuguese", reason: "named in the warning", words: ["o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na", "um", "uma", "para", "com", "não", "por", "se", "foi", "mais", "pelo", "pela", "são"] },
  { code: "nl", name: "Dutch", reason: "named in the warning", words: ["de", "het", "een", "en", "van", "is", "dat", "die", "niet", "op", "te", "zijn", "voor", "met", "ook", "maar", "werd", "wordt", "bij", "naar", "uit", "er"] },
  { code: "id", name: "Indonesian/Malay", reason: "named in the warning", words: ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "dalam", "adalah", "ke", "oleh", "juga", "sudah", "mereka", "kami"] },
  { code: "tr", name: "Turkish", reason: "named in the warning", words: ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "olan", "kadar", "sonra", "göre", "değil"] },
  { code: "tl", name: "Tagalog", reason: "named in the warning", words: ["ang", "ng", "mga", "sa", "na", "ay", "at", "si", "ni", "kay", "hindi", "ito", "para", "nang"] },
];

/** Writing systems other than Latin, named in the warning. */
export const SCRIPTS: readonly { name: string; pattern: RegExp }[] = [
  { name: "Cyrillic", pattern: /\p{Script=Cyrillic}/u },
  { name: "Arabic", pattern: /\p{Script=Arabic}/u },
  { name: "Hebrew", pattern: /\p{Script=Hebrew}/u },
  { name: "Greek", pattern: /\p{Script=Greek}/u },
  { name: "Chinese", pattern: /\p{Script=Han}/u },
  { name: "Japanese", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { name: "Korean", pattern: /\p{Script=Hangul}/u },
  { name: "Devanagari", pattern: /\p{Script=Devanagari}/u },
  { name: "Thai", pattern: /\p{Script=Thai}/u },
  { name: "Georgian", pattern: /\p{Script=Georgian}/u },
  { name: "Armenian", pattern: /\p{Script=Armenian}/u },
  { name: "Persian/Urdu", pattern: /[\u06A9\u06AF\u06CC\u067E\u0686\u0698]/u },
];

/** Below this many words the test says "und" (undetermined) and the article is kept. */
export const MIN_WORDS = 25;
/** English if at least this share of words are English function words. */
export const MIN_ENGLISH_SHARE = 0.15;
/** Words sampled: enough for a stable share, and linear cost however large the text. */
const SAMPLE_CHARS = 20_000;

export interface LanguageGuess {
  /** "en", another profile's code, "und" when too short, or "other". */
  code: string;
  /** Human-readable name for the warning ("French", "Cyrillic script"). */
  name: string;
  /** Share of English function words among the words sampled. */
  englishShare: number;
}

const EN = new Set(LANGUAGE_PROFILES[0]!.words);

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const latin = sample.match(/\p{Script=Latin}[\p{Script=Latin}\p{M}'’]*/gu) ?? [];
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latinLetters = latin.reduce((n, w) => n + w.length, 0);
  // Mostly another script: name it.
  if (letters >= 60 && latinLetters < letters / 2) {
    const counts = SCRIPTS.map((s) => ({ s, n: countMatches(sample, s.pattern) })).sort((a, b) => b.n - a.n);
    const top = counts[0];
    return { code: "other", name: top && top.n > 0 ? `${top.s.name} script` : "a non-Latin script", englishShare: 0 };
  }
  const words = latin.map((w) => w.toLowerCase());
  if (words.length < MIN_WORDS) return { code: "und", name: "undetermined", englishShare: 0 };
  const englishShare = words.filter((w) => EN.has(w)).length / words.length;
  if (englishShare >= MIN_ENGLISH_SHARE) return { code: "en", name: "English", englishShare };
  let best: LanguageProfile | undefined;
  let bestShare = 0;
  for (const profile of LANGUAGE_PROFILES.slice(1)) {
    const set = new Set(profile.words);
    const share = words.filter((w) => set.has(w)).length / words.length;
    if (share > bestShare) {
      best = profile;
      bestShare = share;
    }
  }
  if (best && bestShare >= MIN_ENGLISH_SHARE) return { code: best.code, name: best.name, englishShare };
  return { code: "other", name: "not English", englishShare };
}

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  for (const ch of text) if (pattern.test(ch)) n++;
  return n;
}
