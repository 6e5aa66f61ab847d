/**
 * The desktop app: one window on one corpus. Runs bundled as
 * dist/electron/main.mjs; with preload.ts, the only module that imports
 * 'electron'. The backend, the security rules and the menu live in their own
 * modules; this file wires them to Electron.
 */
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type SaveDialogOptions,
} from 'electron'
import { IPC } from '../../shared/contract/bridge.ts'
import { serveAppFile } from './app-files.ts'
import { deliverCommand, menuTemplate } from './app-menu.ts'
import { guardClose, type FlushOutcome } from './close-guard.ts'
import { corpusArgument } from './desktop-args.ts'
import { denyAllPermissions, hardenWebContents } from './hardening.ts'
import { invokeFromPage } from './page-invoke.ts'
import { corpusToOpen, openWorkspace } from '../backend/open-corpus.ts'
import { rememberLastCorpus } from '../backend/settings.ts'
import { rendererDir } from '../backend/paths.ts'
import { Backend } from '../backend/services/backend.ts'
import type { ServiceContext } from '../backend/services/handlers.ts'
import { APP_ENTRY_URL, APP_SCHEME, windowOptions } from './window-options.ts'

// Both must happen before 'ready', so they run synchronously at load.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  // Ctrl-C in the terminal quits like the menu does, so the page still saves first.
  process.on('SIGINT', () => app.quit())
  process.on('SIGTERM', () => app.quit())
  void start()
} else {
  // Another window already has the corpus (and its writer lock); that one gets focus.
  app.quit()
}

async function start(): Promise<void> {
  await app.whenReady()
  const ctx = await openCorpusOrExplain()
  if (!ctx) return
  app.on('will-quit', () => ctx.corpus.close())
  app.on('window-all-closed', () => app.quit())

  denyAllPermissions(session.defaultSession)
  const root = rendererDir()
  protocol.handle(APP_SCHEME, (request) => serveAppFile(root, request))

  const backend = new Backend({ ...ctx, pickSavePath })
  ipcMain.handle(IPC.invoke, (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame
    const sender = frame ? { origin: frame.origin, isTop: frame.parent === null } : null
    return invokeFromPage(backend, sender, method, input)
  })

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        dev: !app.isPackaged,
        mac: process.platform === 'darwin',
        send: (id) => {
          if (mainWindow) void deliverCommand(mainWindow.webContents, id)
        },
      }),
    ),
  )
  mainWindow = createWindow()
}

function createWindow(): BrowserWindow {
  const preload = join(dirname(fileURLToPath(import.meta.url)), 'preload.cjs')
  const win = new BrowserWindow(windowOptions(preload))
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  guardClose(win, ipcMain, (outcome) => confirmClose(win, outcome))
  void win.loadURL(APP_ENTRY_URL)
  return win
}

/** The corpus from --corpus (created if new), else the last one or the sample. */
async function openCorpusOrExplain(): Promise<ServiceContext | null> {
  const named = corpusArgument(process.argv)
  try {
    const ctx = await openWorkspace(named ?? (await corpusToOpen()), {
      create: named !== undefined,
    })
    await rememberLastCorpus(ctx.corpus.dir)
    return ctx
  } catch (err) {
    dialog.showErrorBox(
      'Spanbench cannot open the corpus',
      err instanceof Error ? err.message : String(err),
    )
    app.exit(1)
    return null
  }
}

/** ServiceContext.pickSavePath: the native save dialog, parented to the window. */
async function pickSavePath(suggestedName: string): Promise<string | null> {
  const extension = extname(suggestedName).slice(1)
  const options: SaveDialogOptions = {
    title: 'Export dataset',
    defaultPath: join(documentsFolder(), suggestedName),
    ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
  }
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

function documentsFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    // Some Linux desktops define no documents folder.
    return app.getPath('home')
  }
}

/** After a failed save the user decides; a page that never answered is closed anyway. */
async function confirmClose(win: BrowserWindow, outcome: FlushOutcome): Promise<boolean> {
  if (outcome === 'timeout' || win.isDestroyed()) return true
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    message: 'Your latest edits could not be saved.',
    detail: 'Closing now loses them. Keep the window open to try again or copy your work.',
    buttons: ['Keep Open', 'Close Without Saving'],
    defaultId: 0,
    cancelId: 0,
  })
  return response === 1
}
