/** The machine a run was measured on: figures are only comparable within one machine. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average at the start: other processes on a 2-core machine skew timings. */
  load: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function chromiumVersion(executable: string): string {
  try {
    // The Debian wrapper prints shell noise on stderr; the version is the last stdout line.
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim().split('\n').at(-1) ?? 'unknown';
  } catch {
    return 'not found';
  }
}

export function describeMachine(chromium: string): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(chromium),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    load: Math.round(os.loadavg()[0]! * 10) / 10,
  };
}
