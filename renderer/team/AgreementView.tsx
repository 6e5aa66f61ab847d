import { useEffect, useRef, useState } from 'react'
import { agreementCsv } from '../../shared/agreement/report-csv.ts'
import type { ApiOutput } from '../../shared/contract/api.ts'
import { call } from '../api.ts'
import { agreementHeatmap, confusionChart, type Matching } from './agreement-chart.ts'
import { pngFile, saveBlob, svgFile } from './save-file.ts'
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
  const labels = Object.keys(report.alpha)
  const documents = [...report.per_document].sort(
    (a, b) =>
      Number(b.comparable) - Number(a.comparable) ||
      (a.f1 ?? 2) - (b.f1 ?? 2) ||
      (a.id < b.id ? -1 : 1),
  )

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
          <table className="agreement-alpha">
            <caption>Krippendorff&apos;s α over every annotator</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">α (nominal)</th>
                <th scope="col">α_u (unitizing)</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label) => (
                <tr key={label}>
                  <th scope="row">{label === '*' ? 'all labels' : label}</th>
                  <td>{ratio(report.alpha[label])}</td>
                  <td>{ratio(report.alpha_u[label])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="agreement-pairs">
            <caption>Annotator pairs</caption>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col">Label</th>
                <th scope="col">F1 exact</th>
                <th scope="col">F1 overlap</th>
                <th scope="col">Cohen&apos;s κ</th>
              </tr>
            </thead>
            <tbody>
              {report.pairs.map((p) => (
                <tr key={`${p.a}|${p.b}|${p.label}`}>
                  <td>
                    {p.a} × {p.b}
                  </td>
                  <td>{p.label === '*' ? 'all labels' : p.label}</td>
                  <td>{ratio(p.exact.f1)}</td>
                  <td>{ratio(p.overlap.f1)}</td>
                  <td>{ratio(p.kappa)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <table className="agreement-documents">
        <caption>Documents, least agreement first</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Coded by</th>
            <th scope="col">F1 exact</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(d.id)}>
                  {titleOf(d.id)}
                </button>
              </td>
              <td>{d.annotators.join(', ') || '—'}</td>
              <td>{d.comparable ? ratio(d.f1) : 'not comparable'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(3)
}
