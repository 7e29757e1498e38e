// Neo4j: CSV files with the headers `neo4j-admin database import` takes, and a Cypher script
// that loads the same files with LOAD CSV. See docs/neo4j.md for both ways.
//
// neo4j-nodes.csv          id:ID, :LABEL ("Entity|<kind>"), then typed properties
// neo4j-relationships.csv  :START_ID, :END_ID, :TYPE (predicate as PROTESTS_AGAINST), key, typed
//                          properties; evidence as parallel arrays evidence_<field>:<type>[]
// neo4j-load.cypher        the LOAD CSV script (Neo4j 4.4 and 5.x, no plugin needed)
//
// Arrays use ARRAY_DELIMITER ("|", pass --array-delimiter="|" to neo4j-admin); a "|" inside an
// element is written as "¦" (U+00A6). Line breaks inside text become spaces (one for one, so
// offsets stay aligned) so no field spans lines. No formula neutralization here: this is for a
// database, not a spreadsheet; the text is otherwise exactly the graph's.
import type { Attributes } from "graphology-types";
import { compareFields, compareStrings, sortedEdges, sortedNodes, type EdgeRecord, type NodeRecord } from "./canonical.js";
import { gatherPieces } from "./chunks.js";
import { csvRecord } from "./csvFormat.js";
import { inferModel, type AttributeSpec, type ValueType } from "./model.js";
import { xmlSafe } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

export const ARRAY_DELIMITER = "|";
const DELIMITER_STAND_IN = "\u00A6";
export const NODE_LABEL = "Entity";
export const NEO4J_FILES = {
  nodes: "neo4j-nodes.csv",
  relationships: "neo4j-relationships.csv",
  cypher: "neo4j-load.cypher",
} as const;

/** Text as stored in Neo4j: legal Unicode, no control characters, no line breaks. */
export function neo4jText(value: string): string {
  const safe = xmlSafe(value);
  return /[\r\n]/.test(safe) ? safe.replace(/[\r\n]/g, " ") : safe;
}

/** A node id or relationship key: as text, and never empty (neo4j-admin rejects empty ids). */
function neo4jId(key: string): string {
  return key === "" ? "\\u{}" : neo4jText(key);
}

function arrayElement(value: unknown): string {
  const text = typeof value === "string" ? value : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  const safe = neo4jText(text);
  return safe.includes(ARRAY_DELIMITER) ? safe.split(ARRAY_DELIMITER).join(DELIMITER_STAND_IN) : safe;
}

function arrayCell(values: readonly unknown[]): string {
  return values.map(arrayElement).join(ARRAY_DELIMITER);
}

/** "protests-against" -> "PROTESTS_AGAINST": a relationship type that needs no quoting. */
export function relationshipType(predicate: unknown): string {
  const text = typeof predicate === "string" ? predicate : "";
  const type = text.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return type === "" ? "RELATED_TO" : /^[0-9]/.test(type) ? `R_${type}` : type;
}

/** A node label from a kind: letters, digits and underscores only. */
export function nodeLabel(kind: unknown): string | null {
  if (typeof kind !== "string") return null;
  const label = kind.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return label === "" ? null : /^[0-9]/.test(label) ? `K_${label}` : label;
}

type Neo4jType = "string" | "int" | "long" | "double" | "boolean" | "string[]" | "int[]" | "long[]" | "double[]";

interface Column {
  header: string;
  property: string;
  type: Neo4jType;
  value: (attributes: Attributes) => string | number | boolean | undefined;
}

function scalarType(type: ValueType): Neo4jType {
  switch (type) {
    case "int":
    case "long":
    case "double":
    case "boolean":
      return type;
    case "list":
      return "string[]";
    default:
      return "string";
  }
}

function header(property: string, type: Neo4jType): string {
  return type === "string" ? property : `${property}:${type}`;
}

function numberArrayType(values: unknown[]): Neo4jType {
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (numbers.length !== values.length) return "string[]";
  if (numbers.every(Number.isInteger)) return numbers.every((n) => Math.abs(n) < 2 ** 31) ? "int[]" : "long[]";
  return "double[]";
}

/** Property columns for a model; arrays of evidence objects become parallel array columns. */
function propertyColumns(records: readonly { attributes: Attributes }[], model: AttributeSpec[]): Column[] {
  const columns: Column[] = [];
  for (const spec of model) {
    const name = spec.name;
    if (spec.type === "json") {
      const items = records.flatMap((r) => (Array.isArray(r.attributes[name]) ? (r.attributes[name] as unknown[]) : []));
      if (items.length > 0 && items.every((i) => typeof i === "object" && i !== null && !Array.isArray(i))) {
        const fields = [...new Set(items.flatMap((i) => Object.keys(i as object)))].sort(compareFields);
        for (const field of fields) {
          const type = numberArrayType(items.map((i) => (i as Record<string, unknown>)[field]));
          columns.push({
            header: header(`${name}_${field}`, type),
            property: `${name}_${field}`,
            type,
            value: (a) => {
              const list = Array.isArray(a[name]) ? (a[name] as Record<string, unknown>[]) : [];
              return arrayCell(list.map((i) => i?.[field] ?? ""));
            },
          });
        }
        continue;
      }
    }
    const type = scalarType(spec.type);
    columns.push({
      header: header(name, type),
      property: name,
      type,
      value: (a) => {
        const v = a[name];
        if (v === undefined || v === null) return undefined;
        if (type === "string[]") return arrayCell(Array.isArray(v) ? v : [v]);
        if (type === "string") return neo4jText(typeof v === "string" ? v : JSON.stringify(v));
        return typeof v === "number" || typeof v === "boolean" ? v : undefined;
      },
    });
  }
  return columns;
}

/** What the three files are written from: records in canonical order and their columns. */
interface Neo4jTables {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  nodeColumns: Column[];
  relColumns: Column[];
  labels: string[];
  types: string[];
}

function tables(graph: ExportableGraph): Neo4jTables {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeColumns = propertyColumns(nodes, inferModel(nodes, new Set(["id"])));
  const relColumns = propertyColumns(edges, inferModel(edges, new Set(["key"])));
  const labels = new Set<string>();
  for (const node of nodes) {
    const kind = nodeLabel(node.attributes.kind);
    if (kind) labels.add(kind);
  }
  const types = new Set<string>(edges.map((edge) => relationshipType(edge.attributes.predicate)));
  return {
    nodes,
    edges,
    nodeColumns,
    relColumns,
    labels: [...labels].sort(compareStrings),
    types: [...types].sort(compareStrings),
  };
}

function* nodeRecords(t: Neo4jTables): Generator<string> {
  yield csvRecord(["id:ID", ":LABEL", ...t.nodeColumns.map((c) => c.header)]);
  for (const node of t.nodes) {
    const kind = nodeLabel(node.attributes.kind);
    const nodeLabels = kind && kind !== NODE_LABEL ? [NODE_LABEL, kind] : [NODE_LABEL];
    yield csvRecord([neo4jId(node.key), nodeLabels.join(ARRAY_DELIMITER), ...t.nodeColumns.map((c) => c.value(node.attributes))]);
  }
}

function* relationshipRecords(t: Neo4jTables): Generator<string> {
  yield csvRecord([":START_ID", ":END_ID", ":TYPE", "key", ...t.relColumns.map((c) => c.header)]);
  for (const edge of t.edges) {
    const type = relationshipType(edge.attributes.predicate);
    yield csvRecord([neo4jId(edge.source), neo4jId(edge.target), type, neo4jId(edge.id), ...t.relColumns.map((c) => c.value(edge.attributes))]);
  }
}

function readColumn(column: Column): string {
  const cell = `row.\`${column.header.replace(/`/g, "``")}\``;
  const list = `coalesce(split(${cell}, '${ARRAY_DELIMITER}'), [])`;
  switch (column.type) {
    case "int":
    case "long":
      return `toInteger(${cell})`;
    case "double":
      return `toFloat(${cell})`;
    case "boolean":
      return `toBoolean(${cell})`;
    case "string[]":
      return list;
    case "int[]":
    case "long[]":
      return `[v IN ${list} | toInteger(v)]`;
    case "double[]":
      return `[v IN ${list} | toFloat(v)]`;
    default:
      return cell;
  }
}

function propertyMap(columns: Column[], indent: string): string {
  return `{\n${columns.map((c) => `${indent}  \`${c.property.replace(/`/g, "``")}\`: ${readColumn(c)}`).join(",\n")}\n${indent}}`;
}

function cypherString(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

export function writeCypher(t: Pick<Neo4jTables, "nodeColumns" | "relColumns" | "labels" | "types">): string {
  const lines: string[] = [];
  lines.push(
    "// Loads the news-kg Neo4j export with LOAD CSV (Neo4j 4.4 or 5.x, no plugin needed).",
    `// Put ${NEO4J_FILES.nodes} and ${NEO4J_FILES.relationships} in the database's import directory, then run`,
    `//   cypher-shell -u neo4j -p <password> -f ${NEO4J_FILES.cypher}`,
    "// (in Neo4j Browser, prefix each LOAD CSV statement with :auto). Re-running it updates in place.",
    "",
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    "",
    `LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.nodes}' AS row`,
    "CALL {",
    "  WITH row",
    `  MERGE (n:${NODE_LABEL} {id: row.\`id:ID\`})`,
    `  SET n += ${propertyMap(t.nodeColumns, "  ")}`,
  );
  for (const label of t.labels) {
    lines.push(`  FOREACH (_ IN CASE WHEN row.\`:LABEL\` ENDS WITH ${cypherString(`${ARRAY_DELIMITER}${label}`)} THEN [1] ELSE [] END | SET n:\`${label}\`)`);
  }
  lines.push("} IN TRANSACTIONS OF 1000 ROWS;", "");
  lines.push(
    `LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.relationships}' AS row`,
    "CALL {",
    "  WITH row",
    `  MATCH (a:${NODE_LABEL} {id: row.\`:START_ID\`})`,
    `  MATCH (b:${NODE_LABEL} {id: row.\`:END_ID\`})`,
  );
  for (const type of t.types) {
    lines.push(
      `  FOREACH (_ IN CASE WHEN row.\`:TYPE\` = ${cypherString(type)} THEN [1] ELSE [] END |`,
      `    MERGE (a)-[r:\`${type}\` {key: row.key}]->(b)`,
      `    SET r += ${propertyMap(t.relColumns, "    ")})`,
    );
  }
  lines.push("} IN TRANSACTIONS OF 1000 ROWS;", "");
  return lines.join("\n");
}

export function writeNeo4j(graph: ExportableGraph): OutputFile[] {
  // the tables' plan (sorted records, columns) is made once, on the first file's first piece
  let planned: Neo4jTables | undefined;
  const plan = (): Neo4jTables => (planned ??= tables(graph));
  return [
    { path: NEO4J_FILES.nodes, pieces: () => gatherPieces(nodeRecords(plan())) },
    { path: NEO4J_FILES.relationships, pieces: () => gatherPieces(relationshipRecords(plan())) },
    { path: NEO4J_FILES.cypher, pieces: () => [writeCypher(plan())] },
  ];
}

export const neo4jExporter: Exporter = {
  name: "neo4j",
  description: "CSV files for neo4j-admin database import, and a LOAD CSV Cypher script",
  write: writeNeo4j,
};
