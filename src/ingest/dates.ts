// Reads publication dates written the ways news pages write them; returns ISO "YYYY-MM-DD".

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const SLASHED_YMD = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
/** 05/03/2020 or 5.3.2020: day and month order is known only when one of them exceeds 12. */
const NUMERIC_DMY = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");

/** Every token a line made only of a date and time may hold, besides the date itself. */
const DATE_WORDS = new RegExp(
  `^(?:${MONTH}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|` +
    `\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?::\\d{2})?|[ap]\\.?m\\.?|gmt|utc|[a-z]{1,2}t|` +
    `updated|published|posted|last|modified|on|at|date|min|mins|minutes?|read|reading|time|[|,/·•–—:-]+|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+(?:z|[+-][\\d:]+)?)?)$`,
  "i",
);

export function parseDate(text: string): string | undefined {
  const s = text.length > 200 ? text.slice(0, 200) : text;
  let m = ISO.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = SLASHED_YMD.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = NUMERIC_DMY.exec(s);
  if (m) {
    const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (a > 12 && b <= 12) return ymd(y, b, a);
    if (b > 12 && a <= 12) return ymd(y, a, b);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  return undefined;
}

/** Whether a line holds nothing but a date and time ("Tuesday, 29 November 2011 | 21:40"). */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || (parseDate(line) === undefined && !NUMERIC_DMY.test(line))) return false;
  const tokens = line.split(/\s+|(?<=,)/).filter((t) => t !== "" && t !== ",");
  return tokens.every((t) => DATE_WORDS.test(t.length > 1 ? t.replace(/[,:]$/, "") : t));
}

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
