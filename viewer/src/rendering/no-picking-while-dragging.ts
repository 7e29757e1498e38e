// sigma programs that skip their picking pass while the stage is dragged.
//
// Each frame, sigma draws every node (and edge, where edge events are on) twice: on screen, and
// into an offscreen "picking" image of item ids, read back to know what is under the pointer.
// While the stage is dragged that image serves nothing: the viewer ignores hover changes until the
// button is released (app.ts), and a drag is no click. On software WebGL, where drawing is paid
// per pixel on the CPU, dropping that pass made a 10,000-node drag ~30% faster (docs/viewer.md).
// sigma blanks the picking image before each frame, so the first frame after the release must
// draw it again: the program asks for one when the button goes up.
// Types only from sigma: its modules need WebGL at import time, and this file is unit-tested in Node.
import type { RenderParams } from "sigma/types";

/** What this file needs of sigma's renderer. */
interface Renderer {
  getMouseCaptor(): {
    isMouseDown: boolean;
    draggedEvents: number;
    once(type: "mouseup", listener: () => void): unknown;
  };
  scheduleRender(): unknown;
}

/** What this file needs of a sigma program class (node or edge program). */
type ProgramClass = abstract new (...args: any[]) => {
  renderer: Renderer;
  normalProgram: { gl: WebGLRenderingContext };
  pickProgram: object | null;
  hasNothingToRender(): boolean;
  render(params: RenderParams): void;
  bindProgram(program: object): void;
  renderProgram(params: RenderParams, program: object): void;
  unbindProgram(program: object): void;
};

/** Whether the stage is being dragged: the button is down and the pointer has moved since. */
export function isDragging(renderer: Renderer): boolean {
  const captor = renderer.getMouseCaptor();
  return captor.isMouseDown && captor.draggedEvents > 0;
}

export function withoutPickingWhileDragging<C extends abstract new (...args: any[]) => object>(Base: C): C {
  abstract class Program extends (Base as unknown as ProgramClass) {
    // `declare`: no field definition, like the base class's own fields (see without-instancing.ts)
    declare private redrawAsked: boolean | undefined;

    override render(params: RenderParams): void {
      if (this.pickProgram === null || !isDragging(this.renderer)) return super.render(params);
      // sigma's Program.render without its first half, the picking pass
      if (this.hasNothingToRender()) return;
      this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
      this.bindProgram(this.normalProgram);
      this.renderProgram(params, this.normalProgram);
      this.unbindProgram(this.normalProgram);
      if (this.redrawAsked) return;
      this.redrawAsked = true;
      this.renderer.getMouseCaptor().once("mouseup", () => {
        this.redrawAsked = false;
        this.renderer.scheduleRender();
      });
    }
  }
  return Program as unknown as C;
}
