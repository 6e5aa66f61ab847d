import { useEffect, useRef, useState } from 'react'
import { agreementCsv } from '../../shared/agreement/report-csv.ts'
import type { ApiOutput } from '../../shared/contract/api.ts'
import { call } from '../api.ts'
import { agreementHeatmap, confusionChart, type Matching } from './agreement-chart.ts'
import { pngFile, saveBlob, svgFile } from './save-file.ts'
import { AlphaTable, DocumentsTable, PairsTable } from './AgreementTables.tsx'
import './team.css'

interface AgreementViewProps {
  /** Opens a document (to compare its layers). */
  onOpen: (docId: string) => void
  titleOf: (docId: string) => string
  onError: (message: string) => void
}

/** Agreement between the corpus's annotators: the heatmap, the coefficients, the documents to adjudicate. */
export function AgreementView({ onOpen, titleOf, onError }: AgreementViewProps) {
  const [result, setResult] = useState<ApiOutput<'agreement.compute'> | null>(null)
  const [pair, setPair] = useState(0)
  const matrix = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [matching, setMatching] = useState<Matching>('exact')
  const chart = useRef<HTMLDivElement>(null)

  useEffect(() => {
    call('agreement.compute', {}).then(setResult, (err: unknown) =>
      setFailure(err instanceof Error ? err.message : String(err)),
    )
  }, [])

  const report = result?.report
  useEffect(() => {
    const host = chart.current
    if (!host || !report || report.pairs.length === 0) return
    host.replaceChildren(agreementHeatmap(report, matching))
  }, [report, matching])

  const confusion = result?.confusion[pair]
  useEffect(() => {
    const host = matrix.current
    if (host && confusion) host.replaceChildren(confusionChart(confusion))
  }, [confusion])

  if (failure) return <section className="agreement">{failure}</section>
  if (!result || !report) return <section className="agreement">Measuring agreement…</section>

  const svg = () => chart.current?.querySelector('svg') ?? null
  const saveSvg = () => {
    const s = svg()
    if (s) saveBlob(`agreement-${matching}.svg`, svgFile(s))
  }
  const savePng = () => {
    const s = svg()
    if (s) pngFile(s).then((png) => saveBlob(`agreement-${matching}.png`, png), onError)
  }
  const saveCsv = () =>
    saveBlob('agreement.csv', new Blob([agreementCsv(report)], { type: 'text/csv' }))

  return (
    <section className="agreement" aria-label="Agreement" tabIndex={-1}>
      <h2>Agreement</h2>
      <p>
        {report.annotators.join(', ')} · {report.documents}{' '}
        {report.documents === 1 ? 'document' : 'documents'} coded by at least two. Definitions:
        docs/agreement.md.
      </p>
      {result.problems.length > 0 && (
        <ul className="agreement-problems" role="alert">
          {result.problems.map((p) => (
            <li key={p.path}>
              Left out {p.path}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {report.pairs.length === 0 ? (
        <p>Agreement needs at least two annotators who coded the same document.</p>
      ) : (
        <>
          <div className="agreement-tools" role="group" aria-label="Chart">
            <label>
              Match{' '}
              <select value={matching} onChange={(e) => setMatching(e.target.value as Matching)}>
                <option value="exact">exact extents</option>
                <option value="overlap">overlapping extents</option>
              </select>
            </label>
            <button type="button" onClick={saveSvg}>
              Save SVG
            </button>
            <button type="button" onClick={savePng}>
              Save PNG
            </button>
            <button type="button" onClick={saveCsv}>
              Save CSV
            </button>
          </div>
          <div className="agreement-chart" ref={chart} />
          <div className="agreement-tools" role="group" aria-label="Confusion matrix">
            <label>
              Labels of{' '}
              <select value={pair} onChange={(e) => setPair(Number(e.target.value))}>
                {result.confusion.map((c, i) => (
                  <option key={`${c.a}|${c.b}`} value={i}>
                    {c.a} against {c.b}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="agreement-chart" ref={matrix} />
          <AlphaTable report={report} />
          <PairsTable report={report} />
        </>
      )}
      <DocumentsTable report={report} onOpen={onOpen} titleOf={titleOf} />
    </section>
  )
}
