import { useState } from 'react'
import type { ImportFilesProgress } from './import-batches.ts'

interface ImportProgressBarProps {
  progress: ImportFilesProgress
  onStop: () => void
}

/** How far a long import has come, in files, and what became of the documents so far. */
export function ImportProgressBar({ progress, onStop }: ImportProgressBarProps) {
  const [stopping, setStopping] = useState(false)
  const { filesDone, filesTotal, counts } = progress
  return (
    <div className="import-progress">
      <progress max={filesTotal} value={filesDone} aria-label="Import progress" />
      <p role="status">
        {filesDone} of {filesTotal} files: {counts.imported} imported, {counts.duplicate} already in
        the corpus, {counts.skipped} skipped, {counts.failed} failed
        {stopping ? '. Stopping after this batch…' : ''}
      </p>
      <button
        type="button"
        disabled={stopping}
        onClick={() => {
          setStopping(true)
          onStop()
        }}
      >
        Stop
      </button>
    </div>
  )
}
