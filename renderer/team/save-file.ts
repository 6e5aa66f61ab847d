/** Files made in the page (charts, tables) saved as downloads: a save dialog in the desktop app. */
import { startDownload } from '../download.ts'

export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  startDownload(url, name)
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The markup of a standalone SVG file of a chart drawn in the page. */
function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return new XMLSerializer().serializeToString(copy)
}

/** A standalone SVG file of a chart drawn in the page. */
export function svgFile(svg: SVGSVGElement): Blob {
  return new Blob([svgText(svg)], { type: 'image/svg+xml' })
}

/** The chart as a PNG at twice its size (sharp on high-density screens and in print). */
export async function pngFile(svg: SVGSVGElement): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect()
  // A data: URL, which the app's content security policy allows for images (blob: it does not).
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * 2)
  canvas.height = Math.ceil(height * 2)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('This browser cannot draw the chart as an image.')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG failed'))), 'image/png'),
  )
}
