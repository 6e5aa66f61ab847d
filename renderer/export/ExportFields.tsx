/**
 * The export dialog's parts: which annotations and documents, the split, and
 * the job's progress and summary.
 */
import type { DocumentSummary, LabelSchema } from '../../shared/contract/model.ts'
import type { ExportJob } from '../../shared/datasets/export-options.ts'
import { DocumentPicker } from './DocumentPicker.tsx'
import { STATUSES, toggled, type ExportForm } from './export-form.ts'
import { exportSummary } from './export-job.ts'

const SPLITS = ['train', 'dev', 'test'] as const

interface FormPartProps {
  form: ExportForm
  set: (change: Partial<ExportForm>) => void
  running: boolean
}

/** Labels, document statuses, annotators and documents to export. */
export function SelectionFields({
  form,
  set,
  running,
  schema,
  documents,
}: FormPartProps & { schema: LabelSchema; documents: readonly DocumentSummary[] }) {
  return (
    <>
      <fieldset disabled={running}>
        <legend>Labels</legend>
        {schema.labels.map((l) => (
          <label key={l.id} style={{ marginRight: 12 }}>
            <input
              type="checkbox"
              checked={form.labels.includes(l.id)}
              onChange={() =>
                set({
                  labels: toggled(
                    form.labels,
                    l.id,
                    schema.labels.map((x) => x.id),
                  ),
                })
              }
            />{' '}
            {l.name}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={running}>
        <legend>Documents with status</legend>
        {STATUSES.map((s) => (
          <label key={s} style={{ marginRight: 12 }}>
            <input
              type="checkbox"
              checked={form.statuses.includes(s)}
              onChange={() => set({ statuses: toggled(form.statuses, s, STATUSES) })}
            />{' '}
            {s.replace('_', ' ')}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={running}>
        <legend>Whose annotations, which documents</legend>
        <label>
          Annotators{' '}
          <input
            value={form.annotators}
            placeholder="you (names, comma-separated)"
            onChange={(e) => set({ annotators: e.target.value })}
          />
        </label>{' '}
        <DocumentPicker
          documents={documents}
          picked={form.documents}
          onChange={(ids) => set({ documents: ids })}
        />
        <label style={{ display: 'block', marginTop: 6 }}>
          <input
            type="checkbox"
            checked={form.untouched}
            onChange={(e) => set({ untouched: e.target.checked })}
          />{' '}
          Include documents without annotations (they become all-O training text)
        </label>
      </fieldset>
    </>
  )
}

/** Whether and how to split by document: shares, seed, stratification. */
export function SplitFields({ form, set, running }: FormPartProps) {
  return (
    <fieldset disabled={running}>
      <legend>
        <label>
          <input
            type="checkbox"
            checked={form.split}
            onChange={(e) => set({ split: e.target.checked })}
          />{' '}
          Split by document
        </label>
      </legend>
      {form.split && (
        <>
          {SPLITS.map((name, i) => (
            <label key={name} style={{ marginRight: 10 }}>
              {name}{' '}
              <input
                type="number"
                min={0}
                style={{ width: '4em' }}
                value={form.ratios[i]}
                onChange={(e) => {
                  const ratios: [number, number, number] = [...form.ratios]
                  ratios[i] = Math.max(0, Number(e.target.value) || 0)
                  set({ ratios })
                }}
              />
            </label>
          ))}
          <label style={{ marginRight: 10 }}>
            seed{' '}
            <input
              type="number"
              min={0}
              style={{ width: '6em' }}
              value={form.seed}
              onChange={(e) => set({ seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={form.stratify}
              onChange={(e) => set({ stratify: e.target.checked })}
            />{' '}
            stratified by label
          </label>
        </>
      )}
    </fieldset>
  )
}

/** The job's progress bar, then what it wrote and its warnings. */
export function JobStatus({ job }: { job: ExportJob | null }) {
  if (!job) return null
  return (
    <div role="status" style={{ margin: '10px 0' }}>
      <progress
        aria-label="Export progress"
        max={Math.max(1, job.total)}
        value={job.state === 'running' ? job.done : Math.max(1, job.total)}
        style={{ width: '100%' }}
      />
      {job.state === 'running'
        ? `${job.done} of ${job.total || '…'} documents`
        : job.state === 'done'
          ? exportSummary(job)
          : null}
      {job.state === 'done' &&
        (job.warnings ?? []).map((w) => (
          <p key={w} className="export-warning" style={{ color: '#8a5a00', margin: '4px 0' }}>
            Warning: {w}.
          </p>
        ))}
    </div>
  )
}
