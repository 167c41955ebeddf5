// A composed SVG drawn into a canvas and encoded as PNG. The SVG holds no external reference, so the canvas
// stays readable (not tainted).

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the figure could not be drawn'));
    img.src = url;
  });
}

function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) throw new Error('PNG encoding failed');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** `svg` drawn at widthPx x heightPx CSS pixels, `scale` device pixels each (2 = sharp on high-density screens). */
export async function svgToPngBlob(svg: string, widthPx: number, heightPx: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    performance.mark('export:loaded');
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * scale);
    canvas.height = Math.round(heightPx * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    performance.mark('export:drawn');
    // Encoded at once: Chromium's toBlob() waits for an idle moment, up to a second on a busy page.
    return dataUrlToBlob(canvas.toDataURL('image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Device pixels per CSS pixel for a PNG: at least 2, and at least 1200 px wide. */
export function pngScale(widthPx: number, minWidth = 1200): number {
  return Math.max(2, minWidth / Math.max(1, widthPx));
}
