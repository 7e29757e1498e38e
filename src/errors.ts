// Typed errors of the library. Messages start with the module that speaks and say what to do.
// The library throws these and never prints; the CLI maps them to messages and exit codes.

export class KgError extends Error {
  constructor(
    readonly module: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${module}: ${message}`, options);
    this.name = new.target.name;
  }
}

/** The user asked for something malformed (bad option, bad pattern, unknown format). Exit 2. */
export class UsageError extends KgError {}

/** An input could not be read or decoded. */
export class InputError extends KgError {
  constructor(
    module: string,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(module, `${file}: ${message}`, options);
  }
}

/** A graph file could not be loaded or has the wrong shape. */
export class GraphFormatError extends KgError {}

/** A query pattern could not be parsed; `position` is the 0-based character offset. */
export class PatternError extends KgError {
  constructor(
    readonly pattern: string,
    readonly position: number,
    readonly expected: string,
  ) {
    super(
      "news-kg/query",
      `at position ${position + 1}: expected ${expected}\n  ${pattern}\n  ${" ".repeat(position)}^`,
    );
  }
}

/** Nothing could be built from the inputs (all skipped or empty). Exit 1. */
export class NothingToBuildError extends KgError {}
