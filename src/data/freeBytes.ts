// Frees an array's memory at once instead of at the next garbage collection (the loader worker's big buffers).
/**
 * Frees the memory behind `bytes` now, not at the next garbage collection: ArrayBuffer.transfer(0) detaches the
 * buffer (a big file's 80 MB were held beside the decoded text and the columns while those were built; the worker's
 * widened code columns, as large as what narrowing them saved, waited seconds for a collection).
 */
export function freeBytes(bytes: ArrayBufferView): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };
  // Not instanceof: a buffer from another realm (a test's TextEncoder) is freed too; a SharedArrayBuffer is not.
  if (Object.prototype.toString.call(buffer) !== '[object ArrayBuffer]' || buffer.detached === true || buffer.byteLength === 0) return;
  // Without transfer (older engines), a transferring clone detaches it too; the clone goes at the next collection.
  if (typeof buffer.transfer === 'function') buffer.transfer(0);
  else structuredClone(buffer, { transfer: [buffer] });
}
