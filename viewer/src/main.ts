// Entry: loads ./graph.json (served by `kg view`), builds the view, wires toolbar, files, keys.
import "./style.css";
import { GraphView } from "./app.js";
import { parseGexf } from "./graph/gexf-read.js";
import { formatOf, parseGraphJson } from "./graph/load.js";
import type { ViewGraph } from "./state/model.js";
import { isSizeMode } from "./state/view-state.js";
import { byId } from "./ui/dom.js";
import { createSearchBox } from "./ui/search-box.js";

const els = {
  container: byId<HTMLDivElement>("graph"),
  legend: byId<HTMLElement>("legend"),
  panel: byId<HTMLElement>("panel"),
  status: byId<HTMLElement>("status"),
  minWeight: byId<HTMLInputElement>("min-weight"),
};
const message = byId<HTMLDivElement>("message");
const search = byId<HTMLInputElement>("search");
const suggestions = byId<HTMLUListElement>("suggestions");
const layoutButton = byId<HTMLButtonElement>("layout-run");
const noverlapButton = byId<HTMLButtonElement>("layout-noverlap");
const sizeSelect = byId<HTMLSelectElement>("size-by");
const fileInput = byId<HTMLInputElement>("file-input");
const dropZone = byId<HTMLDivElement>("drop-zone");

let view: GraphView | null = null;

function showMessage(text: string | null, kind: "error" | "info" = "error"): void {
  message.textContent = text ?? "";
  message.hidden = text === null;
  message.dataset.kind = kind;
}

function setLayoutRunning(running: boolean): void {
  layoutButton.textContent = running ? "Stop layout" : "Run layout";
  layoutButton.setAttribute("aria-pressed", String(running));
}

function show(graph: ViewGraph, sourceName: string): void {
  view?.kill();
  showMessage(null);
  view = new GraphView(graph, els, sourceName, setLayoutRunning);
  sizeSelect.value = view.sizeMode;
  setLayoutRunning(false);
  document.title = `${graph.getAttribute("name") ?? "graph"} · news-kg viewer`;
  // sigma renders once, synchronously, inside its constructor
  performance.mark("kg:first-render");
  document.body.dataset.ready = "true";
  (window as unknown as { kgViewer?: GraphView }).kgViewer = view;
}

async function loadDefault(): Promise<void> {
  performance.mark("kg:fetch-start");
  const response = await fetch("./graph.json", { cache: "no-cache" });
  if (!response.ok) throw new Error(`graph.json could not be fetched (HTTP ${response.status}). Open a graph file instead.`);
  const text = await response.text();
  performance.mark("kg:fetched");
  const graph = parseGraphJson(text, "graph.json");
  performance.mark("kg:parsed");
  show(graph, "graph.json");
}

async function openFile(file: File): Promise<void> {
  try {
    const text = await file.text();
    const graph = formatOf(file.name, text) === "gexf" ? parseGexf(text, file.name) : parseGraphJson(text, file.name);
    history.replaceState(null, "", location.pathname + location.search);
    show(graph, file.name);
  } catch (error) {
    showMessage((error as Error).message);
  }
}

// --- toolbar ---
layoutButton.addEventListener("click", () => view?.toggleLayout());
noverlapButton.addEventListener("click", () => view?.runNoverlap());
els.minWeight.addEventListener("input", () => {
  if (els.minWeight.value !== "") view?.setMinWeight(Number(els.minWeight.value));
});
els.minWeight.addEventListener("change", () => view?.setMinWeight(Number(els.minWeight.value)));
sizeSelect.addEventListener("change", () => {
  if (isSizeMode(sizeSelect.value)) view?.setSizeMode(sizeSelect.value);
});
byId<HTMLButtonElement>("zoom-in").addEventListener("click", () => view?.zoom("in"));
byId<HTMLButtonElement>("zoom-out").addEventListener("click", () => view?.zoom("out"));
byId<HTMLButtonElement>("zoom-fit").addEventListener("click", () => view?.zoom("fit"));
byId<HTMLButtonElement>("export-png").addEventListener("click", () => void view?.exportPng());
byId<HTMLButtonElement>("export-gexf").addEventListener("click", () => view?.exportGexf());
byId<HTMLButtonElement>("export-json").addEventListener("click", () => view?.exportJson());
byId<HTMLButtonElement>("open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = "";
});

// --- drag and drop ---
let dragDepth = 0;
window.addEventListener("dragenter", (event) => {
  if (!event.dataTransfer?.types.includes("Files")) return;
  dragDepth++;
  dropZone.hidden = false;
});
window.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropZone.hidden = true;
});
window.addEventListener("dragover", (event) => event.preventDefault());
window.addEventListener("drop", (event) => {
  event.preventDefault();
  dragDepth = 0;
  dropZone.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

// --- search and keys ---
const box = createSearchBox(
  search,
  suggestions,
  (q) => view?.suggest(q) ?? [],
  (node) => {
    view?.selectNode(node, true);
    search.blur();
  },
);

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target !== null && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    box.focus();
  } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "+" || event.key === "=" || event.key === "-" || event.key === "0")) {
    view?.zoom(event.key === "-" ? "out" : event.key === "0" ? "fit" : "in");
  } else if (event.key === "Escape") {
    const cleared = box.reset();
    if (!cleared || !typing) view?.clearSelection();
    if (typing) target?.blur();
  }
});

window.addEventListener("hashchange", () => view?.applyHash());
window.addEventListener("popstate", () => view?.applyHash());

loadDefault().catch((error: unknown) => {
  showMessage((error as Error).message);
  els.status.textContent = "No graph loaded.";
  document.body.dataset.ready = "error";
});
