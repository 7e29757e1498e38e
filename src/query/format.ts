// Text renderings of query results for the CLI: aligned tables for people, CSV and JSON for
// machines. Pure: values in, strings out (the CLI prints them).
import { stringify } from "csv-stringify/sync";
import type { Evidence } from "../model/types.js";
import type { EntityDetails } from "./describe.js";
import { formatId } from "./errors.js";
import type { PathsResult } from "./paths.js";
import type { QueryResult } from "./query.js";
import type { EntityRef, RelationResult } from "./types.js";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TextOptions {
  /** Print evidence sentences under each row (default true). */
  evidence?: boolean;
  /** Cut evidence sentences to this many characters (default 160; 0: never). */
  width?: number;
}

/** Columns padded to their widest cell, separated by two spaces; no trailing spaces. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length)))
      .join("  ")
      .trimEnd(),
  );
}

export function entityCell(entity: EntityRef): string {
  return `${entity.label} (${entity.kind})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return width > 0 && chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : text;
}

/** `"sentence" (article)` lines for a relation, indented. */
export function evidenceLines(relation: RelationResult, indent: string, width: number): string[] {
  if (relation.evidence.length === 0) return [`${indent}(no evidence recorded)`];
  return relation.evidence.map((item: Evidence) => `${indent}"${cut(oneLine(item.sentence), width)}" (${item.article})`);
}

function relationLine(relation: RelationResult): string {
  return `${relation.source.label} —${relation.predicate}→ ${relation.target.label}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function queryToTable(result: QueryResult, options: TextOptions = {}): string {
  const showEvidence = options.evidence !== false;
  const width = options.width ?? 160;
  const header = [...result.variables.map((v) => `?${v}`), ...result.predicateVariables.map((v) => `?${v}`)];
  const lines: string[] = [];
  if (header.length === 0) {
    // A pattern without variables asks yes/no: does this relation exist?
    lines.push(result.rows.length > 0 ? "yes" : "no");
  } else {
    const cells = result.rows.map((row) => [
      ...result.variables.map((v) => entityCell(row.bindings[v]!)),
      ...result.predicateVariables.map((v) => row.predicates[v]!),
    ]);
    const aligned = alignColumns([header, ...cells]);
    lines.push(aligned[0]!);
    result.rows.forEach((row, i) => {
      lines.push(aligned[i + 1]!);
      if (!showEvidence) return;
      for (const relation of row.relations) {
        lines.push(`    ${relationLine(relation)}`);
        lines.push(...evidenceLines(relation, "      ", width));
      }
    });
  }
  if (header.length === 0 && showEvidence) {
    for (const relation of result.rows[0]?.relations ?? []) {
      lines.push(`    ${relationLine(relation)}`);
      lines.push(...evidenceLines(relation, "      ", width));
    }
  }
  lines.push(`${plural(result.rows.length, "result")}${result.truncated ? " (limit reached; more may exist)" : ""}`);
  return `${lines.join("\n")}\n`;
}

/** One CSV row per solution: label, kind and id per variable, then the first evidence of each triple. */
export function queryToCsv(result: QueryResult): string {
  const header: string[] = [];
  for (const v of result.variables) header.push(v, `${v}_kind`, `${v}_id`);
  header.push(...result.predicateVariables);
  const tripleCount = result.rows[0]?.relations.length ?? countTriples(result);
  for (let t = 1; t <= tripleCount; t++) header.push(`t${t}_weight`, `t${t}_article`, `t${t}_sentence`);
  const rows = result.rows.map((row) => {
    const cells: (string | number)[] = [];
    for (const v of result.variables) {
      const entity = row.bindings[v]!;
      cells.push(entity.label, entity.kind, entity.id);
    }
    for (const v of result.predicateVariables) cells.push(row.predicates[v]!);
    for (const relation of row.relations) {
      const first = relation.evidence[0];
      cells.push(relation.weight, first?.article ?? "", first ? oneLine(first.sentence) : "");
    }
    return cells;
  });
  return stringify([header, ...rows], { record_delimiter: "unix" });
}

function countTriples(result: QueryResult): number {
  return result.plan.length;
}

export function queryToJson(result: QueryResult): string {
  return `${JSON.stringify(
    {
      pattern: result.pattern,
      variables: result.variables,
      predicateVariables: result.predicateVariables,
      count: result.rows.length,
      truncated: result.truncated,
      resolved: result.resolved,
      nameSets: result.nameSets,
      rows: result.rows,
    },
    null,
    2,
  )}\n`;
}

export function entityToText(details: EntityDetails, options: TextOptions = {}): string {
  const showEvidence = options.evidence !== false;
  const width = options.width ?? 160;
  const { entity } = details;
  const lines: string[] = [`${entity.label}  (${entity.kind}, ${formatId(entity.id)})`];
  lines.push(
    ...alignColumns([
      ["aliases:", details.aliases.length > 0 ? details.aliases.join("; ") : "—"],
      ["mentions:", `${details.mentions} in ${plural(details.articles.length, "article")}`],
      ["articles:", details.articles.length > 0 ? details.articles.join(", ") : "—"],
    ]).map((line) => `  ${line}`),
  );
  const section = (title: string, list: RelationResult[], other: (r: RelationResult) => EntityRef, arrow: string): void => {
    lines.push("", `${title} (${list.length})`);
    if (list.length === 0) return;
    const rows = list.map((r) => [r.predicate, arrow, entityCell(other(r)), `×${r.weight}`]);
    alignColumns(rows).forEach((line, i) => {
      lines.push(`  ${line}`);
      if (showEvidence) lines.push(...evidenceLines(list[i]!, "      ", width));
    });
  };
  section("outgoing", details.outgoing, (r) => r.target, "→");
  section("incoming", details.incoming, (r) => r.source, "←");
  return `${lines.join("\n")}\n`;
}

export function pathsToText(result: PathsResult, options: TextOptions = {}): string {
  const showEvidence = options.evidence !== false;
  const width = options.width ?? 160;
  const how = result.directed ? "following edge direction" : "ignoring edge direction";
  if (result.length === null) {
    return `no path between ${entityCell(result.from)} and ${entityCell(result.to)} (${how})\n`;
  }
  const lines = [
    `${plural(result.paths.length, "shortest path")}${result.truncated ? " (more exist)" : ""} of ${plural(result.length, "step")} from ${entityCell(result.from)} to ${entityCell(result.to)} (${how})`,
  ];
  result.paths.forEach((path, i) => {
    lines.push("", `${i + 1}. ${path.nodes.map((node) => node.label).join("  ·  ")}`);
    for (const step of path.steps) {
      for (const relation of step.relations) {
        lines.push(`   ${relationLine(relation)}`);
        if (showEvidence) lines.push(...evidenceLines(relation, "      ", width));
      }
    }
  });
  return `${lines.join("\n")}\n`;
}
