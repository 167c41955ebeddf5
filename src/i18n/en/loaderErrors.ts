// Why a whole load failed (network, URL, size, a broken worker). Problems inside a file are load issues instead.
// Keys are `loaderError.<LoaderErrorCode>`; the worker builds its English messages from these same strings.
export const loaderErrors = {
  'loaderError.url_invalid': '"{url}" is not a web address. Paste a full address starting with https://.',
  'loaderError.url_scheme': 'Only https:// addresses can be loaded; this one starts with "{scheme}". Use the https address of the file.',
  'loaderError.url_redirect': '{host} redirected to an address that is not https, so the file was not loaded.',
  'loaderError.network':
    'Could not read {host}: the site is unreachable, or it does not allow other websites to read the file (CORS). Check the address, or download the file and upload it instead.',
  'loaderError.http_status': '{host} answered {status} instead of the file. Check the address.',
  'loaderError.too_large': 'The file is larger than {maxMB} MB and was not loaded.',
  'loaderError.bundled': 'A data file shipped with the app ({file}) could not be read. Reload the page.',
  'loaderError.worker': 'The data loader stopped unexpectedly. Reload the page.',
  'loaderError.internal': 'Loading failed unexpectedly: {detail}',
} as const;
