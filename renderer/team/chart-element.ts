/**
 * The SVG of a chart Plot drew, named for assistive technology as one image:
 * role img with the chart's name; the marks' own labels inside it (which a
 * screen reader would not reach in an image) are taken off.
 */
export function chartElement(chart: SVGSVGElement | HTMLElement, name: string): SVGSVGElement {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg')
  if (!svg) throw new Error('the chart did not draw')
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', name)
  for (const part of svg.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label')
  return svg
}
