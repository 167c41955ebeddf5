// Reads a CSV from a user-given https URL: no cookies, a size cap enforced while streaming,
// and a sentence for each way it can fail. Runs in the loader worker.
import { LoaderError } from './loaderProtocol';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchCsvOptions {
  readonly fetch: FetchLike;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
  /** Bytes received so far and the total when the server announced it. */
  readonly onBytes?: (received: number, total: number | null) => void;
}

const MB = 1024 * 1024;
const mb = (bytes: number): string => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

/** Only https: anything else (http:, data:, javascript:, file:) is refused before any request. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new LoaderError('url_invalid', `"${raw}" is not a web address. Paste a full address starting with https://.`, { url: raw });
  }
  if (url.protocol !== 'https:') {
    throw new LoaderError('url_scheme',
      `Only https:// addresses can be loaded; this one starts with "${url.protocol}". Use the https address of the file.`,
      { url: raw, scheme: url.protocol });
  }
  return url;
}

function tooLarge(host: string, bytes: number, maxBytes: number): LoaderError {
  return new LoaderError('too_large',
    `The file at ${host} is larger than ${mb(maxBytes)} MB (${mb(bytes)} MB or more) and was not loaded.`,
    { host, bytes, maxBytes });
}

/** Concatenates chunks into one array of exactly `total` bytes. */
function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === total) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export async function fetchCsv(raw: string, options: FetchCsvOptions): Promise<Uint8Array> {
  const url = checkUrl(raw);
  const host = url.host;
  let response: Response;
  try {
    response = await options.fetch(url.href, {
      credentials: 'omit',
      mode: 'cors',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    // Browsers report offline, DNS, refused connections and CORS refusals alike, as a TypeError.
    throw new LoaderError('network',
      `Could not read ${host}: the site is unreachable, or it does not allow other websites to read the file (CORS). ` +
      'Check the address, or download the file and upload it instead.', { host });
  }
  if (response.url && !response.url.startsWith('https:')) {
    throw new LoaderError('url_scheme', `${host} redirected to an address that is not https, so it was not loaded.`,
      { url: raw, scheme: new URL(response.url).protocol });
  }
  if (!response.ok) {
    throw new LoaderError('http_status',
      `${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} instead of the file. Check the address.`,
      { host, status: response.status });
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  const total = Number.isFinite(announced) && announced >= 0 ? announced : null;
  if (total !== null && total > options.maxBytes) throw tooLarge(host, total, options.maxBytes);

  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > options.maxBytes) throw tooLarge(host, bytes.byteLength, options.maxBytes);
    options.onBytes?.(bytes.byteLength, total);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    // Servers may omit or understate Content-Length: count what actually arrives.
    if (received > options.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(host, received, options.maxBytes);
    }
    chunks.push(value);
    options.onBytes?.(received, total);
  }
  return concat(chunks, received);
}
