/** Bytes of one input as read by the io module, before decoding. */
export interface RawInput {
  /** Stable article id: path relative to the input root, "/" separators ("-" for stdin). */
  id: string;
  /** Path as given or found on disk, for messages. */
  path: string;
  bytes: Uint8Array;
}

/** A problem with one input that did not stop the build. */
export interface Warning {
  file: string;
  reason: string;
}
