import type { DecisionView, DocumentPreview } from '../../shared/contract/import-api.ts'
import {
  STEP_LABELS,
  decisionsByStep,
  documentStep,
  setDecision,
  visible,
  type Choices,
} from './preview-state.ts'

interface DecisionListProps {
  doc: DocumentPreview
  choices: Choices
  onChange: (change: (choices: Choices) => Choices) => void
}

/** Every decision cleanup made (or would make) on a document, each with its reason and a switch. */
export function DecisionList({ doc, choices, onChange }: DecisionListProps) {
  const groups = decisionsByStep(doc.decisions)
  if (groups.length === 0) return <p className="hint">Cleanup changes nothing in this document.</p>
  return (
    <section className="decisions" aria-label="Decisions">
      {groups.map(({ step, decisions }) => {
        const stepOn = documentStep(choices, doc.key, step)
        return (
          <div key={step} className="decision-group">
            <h4>
              {STEP_LABELS[step]}
              {!stepOn && <span className="hint"> (off: listed, not applied)</span>}
            </h4>
            <ul>
              {decisions.map((d) => (
                <Decision
                  key={d.id}
                  decision={d}
                  // The user's own choice shows at once; the rest as the last preview made them.
                  applied={stepOn && (choices.documents[doc.key]?.decisions?.[d.id] ?? d.applied)}
                  stepOn={stepOn}
                  onApply={(applied) => onChange((c) => setDecision(c, doc.key, d.id, applied))}
                />
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

/** Changes up to this long are shown before and after. */
const SHORT = 80

interface DecisionProps {
  decision: DecisionView
  applied: boolean
  stepOn: boolean
  onApply: (applied: boolean) => void
}

function Decision({ decision: d, applied, stepOn, onApply }: DecisionProps) {
  return (
    <li className={applied ? 'decision applied' : 'decision'} data-decision={d.id}>
      <label>
        <input
          type="checkbox"
          checked={applied}
          disabled={!stepOn}
          onChange={(e) => onApply(e.target.checked)}
        />
        {d.summary}
      </label>
      {d.step === 'boilerplate' && stepOn && (
        <button
          type="button"
          aria-label={applied ? `Keep: ${d.summary}` : `Leave out: ${d.summary}`}
          onClick={() => onApply(!applied)}
        >
          {applied ? 'Keep' : 'Leave out'}
        </button>
      )}
      <div className="reason">{d.reason}</div>
      {/* A whole rewrapped paragraph says little here; the marks in the text show it. */}
      {d.step !== 'boilerplate' && d.before.length <= SHORT && (
        <div className="change">
          <code>{visible(d.before)}</code> → <code>{visible(d.after)}</code>
          {d.alternative !== undefined && (
            <span className="hint">
              {' '}
              (off: <code>{visible(d.alternative)}</code>)
            </span>
          )}
        </div>
      )}
    </li>
  )
}
