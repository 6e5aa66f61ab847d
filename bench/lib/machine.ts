/** The machine a run was measured on, for results.json. */
import { cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface MachineInfo {
  cpus: number
  cpuModel: string
  memoryGB: number
  os: string
  node: string
  chromium: string
  /** 1-minute load average when the run started: other work on the machine shows here. */
  loadAverage: number
}

export function machineInfo(chromium: string): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }
}
