import type { Page } from 'playwright-core'

export type Rgb = readonly [number, number, number]

/** A region of the page as painted: rows of RGB pixels, read from a screenshot. */
export interface Pixels {
  width: number
  height: number
  at(x: number, y: number): Rgb
}

/** Screenshots `clip` (page pixels, scale 1) and decodes it in the page itself (no PNG library here). */
export async function pixelsOf(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  const png = await page.screenshot({ clip })
  const { width, height, data } = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d canvas to decode the screenshot')
    context.drawImage(bitmap, 0, 0)
    const image = context.getImageData(0, 0, bitmap.width, bitmap.height)
    return { width: image.width, height: image.height, data: [...image.data] }
  }, png.toString('base64'))
  return {
    width,
    height,
    at: (x, y) => {
      const i = (y * width + x) * 4
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]
    },
  }
}

export function hexRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Whether two colors are the same to the eye (each channel within `tolerance`). */
export function sameColor(a: Rgb, b: Rgb, tolerance = 6): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance)
}

/**
 * The share of `color` laid over `base` that `pixel` shows, when it is such a
 * blend (each channel agreeing within `tolerance`); null when it is not.
 */
export function blendShare(pixel: Rgb, base: Rgb, color: Rgb, tolerance = 6): number | null {
  const channels = [0, 1, 2] as const
  const spread = (i: 0 | 1 | 2) => color[i] - base[i]
  const length = channels.reduce<number>((sum, i) => sum + spread(i) ** 2, 0)
  if (length === 0) return null
  const share =
    channels.reduce<number>((sum, i) => sum + spread(i) * (pixel[i] - base[i]), 0) / length
  const mix = (i: 0 | 1 | 2) => base[i] + share * spread(i)
  return sameColor(pixel, [mix(0), mix(1), mix(2)], tolerance) ? share : null
}
