/** `spanbench validate`: checks every file of a corpus; exits 1 on any problem. */
import { parseCommand, requireCorpus, type CliCommand } from './context.ts'
import { formatValidation, validateCorpus } from '../backend/services/validate.ts'
import { Corpus } from '../backend/store/corpus.ts'

export const command: CliCommand = {
  help: `Usage: spanbench validate --corpus DIR

Reads every file of the corpus and checks that it parses and fits the format,
that each document's id and sha256 match, and that every span's offsets,
quote, label and attributes and every relation's ends and type fit the text
and the corpus schema. Prints each problem as FILE: MESSAGE and exits 1 when
there is any; opens the corpus read-only.`,
  async run(args, io) {
    const { values } = parseCommand(args, {})
    const corpus = await Corpus.open(requireCorpus(values, 'validate'), { readOnly: true })
    const report = await validateCorpus(corpus)
    io.stdout.write(formatValidation(report))
    return report.problems.length ? 1 : 0
  },
}
