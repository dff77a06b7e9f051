/**
 * A Uint8Array as a Response body. TypeScript's DOM types only accept ArrayBuffer-backed views; ours
 * (from resvg, pdf-lib, Buffer) are, but their declared type says ArrayBufferLike.
 */
export function alsBody(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes as Uint8Array<ArrayBuffer>;
}
