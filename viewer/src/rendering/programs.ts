// The WebGL programs the viewer draws with: sigma's own (circles; straight and curved arrows),
// drawn without instancing so that they are fast on software WebGL too (see without-instancing.ts).
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeClampedProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import type { ViewEdge, ViewGraphAttributes, ViewNode } from "../state/model.js";
import { withoutInstancing } from "./without-instancing.js";

type NodePrograms = Record<string, NodeProgramType<ViewNode, ViewEdge, ViewGraphAttributes>>;
type EdgePrograms = Record<string, EdgeProgramType<ViewNode, ViewEdge, ViewGraphAttributes>>;

export const NODE_PROGRAMS = {
  circle: withoutInstancing(NodeCircleProgram),
} as unknown as NodePrograms;

const FLAT_EDGE_PROGRAMS = {
  // sigma's EdgeArrowProgram is this compound of a clamped line and an arrow head
  arrow: createEdgeCompoundProgram([withoutInstancing(EdgeClampedProgram), withoutInstancing(EdgeArrowHeadProgram)]),
  curved: withoutInstancing(EdgeCurvedArrowProgram),
} as unknown as EdgePrograms;

const INSTANCED_EDGE_PROGRAMS = {
  arrow: createEdgeCompoundProgram([EdgeClampedProgram, EdgeArrowHeadProgram]),
  curved: EdgeCurvedArrowProgram,
} as unknown as EdgePrograms;

/**
 * Edge programs for a graph whose edges are drawn during camera moves (`drawnWhileMoving`) or not.
 * Written out in full, an edge takes 6-8 times the memory of an instance (~400 bytes), filled and
 * uploaded on every refresh; that pays where edges are drawn in every frame of a drag, and not
 * where they are hidden while the camera moves (large graphs), which keep the small buffers.
 */
export function edgePrograms(drawnWhileMoving: boolean): EdgePrograms {
  return drawnWhileMoving ? FLAT_EDGE_PROGRAMS : INSTANCED_EDGE_PROGRAMS;
}
