// kg mentions --lines: one sentence per input line in, one JSON line of named-entity spans out
// ({"spans":[{"start":0,"end":6,"label":"PER"}]}), the format of NER span scorers.
import type { Command } from "commander";
import { createInterface } from "node:readline";
import { UsageError } from "../../errors.js";
import { analyze } from "../../extract/index.js";
import { nerSpans } from "../../extract/ner.js";
import { readConfig } from "../../io/config.js";

interface MentionsOptions {
  lines?: boolean;
  config?: string;
}

/**
 * The spans of one line of text as a JSON line. Each line is read as an article of its own; as no
 * full name elsewhere can support a lone capitalized word, such words are kept as names.
 */
export function spansLine(line: string, config?: Parameters<typeof analyze>[1]): string {
  if (line.trim() === "") return '{"spans":[]}';
  const doc = analyze({ id: "-", text: line, meta: {} }, config, { keepTentative: true });
  return JSON.stringify({ spans: nerSpans(doc) });
}

export function register(program: Command): void {
  program
    .command("mentions")
    .description("print named-entity spans (PER, ORG, GPE, LOC) of text read from standard input")
    .option("--lines", "read one sentence per line; print one JSON line {\"spans\":[...]} per input line")
    .option("-c, --config <file>", "user lexicon (default: kg.config.json if present)")
    .action(async (options: MentionsOptions) => {
      if (!options.lines) throw new UsageError("news-kg/mentions", "only --lines mode is supported: kg mentions --lines < sentences.txt");
      const config = await readConfig(options.config);
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      const out: string[] = [];
      for await (const line of rl) {
        out.push(spansLine(line, config));
        if (out.length >= 256) {
          process.stdout.write(`${out.join("\n")}\n`);
          out.length = 0;
        }
      }
      if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
    });
}
