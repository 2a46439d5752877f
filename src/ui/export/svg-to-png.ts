/**
 * Canvases have limits: Chromium refuses sides over 32,767 pixels and Firefox areas over about
 * 124 megapixels (and memory runs out well before). Beyond these the PNG is drawn smaller.
 */
const MAX_SIDE = 16_384
const MAX_AREA = 48_000_000

/** The scale a PNG of a `width` × `height` drawing gets: `wanted`, or less when that would not fit a canvas. */
export function pngScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)))
}

/**
 * Draws an SVG into a PNG in the browser: the SVG is loaded as an image (no script in it can
 * run, and it fetches nothing: it references nothing outside itself) and painted onto a canvas.
 */
export async function svgToPng(svg: string, width: number, height: number, wanted = 2): Promise<{ blob: Blob; width: number; height: number; scale: number }> {
  const scale = pngScale(width, height, wanted)
  const w = Math.max(1, Math.round(width * scale))
  const h = Math.max(1, Math.round(height * scale))
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('this browser cannot draw on a canvas')
    ctx.drawImage(img, 0, 0, w, h)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('the browser could not encode the PNG')
    return { blob, width: w, height: h, scale }
  } finally {
    URL.revokeObjectURL(url)
  }
}
