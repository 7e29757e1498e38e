import { describe, expect, it } from "vitest";
import { chooseMode, formatDuration, ProgressRenderer, type ProgressStream } from "../../src/cli/progress.js";

function stream(isTTY: boolean): ProgressStream & { out: string } {
  const s = {
    out: "",
    isTTY,
    columns: 100,
    write(chunk: string) {
      s.out += chunk;
      return true;
    },
  };
  return s;
}

/** Feeds 100 extract reports, one every 50 ms of a fake clock, 500 words each, 20 from cache. */
function drive(renderer: ProgressRenderer, clock: { t: number }): void {
  for (let done = 1; done <= 100; done++) {
    clock.t += 50;
    renderer.update({ stage: "extract", done, total: 100, words: done * 500, cached: Math.min(done, 20) });
  }
  renderer.update({ stage: "resolve", done: 0, total: 1, words: 0 });
  clock.t += 10;
  renderer.update({ stage: "resolve", done: 1, total: 1, words: 0 });
  renderer.update({ stage: "layout", done: 0, total: 1, words: 0 });
  clock.t += 2000;
  renderer.update({ stage: "layout", done: 1, total: 1, words: 0 });
  renderer.finish("graph written to out/");
}

describe("progress rendering", () => {
  it("chooses the mode from the stream and --quiet", () => {
    expect(chooseMode(stream(true), false)).toBe("tty");
    expect(chooseMode(stream(false), false)).toBe("plain");
    expect(chooseMode(stream(true), true)).toBe("quiet");
  });

  it("draws a bar with articles, words/s and time left on a terminal, then a summary", () => {
    const s = stream(true);
    const clock = { t: 0 };
    drive(new ProgressRenderer({ stream: s, now: () => clock.t }), clock);
    expect(s.out).toContain("\r\u001b[K[");
    expect(s.out).toMatch(/extract: 51\/100 \(51%\), 20 cached, 10,000 words\/s, 2\.\ds left/);
    // the bar is redrawn at most every 100 ms: 100 reports 50 ms apart give about 50 draws
    const draws = s.out.split("\r\u001b[K[").length - 1;
    expect(draws).toBeGreaterThan(40);
    expect(draws).toBeLessThan(60);
    const lastLine = s.out.split(/\n|\r\u001b\[K/).filter(Boolean).pop()!;
    expect(lastLine).toContain("100 articles (20 from cache, 80 extracted), 50,000 words in 5.0s, 10,000 words/s");
    expect(lastLine).toContain("layout 2.0s; graph written to out/");
    // a stage without a count shows its name while it runs
    expect(s.out).toContain("\r\u001b[Klayout...");
  });

  it("prints plain periodic lines without control characters when not on a terminal", () => {
    const s = stream(false);
    const clock = { t: 0 };
    drive(new ProgressRenderer({ stream: s, now: () => clock.t, plainInterval: 1000 }), clock);
    expect(s.out).not.toMatch(/[\r\u001b]/);
    const lines = s.out.trim().split("\n");
    // about one line per second over 5 s, plus the 100% lines of each stage and the summary
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(9);
    expect(lines).toContain("extract: 100/100 (100%), 20 cached, 10,000 words/s");
    expect(lines).toContain("layout: done in 2.0s");
    expect(s.out).not.toContain("resolve: done"); // too short to deserve its own line
    expect(lines[lines.length - 1]).toContain("resolve 0.0s, layout 2.0s");
    expect(lines[lines.length - 1]).toMatch(/^100 articles \(20 from cache/);
  });

  it("draws a full line when the terminal does not report its width", () => {
    const s = stream(true);
    s.columns = 0;
    const clock = { t: 0 };
    drive(new ProgressRenderer({ stream: s, now: () => clock.t }), clock);
    expect(s.out).toMatch(/\r\u001b\[K\[#+-*\] extract: \d+\/100/);
  });

  it("prints nothing at all when quiet", () => {
    const s = stream(true);
    const clock = { t: 0 };
    drive(new ProgressRenderer({ stream: s, mode: "quiet", now: () => clock.t }), clock);
    expect(s.out).toBe("");
  });

  it("formats durations", () => {
    expect(formatDuration(4_400)).toBe("4.4s");
    expect(formatDuration(12_400)).toBe("12s");
    expect(formatDuration(125_000)).toBe("2m05s");
    expect(formatDuration(3_780_000)).toBe("1h03m");
    expect(formatDuration(Number.NaN)).toBe("?");
  });
});
