/**
 * A small brat collection written the way brat's standoff documentation
 * describes it (https://brat.nlplab.org/standoff.html): text-bound
 * annotations (one discontinuous, "North ... America"), relations, a binary
 * and a valued attribute, and AnnotatorNotes; the second document's text
 * has CRLF line ends, which brat reads as one character, and Arabic and an
 * emoji sequence. Offsets are computed from the quotes, in code points.
 */
import { OffsetMap } from '../text/offsets.ts'

const IBM =
  'International Business Machines Corporation (IBM) hired staff in North and South America, said Sony.\n'
const SECOND =
  'قُتل ٣٣ جندياً في إدلب\r\nA family \u{1f469}\u200d\u{1f469}\u200d\u{1f467} fled to Turkey.\r\n'

/** "START END" of the nth occurrence of a quote, on the text as brat reads it (CRLF as LF). */
function range(text: string, quote: string): string {
  const lf = text.replace(/\r\n/g, '\n')
  const at = lf.indexOf(quote)
  if (at < 0) throw new Error(`${quote} is not in the text`)
  const map = new OffsetMap(lf)
  return `${map.toCodePoint(at)} ${map.toCodePoint(at + quote.length)}`
}

export const BRAT_COLLECTION: Record<string, string> = {
  'annotation.conf': [
    '[entities]',
    'Organization',
    'Location',
    'Group',
    '',
    '[relations]',
    'Alias\tArg1:Organization, Arg2:Organization',
    'Located\tArg1:Organization|Group, Arg2:Location',
    '',
    '[events]',
    '',
    '[attributes]',
    'Negation\tArg:Organization',
    'Confidence\tArg:Location, Value:L1|L2|L3',
    '',
  ].join('\n'),
  'ibm.txt': IBM,
  'ibm.ann': [
    `T1\tOrganization ${range(IBM, 'International Business Machines Corporation')}\tInternational Business Machines Corporation`,
    `T2\tOrganization ${range(IBM, 'IBM')}\tIBM`,
    `T3\tLocation ${range(IBM, 'North')};${range(IBM, 'America')}\tNorth America`,
    `T4\tOrganization ${range(IBM, 'Sony')}\tSony`,
    'A1\tConfidence T3 L1',
    'A2\tNegation T4',
    'R1\tLocated Arg1:T1 Arg2:T3',
    'R2\tAlias Arg1:T2 Arg2:T1',
    '#1\tAnnotatorNotes T1\tthis annotation is suspect',
    '#2\tAnnotatorNotes T3\tone location, written in two pieces',
    '',
  ].join('\n'),
  'second.txt': SECOND,
  'second.ann': [
    `T1\tLocation ${range(SECOND, 'إدلب')}\tإدلب`,
    `T2\tGroup ${range(SECOND, 'A family \u{1f469}\u200d\u{1f469}\u200d\u{1f467}')}\tA family \u{1f469}\u200d\u{1f469}\u200d\u{1f467}`,
    `T3\tLocation ${range(SECOND, 'Turkey')}\tTurkey`,
    'A1\tConfidence T3 L2',
    'R1\tLocated Arg1:T2 Arg2:T3',
    '',
  ].join('\n'),
}
