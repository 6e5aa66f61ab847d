// electron-builder's afterPack hook (electron-builder.yml): flips Electron's
// fuses in the packaged binary, before it is signed and wrapped, so a
// shipped Spanbench cannot be turned into a general Node runtime or loaded
// with foreign code. See docs/security.md, item 19 of the checklist.
import { join } from 'node:path'
import { Arch } from 'electron-builder'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'

/** The fuses and their values; docs/security.md lists the same. */
export const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
}

/** @param {import('electron-builder').AfterPackContext} context */
function binaryPath(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`)
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    default: {
      // Only the Linux packager has an executable name of its own.
      const linux = /** @type {{ executableName?: unknown }} */ (context.packager)
      return join(
        context.appOutDir,
        typeof linux.executableName === 'string' ? linux.executableName : name,
      )
    }
  }
}

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  await flipFuses(binaryPath(context), {
    version: FuseVersion.V1,
    // macOS arm64 binaries must be re-signed after flipping; electron-builder signs afterwards.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    [FuseV1Options.RunAsNode]: FUSES.RunAsNode,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]:
      FUSES.EnableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.EnableNodeCliInspectArguments,
    [FuseV1Options.EnableCookieEncryption]: FUSES.EnableCookieEncryption,
    [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.OnlyLoadAppFromAsar,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      FUSES.EnableEmbeddedAsarIntegrityValidation,
  })
}
