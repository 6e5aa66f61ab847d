/**
 * The export dialog: format, filters, split and a progress bar, the same
 * choices as `spanbench export`. The export runs as a job the dialog polls;
 * the desktop app asks where to save, browser mode downloads the result.
 */
import { useState } from 'react'
import type { ExportJob } from '../../shared/datasets/export-options.ts'
import type { DocumentSummary, LabelSchema } from '../../shared/contract/model.ts'
import { bridge, call } from '../api.ts'
import {
  FORMAT_CHOICES,
  STATUSES,
  exportInput,
  initialForm,
  toggled,
  type ExportForm,
} from './export-form.ts'
import { Modal } from '../app/Modal.tsx'
import { exportSummary, followExportJob } from './export-job.ts'
import { DocumentPicker } from './DocumentPicker.tsx'

const SPLITS = ['train', 'dev', 'test'] as const

interface ExportDialogProps {
  schema: LabelSchema
  documents: readonly DocumentSummary[]
  onClose: () => void
}

export function ExportDialog({ schema, documents, onClose }: ExportDialogProps) {
  const [form, setForm] = useState<ExportForm>(() => initialForm(schema))
  const [job, setJob] = useState<ExportJob | null>(null)
  const [error, setError] = useState<string | null>(null)
  const set = (change: Partial<ExportForm>) => setForm((f) => ({ ...f, ...change }))
  const running = job?.state === 'running'

  const start = async () => {
    setError(null)
    const input = exportInput(form, schema, bridge ? 'path' : 'download')
    if (typeof input === 'string') {
      setError(input)
      return
    }
    try {
      const { job: id } = await call('export.start', input)
      if (id === null) return
      setJob({ state: 'running', done: 0, total: 0 })
      await followExportJob(id, setJob)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  const choice = FORMAT_CHOICES.find((c) => c.id === form.format)
  return (
    <Modal label="Export" onClose={running ? null : onClose} className="export-dialog">
      <h2>Export a dataset</h2>
      <label>
        Format{' '}
        <select
          value={form.format}
          disabled={running}
          onChange={(e) =>
            set({ format: FORMAT_CHOICES.find((c) => c.id === e.target.value)?.id ?? 'jsonl' })
          }
        >
          {FORMAT_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <p style={{ color: 'var(--muted)', margin: '4px 0 10px' }}>{choice?.note}</p>
      {form.format === 'doccano' && (
        <label>
          <input
            type="checkbox"
            checked={form.codePoints}
            onChange={(e) => set({ codePoints: e.target.checked })}
          />{' '}
          Offsets in code points instead of UTF-16
        </label>
      )}
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
                onChange={(e) =>
                  set({ seed: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
                }
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
      {job && (
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
      )}
      {error && (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" onClick={onClose} disabled={running}>
          {job?.state === 'done' ? 'Close' : 'Cancel'}
        </button>
        <button
          type="button"
          style={{ fontWeight: 600 }}
          onClick={() => void start()}
          disabled={running}
        >
          {bridge ? 'Export…' : 'Export and download'}
        </button>
      </div>
    </Modal>
  )
}

/** The top bar's "Export…" button and the dialog it opens. */
export function ExportButton({
  schema,
  documents,
}: {
  schema: LabelSchema | undefined
  documents: readonly DocumentSummary[]
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!schema}>
        Export…
      </button>
      {open && schema && (
        <ExportDialog schema={schema} documents={documents} onClose={() => setOpen(false)} />
      )}
    </>
  )
}
