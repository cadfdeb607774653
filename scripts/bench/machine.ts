import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the numbers were measured on, for the report. */
export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  chromium: string;
  node: string;
  os: string;
  /** 1-minute load average when the bench started and ended: above nproc means contention. */
  loadStart: number;
  loadEnd: number | null;
  /** Highest 1-minute load average sampled between sizes. */
  loadMax: number | null;
}

export function describeMachine(chromePath: string, browserVersion: string): Machine {
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // nproc missing: keep Node's count
  }
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let chromium = `${chromePath} ${browserVersion}`;
  try {
    chromium = execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep the version Playwright reported
  }
  return {
    nproc,
    cpu,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    chromium,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadStart: loadAverage(),
    loadEnd: null,
    loadMax: null,
  };
}

/** The 1-minute load average, rounded. */
export const loadAverage = () => Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
