import type { Command } from "commander";
import { NothingToBuildError } from "../../errors.js";
import { exportAll } from "../../export/index.js";
import { createExtractor } from "../../extract/index.js";
import { readConfig } from "../../io/config.js";
import { collectInputs } from "../../io/inputs.js";
import { writeOutputsAtomically } from "../../io/outputs.js";
import { runBuild } from "../../pipeline/index.js";
import { formatBuildSummary } from "../summary.js";

interface BuildCommandOptions {
  out: string;
  config?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command("build")
    .description("build the graph from articles (files, directories, globs, or - for stdin)")
    .argument("<inputs...>", "article files (.txt, .md, .html), directories, globs, or -")
    .option("-o, --out <dir>", "output directory", "graph-output")
    .option("-c, --config <file>", "user lexicon and relation patterns (default: kg.config.json if present)")
    .option("-q, --quiet", "print nothing but errors")
    .action(async (inputs: string[], options: BuildCommandOptions) => {
      const collected = await collectInputs(inputs, { stdin: readStdin });
      const config = await readConfig(options.config);
      const extractor = createExtractor(config);
      const result = runBuild(collected.inputs, { extractor });
      const warnings = [...collected.warnings, ...result.warnings];
      for (const w of warnings) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
      if (result.articles.length === 0) {
        throw new NothingToBuildError("news-kg/build", "no article could be read from the inputs; nothing was written");
      }
      const files = exportAll(result.graph);
      await writeOutputsAtomically(options.out, files);
      if (!options.quiet) {
        const summary = formatBuildSummary({
          articles: result.articles.length,
          skipped: warnings.length,
          graph: result.graph,
          outDir: options.out,
          files: files.map((f) => f.path),
        });
        process.stdout.write(`${summary}\n`);
      }
    });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
