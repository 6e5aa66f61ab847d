/**
 * The workbench the views use: one snapshot to subscribe to, and the feature
 * controllers that change it (`workbench.linking.start()`). It only composes
 * them; each controller holds one feature's logic.
 */
import { DocumentsController } from './documents-controller.ts'
import { EditingController } from './editing-controller.ts'
import { ExportController } from './export-controller.ts'
import { ImportController } from './import-controller.ts'
import { LinkingController } from './linking-controller.ts'
import { Notices } from './notices.ts'
import { SchemaController } from './schema-controller.ts'
import { SuggestionsController } from './suggestions-controller.ts'
import { TeamController } from './team.ts'
import { ViewController } from './view-controller.ts'
import { WorkbenchState } from './workbench-state.ts'

export class Workbench {
  private readonly state = new WorkbenchState()
  readonly subscribe = this.state.subscribe
  readonly getSnapshot = this.state.getSnapshot
  readonly notices = new Notices(this.state)
  readonly suggestions = new SuggestionsController(this.state, this.notices)
  readonly team = new TeamController(
    () => this.state.getSnapshot().info?.annotator ?? '',
    (text) => this.notices.notify('info', text),
    (docId, proposal) => this.suggestions.isRejected(docId, proposal),
  )
  readonly documents = new DocumentsController(
    this.state,
    this.notices,
    this.team,
    this.suggestions,
  )
  readonly editing = new EditingController(this.state, this.notices)
  readonly linking = new LinkingController(this.state, this.notices)
  readonly imports = new ImportController(this.state, this.notices, this.documents)
  readonly exports = new ExportController(this.state, this.notices)
  readonly schema = new SchemaController(this.state, this.notices, this.documents)
  readonly views = new ViewController(this.state)
}
