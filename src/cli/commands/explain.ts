// kg explain FILE: sentence by sentence, the mentions found (with the rule or lexicon entry that
// found each and the entity it joined) and the relations read (with their rule ids).
import type { Command } from "commander";
import { NothingToBuildError, UsageError } from "../../errors.js";
import { analyzeDetailed, type AnalysisDetail } from "../../extract/index.js";
import { extractRelations, rulesFromConfig } from "../../extract/relations/index.js";
import { readConfig } from "../../io/config.js";
import { collectInputs } from "../../io/inputs.js";
import type { Relation } from "../../model/types.js";
import { ingestAll } from "../../pipeline/index.js";

interface ExplainOptions {
  config?: string;
  format: string;
  all?: boolean;
}

export function register(program: Command): void {
  program
    .command("explain")
    .description("show, sentence by sentence, the mentions and relations found in one article and the rules that fired")
    .argument("<file>", "one article (.txt, .md, .html), or - for stdin")
    .option("-c, --config <file>", "user lexicon and relation patterns (default: kg.config.json if present)")
    .option("-f, --format <format>", "text or json", "text")
    .option("-a, --all", "also show sentences without mentions (clutter, bylines)")
    .action(async (file: string, options: ExplainOptions) => {
      if (options.format !== "text" && options.format !== "json") {
        throw new UsageError("news-kg/explain", `unknown --format "${options.format}"; expected text or json`);
      }
      const collected = await collectInputs([file], { stdin: readStdin });
      const { articles, warnings } = ingestAll(collected.inputs);
      for (const w of [...collected.warnings, ...warnings]) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
      const article = articles[0];
      if (!article) throw new NothingToBuildError("news-kg/explain", `${file}: no article could be read`);
      const config = await readConfig(options.config);
      const detail = analyzeDetailed(article, config);
      const { spans: _spans, host: _host, ...doc } = detail;
      const relations = extractRelations(doc, rulesFromConfig(config.relations));
      if (options.format === "json") {
        process.stdout.write(`${JSON.stringify(explainJson(detail, relations), null, 2)}\n`);
      } else {
        process.stdout.write(explainText(detail, relations, options.all === true));
      }
    });
}

function explainJson(detail: AnalysisDetail, relations: Relation[]): unknown {
  return {
    article: detail.article.id,
    host: detail.host,
    entities: detail.entities,
    sentences: detail.spans.map((span) => ({
      index: span.sentence.index,
      role: span.role,
      ...(span.clutterRule ? { clutterRule: span.clutterRule } : {}),
      text: span.sentence.text,
      mentions: detail.mentions.filter((m) => m.sentence === span.sentence.index),
      relations: relations.filter((r) => r.evidence.start === span.sentence.start),
    })),
    links: detail.links,
  };
}

/** The text report: entities first, then each sentence with its mentions and relations. */
export function explainText(detail: AnalysisDetail, relations: Relation[], all: boolean): string {
  const lines: string[] = [];
  const byId = new Map(detail.entities.map((e) => [e.id, e] as const));
  const name = (id: string) => {
    const e = byId.get(id);
    return e ? `${e.label} (${e.kind})` : id;
  };
  lines.push(`article ${detail.article.id}`);
  if (detail.host.label) lines.push(`dateline: ${detail.host.label}${detail.host.code ? ` (${detail.host.code})` : ""}`);
  lines.push("", "entities");
  for (const e of detail.entities) {
    lines.push(`  ${e.id.padEnd(4)} ${e.kind.padEnd(12)} ${e.label}  ×${e.mentions}${e.aliases.length ? `  aka ${e.aliases.join("; ")}` : ""}`);
  }
  for (const span of detail.spans) {
    const mentions = detail.mentions.filter((m) => m.sentence === span.sentence.index);
    const rels = relations.filter((r) => r.evidence.start === span.sentence.start);
    if (!all && mentions.length === 0 && rels.length === 0) continue;
    const role = span.role === "body" ? "" : ` [${span.role}${span.clutterRule ? `: ${span.clutterRule}` : ""}]`;
    lines.push("", `#${span.sentence.index}${role} ${span.sentence.text.replace(/\s+/g, " ")}`);
    for (const m of mentions) {
      lines.push(`    "${m.text}" -> ${m.entity} ${name(m.entity)}  rule ${m.rule}${m.anaphor ? " (refers back)" : ""}`);
    }
    for (const r of rels) lines.push(`    ${name(r.source)} --${r.predicate}--> ${name(r.target)}  rule ${r.evidence.rule}`);
  }
  lines.push("");
  return `${lines.join("\n")}\n`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
