// Downloads: PNG of the current view, GEXF 1.3 and graphology JSON of the whole graph.
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { writeGexf } from "../graph/gexf-write.js";
import type { ViewGraph } from "../state/model.js";

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "news-kg graph" -> "news-kg-graph". */
export function baseName(graph: ViewGraph): string {
  const name = graph.getAttribute("name") ?? "graph";
  return name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "graph";
}

export async function exportPng(renderer: Sigma, graph: ViewGraph): Promise<void> {
  await downloadAsPNG(renderer, { fileName: baseName(graph), backgroundColor: "#ffffff" });
}

export function exportGexf(graph: ViewGraph): void {
  saveBlob(new Blob([writeGexf(graph)], { type: "application/gexf+xml" }), `${baseName(graph)}.gexf`);
}

export function exportJson(graph: ViewGraph): void {
  saveBlob(new Blob([JSON.stringify(graph.export(), null, 2)], { type: "application/json" }), `${baseName(graph)}.json`);
}
