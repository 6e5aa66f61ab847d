/** The agreement view's tables: α per label, the annotator pairs, the documents to adjudicate. */
import type { ApiOutput } from '../../shared/contract/api.ts'

type AgreementReport = ApiOutput<'agreement.compute'>['report']

/** Krippendorff's α and α_u per label, over every annotator. */
export function AlphaTable({ report }: { report: AgreementReport }) {
  const labels = Object.keys(report.alpha)
  return (
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
  )
}

/** F1 and Cohen's κ for each pair of annotators and label. */
export function PairsTable({ report }: { report: AgreementReport }) {
  return (
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
  )
}

/** The documents, least agreement first, each a link that opens it. */
export function DocumentsTable({
  report,
  onOpen,
  titleOf,
}: {
  report: AgreementReport
  onOpen: (docId: string) => void
  titleOf: (docId: string) => string
}) {
  const documents = [...report.per_document].sort(
    (a, b) =>
      Number(b.comparable) - Number(a.comparable) ||
      (a.f1 ?? 2) - (b.f1 ?? 2) ||
      (a.id < b.id ? -1 : 1),
  )
  return (
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
  )
}

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(3)
}
