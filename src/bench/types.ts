// The contract between the benchmark harness (main.ts) and its suites (suites/*.ts).

export interface BenchOptions {
  /** Number of generated articles for this run. */
  articles: number;
  /** Seed of the article generator. */
  seed: number;
  /** Worker threads for extraction. */
  jobs: number;
  /** A directory holding the generated articles (`<n>.txt`), shared by all suites of this size. */
  corpusDir: string;
  /** Total words of the generated corpus. */
  corpusWords: number;
  /** A fresh scratch directory for this suite only. */
  workDir: string;
  /** Root of the package (where dist/ and package.json are). */
  root: string;
  /**
   * The CLI entry to run (`node <cli> build ...`): a private copy of dist/cli/main.js taken when the
   * benchmark started, so that rebuilding dist/ meanwhile cannot change or break a run.
   */
  cli: string;
}

/** A suite's measures, by name: numbers (shown with units in the name, e.g. "cold s") or text. */
export type BenchResult = Record<string, number | string>;

export interface BenchSuite {
  run(options: BenchOptions): Promise<BenchResult>;
}
