#!/usr/bin/env node
import { run } from "./program.js";

// A closed pipe (`kg query ... | head`) is not an error of ours: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv);
