import type { Linking } from '../state/linking.ts'
import type { Workbench } from '../state/workbench.ts'

/** Which relation, when more than one type fits the two spans: press its number or click it. */
export function TypeChooser({ linking, workbench }: { linking: Linking; workbench: Workbench }) {
  if (!linking.choosing) return null
  return (
    <div className="type-chooser" role="dialog" aria-label="Relation type">
      <p>Which relation?</p>
      <ol>
        {linking.choosing.types.map((t, i) => (
          <li key={t.id}>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => workbench.chooseRelationType(i)}
            >
              <kbd>{i + 1}</kbd> {t.name}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="cancel" onClick={() => workbench.cancelLinking()}>
        Cancel (Esc)
      </button>
    </div>
  )
}
