// The thin node:http shell around handleRequest.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { KgError, UsageError } from "../errors.js";
import { handleRequest, LOOPBACK_HOSTS, type FileSource } from "./handler.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 5177;
/** How many following ports are tried when the default port is taken. */
export const PORT_ATTEMPTS = 20;

export interface ServeOptions {
  files: FileSource;
  host?: string;
  /** 0 asks the system for any free port. */
  port?: number;
  /**
   * When false (the user did not name a port), a taken port moves on to the next one, up to
   * PORT_ATTEMPTS; when true, a taken port is an error.
   */
  strictPort?: boolean;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const MODULE = "news-kg/serve";

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

export function validatePort(value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new UsageError(MODULE, `invalid port ${String(value)}; give an integer from 1 to 65535`);
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const firstPort = options.port ?? DEFAULT_PORT;
  validatePort(firstPort);
  const strict = options.strictPort ?? options.port !== undefined;
  const allowedHosts = isLoopback(host) ? [...LOOPBACK_HOSTS, host.toLowerCase()] : null;

  const server = createServer((req, res) => {
    const request = { method: req.method ?? "GET", url: req.url ?? "/", ...(req.headers.host ? { host: req.headers.host } : {}) };
    handleRequest(request, options.files, { allowedHosts })
      .then((response) => {
        res.writeHead(response.status, response.headers);
        res.end(response.body ?? undefined);
      })
      .catch(() => {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("500 Internal Server Error\n");
      });
  });

  const attempts = strict || firstPort === 0 ? 1 : PORT_ATTEMPTS;
  let port = -1;
  for (let i = 0; i < attempts; i++) {
    const candidate = firstPort + i;
    if (candidate > 65535) break;
    try {
      port = await listen(server, host, candidate);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" && i + 1 < attempts) continue;
      if (code === "EADDRINUSE") {
        throw new KgError(
          MODULE,
          strict
            ? `port ${candidate} on ${host} is already in use; stop the program using it or pass another --port`
            : `ports ${firstPort}-${candidate} on ${host} are all in use; pass a free one with --port`,
          { cause: error },
        );
      }
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
        throw new UsageError(MODULE, `cannot listen on host ${host}: no such local address; try --host 127.0.0.1`, { cause: error });
      }
      if (code === "EACCES") {
        throw new KgError(MODULE, `not allowed to listen on port ${candidate}; use a port above 1023`, { cause: error });
      }
      throw new KgError(MODULE, `cannot listen on ${host}:${candidate}: ${(error as Error).message}`, { cause: error });
    }
  }
  if (port < 0) throw new KgError(MODULE, `no free port from ${firstPort}; pass one with --port`);

  return {
    url: `http://${urlHost(host)}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
