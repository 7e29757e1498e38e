// Wires the pure state modules to sigma and the DOM: one controller per loaded graph.
import Sigma from "sigma";
import { exportGexf, exportJson, exportPng } from "./export/download.js";
import { LayoutRunner } from "./layout/controls.js";
import { edgePrograms, NODE_PROGRAMS } from "./rendering/programs.js";
import { countVisible } from "./state/filters.js";
import { kindLegend, predicateLegend, type LegendItem } from "./state/legend.js";
import type { ViewEdge, ViewGraph, ViewNode, ViewGraphAttributes } from "./state/model.js";
import { edgePanel, nodePanel } from "./state/panel-model.js";
import { parallelCurvatures } from "./state/parallel.js";
import { computeSizes } from "./state/sizes.js";
import { createContext, reduceEdge, reduceNode, type ReducerContext } from "./state/reducers.js";
import { buildSearchIndex, search, type SearchEntry, type Suggestion } from "./state/search.js";
import { applyUrlState, decodeUrlState, encodeUrlState, urlStateOf } from "./state/url-state.js";
import { clampMinWeight, INITIAL_STATE, setAllHidden, toggleKind, togglePredicate, type SizeMode, type ViewState } from "./state/view-state.js";
import { renderLegend } from "./ui/legend.js";
import { hidePanel, renderEdgePanel, renderNodePanel, type PanelCallbacks } from "./ui/panel.js";

/** Above this many edges, edge hover/click picking is off (it costs a render pass per frame). */
const EDGE_EVENTS_MAX_EDGES = 20_000;
/**
 * From this many edges on, edges are hidden while the user drags or zooms, so that panning stays
 * interactive on machines without a fast GPU (measured in docs/viewer.md); below it they are drawn
 * in every frame of a move, with programs that suit that (rendering/programs.ts).
 */
const HIDE_EDGES_ON_MOVE_MIN = 20_000;

export interface AppElements {
  container: HTMLElement;
  legend: HTMLElement;
  panel: HTMLElement;
  status: HTMLElement;
  minWeight: HTMLInputElement;
}

export class GraphView {
  readonly renderer: Sigma<ViewNode, ViewEdge, ViewGraphAttributes>;
  private state: ViewState;
  private ctx: ReducerContext;
  private readonly curvatures: Map<string, number>;
  /** Built on the first search, not at load: large graphs show sooner. */
  private index: SearchEntry[] | null = null;
  private readonly kinds: LegendItem[];
  private readonly predicates: LegendItem[];
  readonly layout: LayoutRunner;
  private readonly panelCallbacks: PanelCallbacks;
  private readonly resizeObserver: ResizeObserver;
  /** Sizes per mode: degrees and mentions do not change while a graph is shown. */
  private readonly sizeCache = new Map<SizeMode, Map<string, number> | null>();
  /** The selection the URL currently names ("" for none). */
  private urlSelection = "";
  /** The node sigma last reported under the pointer (see point()). */
  private pointed: string | null = null;

  constructor(
    readonly graph: ViewGraph,
    private readonly els: AppElements,
    readonly sourceName: string,
    private readonly onLayoutChange: (running: boolean) => void,
  ) {
    // marks read by the benchmark (src/bench/suites/viewer.ts)
    performance.mark("kg:view-start");
    this.curvatures = parallelCurvatures(
      graph.mapEdges((key, attrs, source, target) => ({ key, source, target, sortKey: attrs.predicate })),
    );
    this.kinds = kindLegend(graph);
    this.predicates = predicateLegend(graph);
    this.state = applyUrlState(INITIAL_STATE, decodeUrlState(location.hash), this.urlLookups());
    this.urlSelection = this.state.selection === null ? "" : `${this.state.selection.type}:${this.state.selection.key}`;
    this.ctx = createContext(graph, this.state, this.curvatures, this.sizesFor(this.state.sizeBy));
    performance.mark("kg:view-derived");
    this.layout = new LayoutRunner(graph);
    this.panelCallbacks = {
      selectNode: (node) => this.selectNode(node, true),
      selectEdge: (edge) => this.selectEdge(edge),
      close: () => this.clearSelection(),
      nodeHref: (node) => `#${encodeUrlState({ ...urlStateOf(this.state, INITIAL_STATE.sizeBy), edge: undefined, node })}`,
      edgeHref: (edge) => `#${encodeUrlState({ ...urlStateOf(this.state, INITIAL_STATE.sizeBy), node: undefined, edge })}`,
    };

    const hideEdgesOnMove = graph.size >= HIDE_EDGES_ON_MOVE_MIN;
    this.renderer = new Sigma<ViewNode, ViewEdge, ViewGraphAttributes>(graph, els.container, {
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      hideEdgesOnMove,
      defaultEdgeType: "arrow",
      nodeProgramClasses: NODE_PROGRAMS,
      edgeProgramClasses: edgePrograms(!hideEdgesOnMove),
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      edgeLabelSize: 11,
      edgeLabelColor: { attribute: "color" },
      // small graphs label every node sigma's label grid has room for; big ones only the larger nodes
      labelRenderedSizeThreshold: graph.order <= 1000 ? 0 : 5,
      labelDensity: 0.6,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
      nodeReducer: (node, attrs) => reduceNode(this.ctx, node, attrs),
      edgeReducer: (edge, attrs) => reduceEdge(this.ctx, edge, attrs),
    });
    performance.mark("kg:sigma-ready");
    this.bindEvents();
    // sigma only watches the window; the stage also changes size when the side panel opens
    this.resizeObserver = new ResizeObserver(() => this.renderer.resize().refresh({ skipIndexation: true }));
    this.resizeObserver.observe(els.container);
    this.renderChrome();
    if (this.state.selection?.type === "node") this.flyTo(this.state.selection.key, false);
  }

  /** What a URL may name: only what this graph holds is applied. */
  private urlLookups(): Parameters<typeof applyUrlState>[2] {
    return {
      node: (k) => this.graph.hasNode(k),
      edge: (k) => this.graph.hasEdge(k),
      kind: (k) => this.kinds.some((i) => i.value === k),
      predicate: (p) => this.predicates.some((i) => i.value === p),
    };
  }

  private sizesFor(mode: SizeMode): Map<string, number> | null {
    if (!this.sizeCache.has(mode)) this.sizeCache.set(mode, computeSizes(this.graph, mode));
    return this.sizeCache.get(mode) ?? null;
  }

  private bindEvents(): void {
    const r = this.renderer;
    r.on("enterNode", ({ node }) => this.point(node));
    r.on("leaveNode", () => this.point(null));
    // a drag may end over another node than the one it started on
    r.getMouseCaptor().on("mouseup", () => this.point(this.pointed));
    r.on("clickNode", ({ node }) => this.selectNode(node, false));
    r.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    r.on("clickStage", () => this.clearSelection());
    r.on("enterEdge", () => this.els.container.classList.add("is-pointing"));
    r.on("leaveEdge", () => this.els.container.classList.remove("is-pointing"));
  }

  /**
   * Hover follows the node under the pointer, except while the stage is dragged: sigma then still
   * reports nodes entering and leaving (its picking image lags a frame behind the camera, so they
   * flicker in and out), and each hover change re-runs the reducers over the whole graph, a full
   * refresh per mouse event. The last reported node is applied when the button is released.
   */
  private point(node: string | null): void {
    this.pointed = node;
    if (this.renderer.getMouseCaptor().isMouseDown) return;
    if (node !== this.state.hovered) this.update({ ...this.state, hovered: node }, { light: true });
  }

  /** Replaces the state and redraws. `light`: only hover changed, so the chrome stays as it is. */
  private update(next: ViewState, opts: { light?: boolean } = {}): void {
    this.state = next;
    this.ctx = createContext(this.graph, next, this.curvatures, this.sizesFor(next.sizeBy));
    this.els.container.classList.toggle("is-pointing", next.hovered !== null);
    this.renderer.refresh({ skipIndexation: opts.light === true });
    if (!opts.light) this.renderChrome();
  }

  private renderChrome(): void {
    const s = this.state;
    renderLegend(this.els.legend, this.kinds, this.predicates, s.hiddenKinds, s.hiddenPredicates, {
      toggleKind: (k) => this.update(toggleKind(this.state, k)),
      togglePredicate: (p) => this.update(togglePredicate(this.state, p)),
      setAllKinds: (hide) => this.update({ ...this.state, hiddenKinds: setAllHidden(this.kinds.map((i) => i.value), hide) }),
      setAllPredicates: (hide) => this.update({ ...this.state, hiddenPredicates: setAllHidden(this.predicates.map((i) => i.value), hide) }),
    });
    if (s.selection?.type === "node") renderNodePanel(this.els.panel, nodePanel(this.graph, s.selection.key), this.panelCallbacks);
    else if (s.selection?.type === "edge") renderEdgePanel(this.els.panel, edgePanel(this.graph, s.selection.key), this.panelCallbacks);
    else hidePanel(this.els.panel);
    if (document.activeElement !== this.els.minWeight) this.els.minWeight.value = String(s.minWeight);
    const visible = countVisible(this.graph, s);
    this.els.status.textContent =
      `${this.sourceName}: ${visible.nodes} of ${this.graph.order} nodes, ${visible.edges} of ${this.graph.size} edges shown`;
    this.writeUrl(s);
  }

  /**
   * Mirrors the state in the URL fragment: a new selection is a new history entry (Back returns to
   * the previous node), a filter change replaces the current one.
   */
  private writeUrl(s: ViewState): void {
    const hash = encodeUrlState(urlStateOf(s, INITIAL_STATE.sizeBy));
    if (hash === location.hash.replace(/^#/, "")) return;
    const url = hash ? `#${hash}` : location.pathname + location.search;
    const selection = s.selection === null ? "" : `${s.selection.type}:${s.selection.key}`;
    if (selection !== this.urlSelection) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    this.urlSelection = selection;
  }

  suggest(query: string): Suggestion[] {
    this.index ??= buildSearchIndex(this.graph);
    return search(this.graph, this.index, query);
  }

  selectNode(node: string, fly: boolean): void {
    if (!this.graph.hasNode(node)) return;
    let next: ViewState = { ...this.state, selection: { type: "node", key: node } };
    // a node the filters hide is shown again when the user asks for it
    const kind = this.graph.getNodeAttribute(node, "kind");
    if (next.hiddenKinds.has(kind)) next = toggleKind(next, kind);
    this.update(next);
    if (fly) this.flyTo(node, true);
  }

  selectEdge(edge: string): void {
    if (!this.graph.hasEdge(edge)) return;
    this.update({ ...this.state, selection: { type: "edge", key: edge } });
  }

  clearSelection(): boolean {
    if (this.state.selection === null) return false;
    this.update({ ...this.state, selection: null });
    return true;
  }

  /** Re-reads the fragment (back/forward, a pasted link). */
  applyHash(): void {
    const next = applyUrlState(this.state, decodeUrlState(location.hash), this.urlLookups());
    this.urlSelection = next.selection === null ? "" : `${next.selection.type}:${next.selection.key}`;
    this.update(next);
  }

  setSizeMode(mode: SizeMode): void {
    this.update({ ...this.state, sizeBy: mode });
  }

  setMinWeight(value: number): void {
    this.update({ ...this.state, minWeight: clampMinWeight(value) });
  }

  get sizeMode(): SizeMode {
    return this.state.sizeBy;
  }

  /** Centres the node and zooms so that its visible neighbours are in view too. */
  flyTo(node: string, animate: boolean): void {
    const data = this.renderer.getNodeDisplayData(node);
    if (!data) return;
    let reach = 0;
    for (const other of this.ctx.focus?.node === node ? this.ctx.focus.neighbours : []) {
      const d = this.renderer.getNodeDisplayData(other);
      if (d && !d.hidden) reach = Math.max(reach, Math.hypot(d.x - data.x, d.y - data.y));
    }
    // at ratio 1 the stage shows about one graph-width; half of that must cover the reach, plus a margin
    const target = { x: data.x, y: data.y, ratio: Math.min(Math.max(2.3 * reach, 0.08), 2.5) };
    const camera = this.renderer.getCamera();
    if (animate) void camera.animate(target, { duration: 450 });
    else camera.setState(target);
  }

  zoom(direction: "in" | "out" | "fit"): void {
    const camera = this.renderer.getCamera();
    if (direction === "in") void camera.animatedZoom({ duration: 200 });
    else if (direction === "out") void camera.animatedUnzoom({ duration: 200 });
    else void camera.animatedReset({ duration: 300 });
  }

  toggleLayout(): void {
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start();
    this.onLayoutChange(this.layout.isRunning());
  }

  runNoverlap(): void {
    const r = this.renderer;
    const ratio = r.getCamera().ratio;
    // graph units per screen pixel at the current zoom, from two viewport points
    const a = r.viewportToGraph({ x: 0, y: 0 });
    const b = r.viewportToGraph({ x: 100, y: 0 });
    const unitsPerPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
    this.layout.noverlap((node) => {
      const size = r.getNodeDisplayData(node)?.size ?? this.graph.getNodeAttribute(node, "size");
      return (r.scaleSize(size, ratio) + 1) * unitsPerPixel;
    });
    this.onLayoutChange(false);
  }

  exportPng(): Promise<void> {
    return exportPng(this.renderer as unknown as Sigma, this.graph);
  }

  exportGexf(): void {
    exportGexf(this.graph);
  }

  exportJson(): void {
    exportJson(this.graph);
  }

  /** For tests and the benchmark: what a node looks like now. */
  nodeDisplay(node: string): { hidden: boolean; color: string; x: number; y: number } | null {
    const d = this.renderer.getNodeDisplayData(node);
    if (!d) return null;
    const p = this.renderer.framedGraphToViewport(d);
    return { hidden: d.hidden, color: d.color, x: p.x, y: p.y };
  }

  edgeDisplay(edge: string): { hidden: boolean; type: string; curvature: number } | null {
    const d = this.renderer.getEdgeDisplayData(edge) as (ReturnType<Sigma["getEdgeDisplayData"]> & { curvature?: number }) | undefined;
    return d ? { hidden: d.hidden, type: d.type, curvature: d.curvature ?? 0 } : null;
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.layout.kill();
    this.renderer.kill();
  }
}
