// The WebGL programs the viewer draws with: sigma's own (circles; straight and curved arrows),
// drawn without instancing and without their picking pass during drags, so that they are fast on
// software WebGL too (see without-instancing.ts and no-picking-while-dragging.ts).
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import type { ViewEdge, ViewGraphAttributes, ViewNode } from "../state/model.js";
import { withoutPickingWhileDragging } from "./no-picking-while-dragging.js";
import { withoutInstancing } from "./without-instancing.js";

/** A sigma program class made to draw fast on software WebGL (same picture). */
const fast = <C extends abstract new (...args: any[]) => object>(Base: C): C => withoutPickingWhileDragging(withoutInstancing(Base));

type NodePrograms = Record<string, NodeProgramType<ViewNode, ViewEdge, ViewGraphAttributes>>;
type EdgePrograms = Record<string, EdgeProgramType<ViewNode, ViewEdge, ViewGraphAttributes>>;

export const NODE_PROGRAMS = {
  circle: fast(NodeCircleProgram),
} as unknown as NodePrograms;

const FAST_EDGE_PROGRAMS = {
  // sigma's EdgeArrowProgram is this compound of a clamped line and an arrow head
  arrow: createEdgeCompoundProgram([fast(EdgeClampedProgram), fast(EdgeArrowHeadProgram)]),
  curved: fast(EdgeCurvedArrowProgram),
} as unknown as EdgePrograms;

// hidden during moves, so never drawn during a drag
const SIGMA_EDGE_PROGRAMS = {
  arrow: createEdgeCompoundProgram([EdgeClampedProgram, EdgeArrowHeadProgram]),
  curved: EdgeCurvedArrowProgram,
} as unknown as EdgePrograms;

/**
 * Edge programs for a graph whose edges are drawn during camera moves (`drawnWhileMoving`) or not.
 * Written out in full, an edge takes 6-8 times the memory of an instance (~400 bytes instead of
 * ~64), which sigma fills on each refresh and uploads to the GPU with each frame. That pays where
 * edges are drawn in every frame of a drag; large graphs hide them while the camera moves and
 * keep sigma's instanced programs, whose smaller buffers also keep the first render short.
 */
export function edgePrograms(drawnWhileMoving: boolean): EdgePrograms {
  return drawnWhileMoving ? FAST_EDGE_PROGRAMS : SIGMA_EDGE_PROGRAMS;
}
