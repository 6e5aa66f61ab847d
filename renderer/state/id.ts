/** A new span id: a prefix and 12 random base-36 characters. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return prefix + Array.from(bytes, (b) => (b % 36).toString(36)).join('')
}
