// The thin shell around the library: parse arguments, call the library, print, set the exit code.
import { Command, CommanderError } from "commander";
import { KgError, NothingToBuildError, PatternError, UsageError } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { VERSION } from "../version.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function createProgram(): Command {
  const program = new Command("kg")
    .description("Build a knowledge graph of actors and their relations from news articles.")
    .version(VERSION)
    .option("--debug", "show stack traces of errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Maps an error to a one-line message and an exit code. Stack traces only with --debug. */
export function reportError(error: unknown, debug: boolean, write: (line: string) => void): number {
  if (error instanceof CommanderError) {
    // commander already printed its message; help and version are not failures
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (debug && error instanceof Error) write(error.stack ?? error.message);
  else if (error instanceof Error) write(`kg: ${error.message}`);
  else write(`kg: ${String(error)}`);
  if (error instanceof UsageError || error instanceof PatternError) return EXIT_USAGE;
  if (error instanceof NothingToBuildError || error instanceof KgError) return EXIT_FAILED;
  if (!debug) write("kg: unexpected error; run again with --debug for details");
  return EXIT_FAILED;
}

export async function run(argv: string[]): Promise<number> {
  const program = createProgram();
  const debug = argv.includes("--debug");
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT_OK;
  } catch (error) {
    return reportError(error, debug, (line) => process.stderr.write(`${line}\n`));
  }
}
