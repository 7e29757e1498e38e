import { describe, expect, it } from "vitest";
import { isDateLine, parseDate } from "../../src/ingest/dates.js";
import { extractMetaLines } from "../../src/ingest/metadata.js";

describe("extractMetaLines", () => {
  it("lifts a scraper's leading ' date YYYY-MM-DD fbpx' line into the metadata", () => {
    const r = extractMetaLines(" date 2019-11-02 fbpx\nCrowd gathers outside consulate\n\nText.");
    expect(r.meta).toEqual({ date: "2019-11-02" });
    expect(r.text).toBe("Crowd gathers outside consulate\n\nText.");
    expect(r.lines).toBe(1);
  });

  it("reads several key: value lines, ignoring scraper fields", () => {
    const r = extractMetaLines("source: Harbour Times\nurl: https://example.org/a\nDate: 7 June 2021\nlanguage: en\n\nHeadline here\nBody.");
    expect(r.meta).toEqual({ source: "Harbour Times", date: "2021-06-07", language: "en" });
    expect(r.text).toBe("Headline here\nBody.");
  });

  it("reads YAML front matter", () => {
    const r = extractMetaLines("---\ntitle: \"Students rally\"\ndate: 2021-06-07\ntags:\n  - a\n---\nBody text.");
    expect(r.meta).toEqual({ title: "Students rally", date: "2021-06-07" });
    expect(r.text).toBe("Body text.");
  });

  it("leaves headlines that start with a key word as text", () => {
    for (const text of ["Date set for embassy talks\nBody.", "Source of leak found, ministry says\nBody.", "title fight ends in Manila\nBody.", "date night turns to protest\nBody."]) {
      expect(extractMetaLines(text)).toEqual({ text, meta: {}, lines: 0 });
    }
  });
});

describe("dates", () => {
  it.each([
    ["2014-04-23T15:10:00+08:00", "2014-04-23"],
    ["April 23, 2014", "2014-04-23"],
    ["Sept. 15, 2012", "2012-09-15"],
    ["Tuesday, 29 November 2011 | 21:40", "2011-11-29"],
    ["3rd March 2020", "2020-03-03"],
    ["2020/3/9", "2020-03-09"],
  ])("parses %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it("reads numeric dates only when day and month cannot be confused", () => {
    expect(parseDate("Last Modified: Mon, 23/05/2020 - 14:20")).toBe("2020-05-23");
    expect(parseDate("5/23/2020")).toBe("2020-05-23");
    expect(parseDate("05/03/2020")).toBeUndefined();
    expect(isDateLine("Last Modified: Mon, 05/03/2020 - 14:20")).toBe(true);
  });

  it("rejects impossible or missing dates", () => {
    expect(parseDate("2014-13-40")).toBeUndefined();
    expect(parseDate("On March 4, a group rallied")).toBeUndefined();
  });

  it("tells date-only lines from prose containing a date", () => {
    expect(isDateLine("Updated: Sept 15, 2012 10:40 a.m. GMT")).toBe(true);
    expect(isDateLine("Monday, 7 June 2021 | 09:30")).toBe(true);
    expect(isDateLine("Police said on June 7, 2021 that the march was banned.")).toBe(false);
  });
});
