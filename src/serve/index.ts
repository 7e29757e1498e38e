// The static HTTP server behind `kg view`.
export { handleRequest, hostName, LOOPBACK_HOSTS } from "./handler.js";
export type { FileSource, HandlerOptions, ServeRequest, ServeResponse } from "./handler.js";
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, ALLOWED_METHODS } from "./headers.js";
export { contentTypeFor, CONTENT_TYPES } from "./mime.js";
export { resolveRequestPath, GRAPH_FILES } from "./resolve.js";
export type { Resolution, RootName } from "./resolve.js";
export { createFileSource } from "./node-files.js";
export type { Roots } from "./node-files.js";
export { startServer, isLoopback, validatePort, DEFAULT_HOST, DEFAULT_PORT, PORT_ATTEMPTS } from "./server.js";
export type { RunningServer, ServeOptions } from "./server.js";
