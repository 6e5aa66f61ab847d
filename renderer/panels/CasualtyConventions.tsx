import { CASUALTY_CONVENTIONS } from '../../shared/casualty/figure.ts'

/**
 * How casualty figures are coded when they are parsed (after ACLED's
 * conservative reading of vague words), shown where the guess is corrected.
 */
export function CasualtyConventions() {
  return (
    <details className="conventions">
      <summary>How figures are coded</summary>
      <p>
        Parsed from the span and its sentence when the figure is tagged; your corrections are kept.
        “—” means left empty.
      </p>
      <table>
        <thead>
          <tr>
            <th>Wording</th>
            <th>Qualifier</th>
            <th>Low</th>
            <th>Best</th>
            <th>High</th>
          </tr>
        </thead>
        <tbody>
          {CASUALTY_CONVENTIONS.map((row) => (
            <tr key={row.wording}>
              <td>{row.wording}</td>
              <td>{row.qualifier}</td>
              <td>{row.low}</td>
              <td>{row.best}</td>
              <td>{row.high}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
