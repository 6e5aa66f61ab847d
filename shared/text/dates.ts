const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/

/** The calendar day a stored date names ("2020-06-09T08:15:00Z" → "2020-06-09"), or '' when it names none. */
export function isoDay(raw: string): string {
  const m = ISO_DAY.exec(raw.trim())
  return m ? `${m[1]}-${m[2]}-${m[3]}` : ''
}

/** A stored date as a person reads it ("9 Jun 2020"); text that is not an ISO date is shown as it is. */
export function readableDate(raw: string): string {
  const day = isoDay(raw)
  if (!day) return raw.trim()
  const [y, m, d] = day.split('-').map(Number)
  const month = MONTHS[(m ?? 0) - 1]
  return month ? `${d} ${month} ${y}` : raw.trim()
}
