/** "1 file", "2 files", "0 files"; `plural` where adding an s is wrong ("1 query", "2 queries"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
