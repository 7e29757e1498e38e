// kg merge: the reduce step after `kg extract --jsonl`. Reads JSON-lines files of per-article
// extractions (possibly produced on many machines), merges them across documents, lays the graph
// out and writes the same files as `kg build`.
import fs from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InputError, NothingToBuildError, UsageError } from "../../errors.js";
import { exportAll } from "../../export/index.js";
import type { Extractor } from "../../extract/types.js";
import { writeOutputsAtomically } from "../../io/outputs.js";
import type { Extraction } from "../../model/types.js";
import { graphFromExtractions } from "../../pipeline/index.js";
import { formatBuildSummary } from "../summary.js";

const MODULE = "news-kg/merge";

interface MergeCommandOptions {
  out: string;
  quiet?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks the shape of one parsed line; says what is wrong. */
export function checkExtraction(value: unknown): string | undefined {
  if (!isRecord(value)) return "expected a JSON object (one extraction per line)";
  if (typeof value.article !== "string" || value.article === "") return 'missing "article" id';
  if (!isRecord(value.meta)) return 'missing "meta" object';
  for (const field of ["sentences", "entities", "mentions", "relations"]) {
    if (!Array.isArray(value[field])) return `missing "${field}" array`;
  }
  return undefined;
}

async function readJsonl(file: string): Promise<Extraction[]> {
  const stream = file === "-" ? process.stdin : fs.createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const out: Extraction[] = [];
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(MODULE, file, `line ${n}: not valid JSON (${(error as Error).message})`);
      }
      const problem = checkExtraction(value);
      if (problem) throw new InputError(MODULE, file, `line ${n}: ${problem}`);
      out.push(value as Extraction);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(MODULE, file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  return out;
}

/** Stands in for the extractor in the graph's `generator` attribute: the extractions came from elsewhere. */
const MERGED: Extractor = {
  name: "kg-merge",
  version: "jsonl",
  extract() {
    throw new UsageError(MODULE, "kg merge does not extract");
  },
};

export function register(program: Command): void {
  program
    .command("merge")
    .description("merge per-article extractions from `kg extract --jsonl` into one graph (the reduce step)")
    .argument("<files...>", "JSON-lines files of extractions, or - for stdin")
    .option("-o, --out <dir>", "output directory", "graph-output")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (files: string[], options: MergeCommandOptions) => {
      const extractions: Extraction[] = [];
      for (const file of files) extractions.push(...(await readJsonl(file)));
      if (extractions.length === 0) throw new NothingToBuildError(MODULE, "no extraction in the inputs; nothing was written");
      const seen = new Set<string>();
      for (const e of extractions) {
        if (seen.has(e.article)) throw new UsageError(MODULE, `article "${e.article}" appears in the inputs twice; merge each article once`);
        seen.add(e.article);
      }
      const graph = graphFromExtractions(extractions, { extractor: MERGED });
      const outputs = exportAll(graph);
      await writeOutputsAtomically(options.out, outputs);
      if (!options.quiet) {
        const summary = formatBuildSummary({
          articles: extractions.length,
          skipped: 0,
          graph,
          outDir: options.out,
          files: outputs.map((f) => f.path),
        });
        process.stdout.write(`${summary}\n`);
      }
    });
}
