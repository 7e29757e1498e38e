// Layout actions: ForceAtlas2 in a web worker (graphology's supervisor), and a noverlap pass that
// separates nodes at the current zoom. Both move nodes (x, y): that is what a layout is for.
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ViewGraph } from "../state/model.js";

export class LayoutRunner {
  private fa2: FA2Layout | null = null;

  constructor(private readonly graph: ViewGraph) {}

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  start(): void {
    if (!this.fa2) {
      const settings = { ...inferSettings(this.graph), adjustSizes: false, barnesHutOptimize: this.graph.order > 2000 };
      this.fa2 = new FA2Layout(this.graph, { settings, getEdgeWeight: "weight" });
    }
    this.fa2.start();
  }

  stop(): void {
    this.fa2?.stop();
  }

  /**
   * Pushes overlapping nodes apart. `radius(node)` gives each node's drawn radius in graph units,
   * so the result has no overlaps at the zoom the user is looking at.
   */
  noverlap(radius: (node: string) => number, maxIterations = 60): void {
    this.stop();
    noverlap.assign(this.graph, {
      maxIterations,
      inputReducer: (key, attrs) => ({ x: attrs.x, y: attrs.y, size: radius(key) }),
      settings: { margin: 1, ratio: 1.1, expansion: 1.1, speed: 3, gridSize: 20 },
    });
  }

  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
  }
}
