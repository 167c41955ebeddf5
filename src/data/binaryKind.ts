// Recognises files that are not text by their first bytes, so the person is told what the file is
// ("an Excel workbook", "a PDF") instead of "invalid UTF-8 at line 2".

export type BinaryKind = 'xlsx' | 'xls' | 'encrypted' | 'parquet' | 'pdf' | 'zip' | 'gzip' | 'image' | 'ods' | 'docx' | 'pptx';

const starts = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const utf16le = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

/** Whether `magic` occurs anywhere in the bytes. */
function contains(bytes: Uint8Array, magic: readonly number[]): boolean {
  const first = magic[0]!;
  for (let at = bytes.indexOf(first); at >= 0 && at + magic.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    if (starts(bytes, magic, at)) return true;
  }
  return false;
}

// A password-protected .xlsx is not a zip: Office wraps it in the old compound format, as a stream of this name.
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

/** The kind of a binary file, or null for anything that may be text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  if (starts(bytes, ascii('PAR1'))) return 'parquet';
  if (starts(bytes, ascii('%PDF'))) return 'pdf';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  if (starts(bytes, [0x1f, 0x8b])) return 'gzip';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47]) || starts(bytes, [0xff, 0xd8, 0xff]) || starts(bytes, ascii('GIF8'))) return 'image';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: an Office Open XML workbook names xl/ in its first entries, a Word document word/, a presentation
    // ppt/; OpenDocument writes its mimetype first.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (head.includes('xl/')) return 'xlsx';
    if (head.includes('word/')) return 'docx';
    if (head.includes('ppt/')) return 'pptx';
    // Office, but its parts are further in: most likely a workbook here, and the workbook reader says if it is not.
    if (head.includes('[Content_Types].xml')) return 'xlsx';
    if (head.includes('opendocument.spreadsheet')) return 'ods';
    return 'zip';
  }
  return null;
}

const WHAT: Readonly<Record<BinaryKind, string>> = {
  xlsx: 'an Excel workbook', xls: 'an old Excel workbook (.xls)', encrypted: 'a password-protected workbook', parquet: 'a Parquet file', pdf: 'a PDF', zip: 'a zip archive',
  gzip: 'a gzip archive', image: 'an image', ods: 'an OpenDocument spreadsheet', docx: 'a Word document', pptx: 'a PowerPoint presentation',
};

/** A spreadsheet in a format the app does not read (it could be saved as .xlsx). */
export function isSpreadsheet(kind: BinaryKind): boolean {
  return kind === 'xls' || kind === 'ods' || kind === 'encrypted';
}

/** How the file is described in the message. */
export function binaryDescription(kind: BinaryKind): string {
  return WHAT[kind];
}
