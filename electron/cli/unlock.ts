/** `spanbench unlock`: removes the writer lock another machine left on a shared corpus. */
import { parseCommand, requireCorpus, type CliCommand } from './context.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { breakLock } from '../backend/store/lock.ts'

export const command: CliCommand = {
  help: `Usage: spanbench unlock --corpus DIR

Removes the corpus's writer lock (.spanbench-lock), so Spanbench can write
there again instead of opening it read-only.

Safe only when the Spanbench that holds the lock no longer has the corpus
open: the lock says which process on which machine. That happens with a
corpus shared through a synced folder or a network drive, when the other
machine crashed, was switched off or lost the share while Spanbench was
open. Two writers at once can overwrite each other's saves, so close
Spanbench on that machine first when you can. A lock held by a process that
still runs on this machine is never removed; one whose process ended here is
taken over by the next Spanbench that opens the corpus, without this command.`,
  async run(args, io) {
    const { values } = parseCommand(args, {})
    const dir = requireCorpus(values, 'unlock')
    if (!(await Corpus.isCorpus(dir)))
      throw new SpanbenchError('not_found', `${dir} is not a Spanbench corpus (no spanbench.json)`)
    const result = await breakLock(Corpus.lockPath(dir))
    if (!result.removed) {
      io.stderr.write(`spanbench: not unlocked: ${result.reason}\n`)
      return 1
    }
    io.stdout.write(`removed the lock of ${result.holder}; ${dir} can be written again\n`)
    return 0
  },
}
