/**
 * Bytes as base64, for binary exports (the CSV zip) that travel in a string (GraphQL, ExportFile).
 * `btoa` rather than Node's Buffer, so the exporters also run in the browser.
 */
export function toBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode takes its arguments on the stack, which a large file would overflow.
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}
