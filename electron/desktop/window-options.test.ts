import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  isAllowedNavigation,
  isAppFrame,
  isAppUrl,
  windowOptions,
} from './window-options.ts'

describe('window options', () => {
  it('gives the page no Node, a sandbox and an isolated preload, nothing more', () => {
    expect(windowOptions('/app/dist/electron/preload.cjs').webPreferences).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    })
  })

  it('keeps the window hidden until its first paint', () => {
    expect(windowOptions('p').show).toBe(false)
  })
})

describe('the app origin', () => {
  it('is a custom scheme whose entry page belongs to it', () => {
    expect(APP_ORIGIN).toBe('spanbench://app')
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html#doc-3`)).toBe(true)
  })

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'spanbench://evil/index.html',
    'spanbench://app.evil.org/index.html',
    'spanbench://app:8080/index.html',
    'spanbench://user@app/index.html',
    'spanbench://app@evil/index.html',
    'spanbench-other://app/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses navigation to %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
  })

  it('trusts IPC only from the app top frame', () => {
    expect(isAppFrame({ origin: APP_ORIGIN, isTop: true })).toBe(true)
    expect(isAppFrame({ origin: APP_ORIGIN, isTop: false })).toBe(false)
    expect(isAppFrame({ origin: 'https://example.org', isTop: true })).toBe(false)
    expect(isAppFrame({ origin: 'spanbench://app.evil', isTop: true })).toBe(false)
    expect(isAppFrame({ origin: 'null', isTop: true })).toBe(false)
    expect(isAppFrame({ origin: 'file://', isTop: true })).toBe(false)
    expect(isAppFrame(null)).toBe(false)
  })
})
