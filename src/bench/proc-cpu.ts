// CPU time used by the processes a benchmark started (here: the browser), read from Linux's /proc.
// A frame rate on a shared machine depends on what else runs; CPU time per frame much less so.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface ProcStat {
  pid: number;
  ppid: number;
  /** User plus system time, in clock ticks. */
  ticks: number;
}

/**
 * Reads one /proc/PID/stat line. The command name, in parentheses, may hold spaces and
 * parentheses itself, so the fields are counted from the last ")".
 */
export function parseStat(line: string): ProcStat | null {
  const open = line.indexOf(" (");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  // after ")": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
  const fields = line.slice(close + 2).split(" ");
  const pid = Number(line.slice(0, open));
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isInteger(pid) && Number.isInteger(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : null;
}

/** Ticks used by the processes descending from `root` (not `root` itself), as far as they still run. */
export function descendantTicks(stats: readonly ProcStat[], root: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const s = stack.pop()!;
    total += s.ticks;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

let ticksPerSecond: number | undefined;

/**
 * CPU milliseconds used so far by this process's descendants (the browser it launched, with its
 * GPU and renderer processes), or null where there is no /proc.
 */
export function childrenCpuMs(): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  const stats: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // the process ended while being read
    }
  }
  return (descendantTicks(stats, process.pid) * 1000) / ticksPerSecond;
}
