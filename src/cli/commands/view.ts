// `kg view [DIR]`: serve the built viewer and DIR/graph.json over HTTP on the loopback interface.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { InputError, UsageError } from "../../errors.js";
import { createFileSource, DEFAULT_HOST, DEFAULT_PORT, isLoopback, startServer, type RunningServer } from "../../serve/index.js";

const MODULE = "news-kg/view";

/** viewer/dist of this package: three levels up from src/cli/commands or dist/cli/commands. */
export function viewerDistDir(): string {
  return fileURLToPath(new URL("../../../viewer/dist/", import.meta.url));
}

export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value)) throw new UsageError(MODULE, `invalid --port "${value}"; give an integer from 1 to 65535`);
  const port = Number(value);
  if (port < 1 || port > 65535) throw new UsageError(MODULE, `invalid --port ${port}; give an integer from 1 to 65535`);
  return port;
}

export interface ViewOptions {
  port?: string;
  host: string;
}

export async function serveGraphDir(dir: string, options: ViewOptions): Promise<RunningServer> {
  const viewer = viewerDistDir();
  if (!existsSync(path.join(viewer, "index.html"))) {
    throw new InputError(MODULE, viewer, "the viewer is not built; run `npm run build:viewer` first");
  }
  const graphFile = path.join(dir, "graph.json");
  if (!existsSync(graphFile) || !statSync(graphFile).isFile()) {
    throw new InputError(MODULE, graphFile, "no graph.json here; build one with `kg build <inputs> --out " + dir + "`");
  }
  const port = options.port === undefined ? undefined : parsePort(options.port);
  return startServer({
    files: createFileSource({ viewer, graph: dir }),
    host: options.host,
    ...(port === undefined ? {} : { port }),
  });
}

export function register(program: Command): void {
  program
    .command("view")
    .description("serve the graph viewer for a build output directory (default graph-output/)")
    .argument("[dir]", "directory holding graph.json", "graph-output")
    .option("--port <n>", `port to listen on (default ${DEFAULT_PORT}, or the next free one)`)
    .option("--host <h>", "interface to bind; anything but loopback exposes your graph to the network", DEFAULT_HOST)
    .action(async (dir: string, options: ViewOptions) => {
      const server = await serveGraphDir(dir, options);
      if (!isLoopback(server.host)) {
        process.stderr.write(`kg: warning: listening on ${server.host}; anyone who can reach this machine can read the graph\n`);
      }
      process.stdout.write(`kg: serving ${path.join(dir, "graph.json")} at ${server.url}\n`);
      process.stdout.write("kg: press Ctrl-C to stop\n");
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          void server.close().then(resolve, resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
    });
}
