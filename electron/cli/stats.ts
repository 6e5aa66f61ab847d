/** `spanbench stats`: counts of documents, an annotator's spans per label, statuses, relations. */
import { parseCommand, requireCorpus, resolveAnnotator, type CliCommand } from './context.ts'
import { corpusStats, formatStats } from '../backend/services/stats.ts'
import { Corpus } from '../backend/store/corpus.ts'

export const command: CliCommand = {
  help: `Usage: spanbench stats --corpus DIR [--annotator NAME]

Prints the number of documents and annotators, an annotator's spans per label,
documents per status, relations per type and attribute values, and each
annotator's progress (on their assigned documents, with an assignment).`,
  async run(args, io) {
    const { values } = parseCommand(args, {})
    const dir = requireCorpus(values, 'stats')
    const annotator = await resolveAnnotator(values, io)
    const corpus = await Corpus.open(dir, { readOnly: true })
    io.stdout.write(formatStats(await corpusStats(corpus, annotator)))
    return 0
  },
}
