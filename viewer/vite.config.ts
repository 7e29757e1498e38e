// Builds the viewer into viewer/dist: relative asset URLs (served from any path), no inline
// scripts (the server's CSP forbids them), everything bundled (works offline, no CDN).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    target: "es2022",
  },
  worker: { format: "es" },
});
