// Worker-thread entry of parallel extraction. It loads the extractor named by the spec in
// workerData (an ES module and a factory export), then answers batches of articles with their
// extractions, in order. Runs from dist/ (compiled JavaScript).
import { parentPort, workerData } from "node:worker_threads";
import type { Extractor } from "../extract/types.js";
import type { BatchRequest, WorkerReply, WorkerInit } from "./parallel.js";

async function loadExtractor(init: WorkerInit): Promise<Extractor> {
  const mod = (await import(init.spec.module)) as Record<string, unknown>;
  const factory = mod[init.spec.factory];
  if (typeof factory !== "function") {
    throw new Error(`${init.spec.module} has no function export "${init.spec.factory}"`);
  }
  return (await (factory as (...args: unknown[]) => Extractor | Promise<Extractor>)(...init.spec.args)) as Extractor;
}

const port = parentPort;
if (port === null) throw new Error("news-kg/pipeline: worker.js must run as a worker thread");

const ready = loadExtractor(workerData as WorkerInit);
// A failure to load is reported with the first batch, not as an unhandled rejection.
ready.catch(() => undefined);
port.on("message", (request: BatchRequest) => {
  ready.then(
    (extractor) => {
      const extractions = [];
      for (const article of request.articles) {
        try {
          extractions.push(extractor.extract(article));
        } catch (error) {
          const reply: WorkerReply = { type: "error", batch: request.batch, article: article.id, message: messageOf(error) };
          port.postMessage(reply);
          return;
        }
      }
      const reply: WorkerReply = { type: "done", batch: request.batch, extractions };
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: WorkerReply = { type: "error", batch: request.batch, message: `could not load the extractor: ${messageOf(error)}` };
      port.postMessage(reply);
    },
  );
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
