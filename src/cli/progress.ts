// Renders the library's progress reports on stderr: a one-line bar on a terminal (articles done,
// words per second, time left), plain periodic lines elsewhere (CI logs, pipes), nothing when quiet;
// and a final summary line. The clock is injected so tests can drive it.

/** What the renderer needs of a progress report (the library's ProgressData fits). */
export interface ProgressReport {
  stage: string;
  done: number;
  total: number;
  words?: number;
  cached?: number;
}

export type ProgressMode = "tty" | "plain" | "quiet";

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Default: "tty" when the stream is a terminal, else "plain". */
  mode?: ProgressMode;
  /** Milliseconds; default performance.now. */
  now?: () => number;
  /** Plain mode: at most one line per this many milliseconds (default 2000). */
  plainInterval?: number;
  /** Terminal mode: at most one redraw per this many milliseconds (default 100). */
  ttyInterval?: number;
}

export function chooseMode(stream: ProgressStream, quiet: boolean): ProgressMode {
  if (quiet) return "quiet";
  return stream.isTTY === true ? "tty" : "plain";
}

const nf = new Intl.NumberFormat("en-US");

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  if (ms < 9_950) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return `${minutes}m${String(rest).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

interface StageClock {
  stage: string;
  started: number;
  last: ProgressReport;
  /** Time of the last report. */
  lastAt: number;
}

export class ProgressRenderer {
  readonly mode: ProgressMode;
  private readonly now: () => number;
  private readonly plainInterval: number;
  private readonly ttyInterval: number;
  private current: StageClock | undefined;
  /** When the next stage started: construction time, then the end of the previous stage. */
  private stageStart: number;
  private lastDraw = -Infinity;
  private barShown = false;
  private extractSummary: { done: number; cached: number; words: number; ms: number } | undefined;
  /** Durations of the stages after extraction, in the order they ran. */
  private readonly stageTimes: { stage: string; ms: number }[] = [];

  constructor(private readonly options: ProgressOptions) {
    this.mode = options.mode ?? chooseMode(options.stream, false);
    this.now = options.now ?? (() => performance.now());
    this.plainInterval = options.plainInterval ?? 2000;
    this.ttyInterval = options.ttyInterval ?? 100;
    this.stageStart = this.now();
  }

  /** The callback to hand to the library as onProgress. */
  readonly update = (report: ProgressReport): void => {
    if (this.mode === "quiet") return;
    const t = this.now();
    if (this.current === undefined || this.current.stage !== report.stage) {
      this.closeStage(t);
      this.current = { stage: report.stage, started: this.stageStart, last: report, lastAt: t };
      this.lastDraw = -Infinity;
    }
    this.current.last = report;
    this.current.lastAt = t;
    const complete = report.done >= report.total;
    if (report.total <= 1) {
      // a stage without a count: "started" (0 of 1), then "done" (1 of 1)
      if (this.mode === "tty") {
        if (complete) this.clearBar();
        else this.drawLine(`${report.stage}...`);
      } else if (complete && t - this.current.started >= this.plainInterval) {
        // in logs, only stages long enough to wonder about get a line of their own
        this.options.stream.write(`${report.stage}: done in ${formatDuration(t - this.current.started)}\n`);
      }
      return;
    }
    if (this.mode === "tty") {
      if (complete || t - this.lastDraw >= this.ttyInterval) {
        this.lastDraw = t;
        this.drawBar(report, t - this.current.started);
      }
    } else if (complete || t - this.lastDraw >= this.plainInterval) {
      // no line for the first report of a stage: rates are not meaningful yet
      if (this.lastDraw === -Infinity && !complete) {
        this.lastDraw = t;
        return;
      }
      this.lastDraw = t;
      this.options.stream.write(`${this.describe(report, t - this.current.started)}\n`);
    }
  };

  /** Ends the display: clears the bar and prints the summary line (nothing when quiet). */
  finish(extra?: string): void {
    if (this.mode === "quiet") return;
    this.closeStage(this.now());
    const parts: string[] = [];
    const s = this.extractSummary;
    if (s) {
      const rate = s.ms > 0 ? Math.round((s.words / s.ms) * 1000) : 0;
      parts.push(
        `${nf.format(s.done)} articles (${nf.format(s.cached)} from cache, ${nf.format(s.done - s.cached)} extracted), ` +
          `${nf.format(s.words)} words in ${formatDuration(s.ms)}, ${nf.format(rate)} words/s`,
      );
    }
    const after = this.stageTimes.filter((s) => s.stage !== "extract" && s.stage !== "ingest");
    if (after.length > 0) parts.push(after.map((s) => `${s.stage} ${formatDuration(s.ms)}`).join(", "));
    if (extra) parts.push(extra);
    if (parts.length > 0) this.options.stream.write(`${parts.join("; ")}\n`);
  }

  private closeStage(t: number): void {
    const c = this.current;
    if (c === undefined) return;
    this.clearBar();
    this.stageTimes.push({ stage: c.stage, ms: c.lastAt - c.started });
    if (c.stage === "extract") {
      this.extractSummary = { done: c.last.done, cached: c.last.cached ?? 0, words: c.last.words ?? 0, ms: c.lastAt - c.started };
    }
    this.current = undefined;
    this.stageStart = t;
  }

  private rates(report: ProgressReport, elapsed: number): { wordsPerSecond: number; left: number } {
    const seconds = elapsed / 1000;
    const wordsPerSecond = seconds > 0 ? (report.words ?? 0) / seconds : 0;
    const perArticle = report.done > 0 ? elapsed / report.done : NaN;
    return { wordsPerSecond, left: perArticle * (report.total - report.done) };
  }

  /** Plain-text status of a report, also the text part of the bar. */
  describe(report: ProgressReport, elapsed: number): string {
    const pct = report.total > 0 ? Math.floor((report.done / report.total) * 100) : 100;
    const { wordsPerSecond, left } = this.rates(report, elapsed);
    const parts = [`${report.stage}: ${nf.format(report.done)}/${nf.format(report.total)} (${pct}%)`];
    if (report.cached) parts.push(`${nf.format(report.cached)} cached`);
    if (report.words !== undefined) parts.push(`${nf.format(Math.round(wordsPerSecond))} words/s`);
    if (report.done < report.total) parts.push(`${formatDuration(left)} left`);
    return parts.join(", ");
  }

  private drawBar(report: ProgressReport, elapsed: number): void {
    const text = this.describe(report, elapsed);
    const columns = this.options.stream.columns || 80;
    const width = Math.max(10, Math.min(30, columns - text.length - 4));
    const filled = report.total > 0 ? Math.round((report.done / report.total) * width) : width;
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
    this.drawLine(`${bar} ${text}`);
  }

  private drawLine(text: string): void {
    const columns = this.options.stream.columns || 80;
    this.options.stream.write(`\r\u001b[K${text.slice(0, Math.max(1, columns - 1))}`);
    this.barShown = true;
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.options.stream.write("\r\u001b[K");
    this.barShown = false;
  }
}
