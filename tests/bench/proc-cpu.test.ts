import { describe, expect, it } from "vitest";
import { descendantTicks, parseStat, type ProcStat } from "../../src/bench/proc-cpu.js";

describe("parseStat", () => {
  it("reads pid, parent and user+system ticks", () => {
    const line = "4242 (chromium) S 4200 4242 4242 0 -1 4194560 1200 0 0 0 350 25 0 0 20 0 12 0 998877 123456 789 18446744073709551615";
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 4200, ticks: 375 });
  });

  it("counts fields from the last parenthesis, whatever the command name holds", () => {
    const line = "77 (Web (Content) 2) R 76 77 77 0 -1 0 0 0 0 0 10 5 0 0 20 0 1 0 5 1 1";
    expect(parseStat(line)).toEqual({ pid: 77, ppid: 76, ticks: 15 });
  });

  it("gives null for what is not a stat line", () => {
    expect(parseStat("")).toBeNull();
    expect(parseStat("no parentheses here")).toBeNull();
  });
});

describe("descendantTicks", () => {
  const p = (pid: number, ppid: number, ticks: number): ProcStat => ({ pid, ppid, ticks });

  it("adds up children and their children, not the root nor other trees", () => {
    const stats = [p(1, 0, 1000), p(10, 1, 5), p(100, 10, 7), p(101, 10, 11), p(102, 100, 13), p(20, 1, 99), p(11, 10, 17)];
    expect(descendantTicks(stats, 10)).toBe(7 + 11 + 13 + 17);
    expect(descendantTicks(stats, 102)).toBe(0);
  });
});
