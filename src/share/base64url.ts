/**
 * base64url (RFC 4648 section 5, no padding) for bytes and UTF-8 text: the alphabet survives URLs
 * unescaped. atob/btoa exist in browsers and in Node 16+.
 */

export function bytesToBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i] as number);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or null when the text is not base64url (bad characters, impossible length). */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let bin: string;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function textToBase64url(text: string): string {
  return bytesToBase64url(new TextEncoder().encode(text));
}

/** The text, or null when it is not base64url or not valid UTF-8. */
export function base64urlToText(text: string): string | null {
  const bytes = base64urlToBytes(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Float64 values as little-endian bytes, exact (NaN and +/-Infinity included). */
export function floatsToBase64url(values: readonly number[]): string {
  const buf = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((v, i) => buf.setFloat64(i * 8, v, true));
  return bytesToBase64url(new Uint8Array(buf.buffer));
}

/** The values, or null when the text is not base64url or not a whole number of float64s. */
export function base64urlToFloats(text: string): number[] | null {
  const bytes = base64urlToBytes(text);
  if (!bytes || bytes.length % 8 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 8) out.push(view.getFloat64(i, true));
  return out;
}
