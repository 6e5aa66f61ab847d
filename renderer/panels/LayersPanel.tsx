import { useSyncExternalStore } from 'react'
import '../team/team.css'
import type { DocumentStore, LayerOf } from '../state/document-store.ts'
import { CURATION_LAYER } from '../../shared/contract/model.ts'
import { layerName } from '../state/team.ts'
import type { Workbench } from '../state/workbench.ts'

const KIND_TEXT = {
  label: 'other label',
  boundary: 'boundary',
  only_a: 'only here',
  only_b: 'only there',
  relation: 'relation',
  attribute: 'attribute',
} as const

/**
 * The layers of the open document: whose layer is shown (others' read-only,
 * the curated one editable), the layer it is compared with, and where they
 * disagree (d / Shift+D step through them).
 */
export function LayersPanel({ store, workbench }: { store: DocumentStore; workbench: Workbench }) {
  const team = useSyncExternalStore(workbench.team.subscribe, workbench.team.getSnapshot)
  const { suggestionCount } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const me = workbench.getSnapshot().info?.annotator ?? ''
  const shown = layerName(store.layer, me)
  const choices = [
    me,
    ...team.layers.map((l) => l.annotator).filter((a) => a !== me && a !== CURATION_LAYER),
    CURATION_LAYER,
  ]
  const count = (name: string) => {
    const layer = team.layers.find((l) => l.annotator === name)
    if (!layer) return 'nothing yet'
    return `${layer.spans} ${layer.spans === 1 ? 'span' : 'spans'}${layer.problem ? ', unreadable' : ''}`
  }
  const choose = (name: string) => void workbench.documents.showLayer(layerOf(name, me))
  return (
    <section className="details layers" aria-label="Layers">
      <label className="attr">
        <span>Layer</span>
        <select aria-label="Layer shown" value={shown} onChange={(e) => choose(e.target.value)}>
          {choices.map((name) => (
            <option key={name} value={name}>
              {name === me ? `${name} (mine)` : name} · {count(name)}
            </option>
          ))}
        </select>
      </label>
      {store.readOnly && <p className="layer-note">{shown}&apos;s layer: read-only.</p>}
      {store.layer.kind === 'curation' && (
        <p className="layer-note" aria-live="polite">
          Curating: {suggestionCount === 1 ? '1 item' : `${suggestionCount} items`} left · n /
          Shift+N move, a accepts the dashed item, x rejects it.
        </p>
      )}
      <label className="attr">
        <span>Compare</span>
        <select
          aria-label="Compare with"
          value={team.compareWith ?? ''}
          onChange={(e) => void workbench.documents.compareWith(e.target.value || null)}
        >
          <option value="">no comparison</option>
          {choices
            .filter((name) => name !== shown)
            .map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
        </select>
      </label>
      {team.compareWith && (
        <>
          <p className="layer-note" aria-live="polite">
            {team.disagreements.length === 1
              ? '1 disagreement'
              : `${team.disagreements.length} disagreements`}{' '}
            with {team.compareWith} (d / Shift+D)
          </p>
          <ol className="disagreements">
            {team.disagreements.map((d, i) => (
              <li
                key={`${d.kind}:${d.start}:${d.end}:${d.a.join()}:${d.b.join()}`}
                className={i === team.at ? 'current' : undefined}
                data-kind={d.kind}
              >
                <span className="kind">{KIND_TEXT[d.kind]}</span> {d.message}
              </li>
            ))}
          </ol>
        </>
      )}
      {store.layer.kind === 'curation' && team.relationCandidates.length > 0 && (
        <ul className="relation-candidates" aria-label="Relations to curate">
          {team.relationCandidates.map((c) => (
            <li
              key={`${c.start}:${c.end}:${c.relation?.type}:${c.relation?.from.id}:${c.relation?.to.id}`}
            >
              {c.relation?.from.text} → {c.relation?.type} → {c.relation?.to.text} (
              {c.layers.join(', ')}){' '}
              <button type="button" onClick={() => workbench.team.acceptRelation(c, store)}>
                Accept
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function layerOf(name: string, me: string): LayerOf {
  if (name === me) return { kind: 'own' }
  if (name === CURATION_LAYER) return { kind: 'curation' }
  return { kind: 'annotator', name }
}
