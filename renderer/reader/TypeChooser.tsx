import { useLayoutEffect, useRef, useState } from 'react'
import type { Linking } from '../state/linking.ts'
import type { Workbench } from '../state/workbench.ts'

/** Where the chooser goes: just below the target span, or above it near the window's bottom. */
function placeAt(span: DOMRect, box: DOMRect): { left: number; top: number } {
  const margin = 8
  const below = span.bottom + 4
  const top = below + box.height > innerHeight - margin ? span.top - box.height - 4 : below
  const left = Math.min(Math.max(margin, span.left), innerWidth - box.width - margin)
  return { left, top: Math.max(margin, top) }
}

/**
 * Which relation, when more than one type fits the two spans: press its
 * number or click it. It opens at the target span, over the text, and moves
 * nothing.
 */
export function TypeChooser({ linking, workbench }: { linking: Linking; workbench: Workbench }) {
  const box = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ left: number; top: number } | null>(null)
  const target = linking.choosing?.to

  useLayoutEffect(() => {
    const el = box.current
    const span = target
      ? document.querySelector(`.reader [data-spans~="${CSS.escape(target)}"]`)
      : null
    if (el && span) setAt(placeAt(span.getBoundingClientRect(), el.getBoundingClientRect()))
  }, [target])

  if (!linking.choosing) return null
  return (
    <div
      ref={box}
      className="type-chooser"
      role="dialog"
      aria-label="Relation type"
      style={at ? { left: at.left, top: at.top } : { visibility: 'hidden' }}
    >
      <p>Which relation?</p>
      <ol>
        {linking.choosing.types.map((t, i) => (
          <li key={t.id}>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => workbench.linking.chooseRelationType(i)}
            >
              <kbd>{i + 1}</kbd> {t.name}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="cancel" onClick={() => workbench.linking.cancel()}>
        Cancel (Esc)
      </button>
    </div>
  )
}
