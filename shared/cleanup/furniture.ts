/**
 * Site furniture: the navigation, share prompts, comment forms and credits
 * that web pages wrap around an article. Each rule names what it recognises;
 * rules are anchored and limited to short lines, so an article sentence that
 * merely mentions "share" or "subscribe" is not caught.
 */

export interface Furniture {
  kind: string
  reason: string
}

interface Rule {
  kind: string
  test: RegExp | ((line: string) => boolean)
  /** Longest line (characters) the rule applies to. */
  max: number
  /** Only in the first or last few lines of the text. */
  where?: 'head' | 'tail'
}

const rule = (kind: string, test: Rule['test'], max = 160, where?: 'head' | 'tail'): Rule => ({
  kind,
  test,
  max,
  ...(where ? { where } : {}),
})

const DONATE = /\b(?:paypal|patreon|donate|donation|donating)\b/i
const ASK = /\b(?:support|please|help|contribute|donate)\b/i

const RULES: readonly Rule[] = [
  rule(
    'navigation',
    /^(?:back to top(?: button)?|skip to (?:main )?content|menu|search|home|close|next article|previous article|(?:main )?navigation)\s*[:.›»>]?$/i,
  ),
  rule('navigation', /^home\s*[/›»>|]\s*\S/i, 300),
  rule('navigation', /^[^.!?]*\blatest news\b[^.!?]*$/i, 150),
  rule(
    'related links',
    /^(?:related(?: articles| posts| stories| news| content| coverage)?|read more|read also|see also|more from .{1,40}|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|popular (?:posts|stories))\s*:?$/i,
  ),
  rule(
    'share prompt',
    /^(?:share(?: this)?(?: article| story| post)?(?: on \w+)?|tweet|print|e-?mail|send this to a friend|copy link)\s*:?$/i,
  ),
  rule(
    'share prompt',
    /\bclick the share buttons\b|\bforward this article\b|\bshare (?:this|it) on (?:facebook|twitter|x|whatsapp)\b/i,
    400,
  ),
  rule('comment form', /^(?:leave a (?:reply|comment)|\d* ?comments?|post a comment)\s*:?$/i),
  rule(
    'comment form',
    /\byour email address will not be published\b|\brequired fields are marked\b/i,
    300,
  ),
  rule(
    'newsletter prompt',
    /\b(?:subscribe to|sign up for) (?:our|the) .{0,30}newsletter\b|^follow us on\b/i,
    300,
  ),
  rule('donation request', (s) => DONATE.test(s) && ASK.test(s), 400),
  rule('contact line', /\[email(?:\s|\u00a0)*protected\]/i, 120),
  rule('copyright line', /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b/i, 200),
  rule('advertisement', /^(?:advertisement|sponsored(?: content)?|ad)\s*$/i),
  rule(
    'image credit',
    /^(?:(?:photo|image|picture)(?: credit)?\s*:|.{0,60}\s\/\s*(?:shutterstock|getty ?images|reuters|afp|ap photo|alamy|wikimedia)(?:\.com)?\s*$)/i,
    120,
  ),
  rule(
    'author box',
    /^[Aa]bout (?:the author|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})$/u,
    60,
    'tail',
  ),
  rule('author box', /^(?:articles|posts) by\s*:/i, 80, 'tail'),
  rule('tags', /^(?:tags?|filed under|categories|topics)\s*:/i, 300, 'tail'),
]

/** How many lines at each end count as the head or tail of a text. */
const EDGE = 8

/** Whether a line (trimmed) is site furniture, given its place among `count` content lines. */
export function furniture(line: string, index: number, count: number): Furniture | null {
  const text = line.trim()
  if (text.length === 0) return null
  for (const r of RULES) {
    if (text.length > r.max) continue
    if (r.where === 'head' && index >= EDGE) continue
    if (r.where === 'tail' && index < count - EDGE) continue
    const hit = typeof r.test === 'function' ? r.test(text) : r.test.test(text)
    if (hit) return { kind: r.kind, reason: `${r.kind}: matches a common site pattern` }
  }
  if (gluedMenu(text)) return { kind: 'navigation', reason: 'navigation: menu items run together' }
  return null
}

/** Menu items that lost their separators: "OpinionMiddle EastWar", with no sentence in sight. */
function gluedMenu(text: string): boolean {
  if (text.length > 150 || /[.!?]["”’)]?$/.test(text)) return false
  return (text.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2
}
