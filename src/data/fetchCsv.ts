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

/** Only https: anything else (http:, data:, javascript:, file:) is refused before any request. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new LoaderError('url_invalid', { url: raw });
  }
  if (url.protocol !== 'https:') throw new LoaderError('url_scheme', { url: raw, scheme: url.protocol });
  return url;
}

/** Whole megabytes, for messages. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

const tooLarge = (maxBytes: number): LoaderError => new LoaderError('too_large', { maxMB: megabytes(maxBytes) });

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
    throw new LoaderError('network', { host });
  }
  if (response.url && !response.url.startsWith('https:')) {
    throw new LoaderError('url_redirect', { host });
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new LoaderError('http_status', { host, status });
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  const total = Number.isFinite(announced) && announced >= 0 ? announced : null;
  if (total !== null && total > options.maxBytes) throw tooLarge(options.maxBytes);

  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > options.maxBytes) throw tooLarge(options.maxBytes);
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
      throw tooLarge(options.maxBytes);
    }
    chunks.push(value);
    options.onBytes?.(received, total);
  }
  return concat(chunks, received);
}
