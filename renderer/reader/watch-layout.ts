/**
 * Calls `measure` now, and again (at most once a frame) whenever what is
 * painted in the scrolling `root` may have moved: a scroll (chunks become
 * real and take their height as they near the view), a resize, and
 * highlights painted or changed (they arrive after the text). Returns the
 * function that stops watching.
 */
export function watchLayout(root: HTMLElement, measure: () => void): () => void {
  let frame = 0
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0
        measure()
      })
  }
  measure()
  root.addEventListener('scroll', schedule, { passive: true })
  const resized = new ResizeObserver(schedule)
  resized.observe(root)
  const painted = new MutationObserver(schedule)
  painted.observe(root, { subtree: true, childList: true, attributeFilter: ['data-spans'] })
  return () => {
    cancelAnimationFrame(frame)
    root.removeEventListener('scroll', schedule)
    resized.disconnect()
    painted.disconnect()
  }
}
