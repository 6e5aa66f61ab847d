/**
 * The export dialog: format, filters, split and a progress bar, the same
 * choices as `spanbench export`. The export runs as a job the dialog polls;
 * the desktop app asks where to save, browser mode downloads the result.
 */
import { useState } from 'react'
import type { ExportJob } from '../../shared/datasets/export-options.ts'
import type { DocumentSummary, LabelSchema } from '../../shared/contract/model.ts'
import { bridge, call } from '../api.ts'
import { FORMAT_CHOICES, exportInput, initialForm, type ExportForm } from './export-form.ts'
import { Modal } from '../app/Modal.tsx'
import { followExportJob } from './export-job.ts'
import { JobStatus, SelectionFields, SplitFields } from './ExportFields.tsx'

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
      <SelectionFields
        form={form}
        set={set}
        running={running}
        schema={schema}
        documents={documents}
      />
      <SplitFields form={form} set={set} running={running} />
      <JobStatus job={job} />
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
