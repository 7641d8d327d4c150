/**
 * `npm run -s kontext -- <command> [args]`: a small dispatcher. Each command is one file in
 * `commands/` default-exporting a `Command`; adding `commands/annotate.ts` adds `kontext annotate`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'commands');

function commandNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<Command | undefined> {
  if (!commandNames().includes(name)) return undefined;
  const mod = (await import(pathToFileURL(join(DIR, `${name}.ts`)).href)) as { default?: Command };
  return mod.default;
}

async function help(): Promise<void> {
  console.log('usage: kontext <command> [args]\n');
  for (const name of commandNames()) {
    const cmd = await loadCommand(name);
    if (cmd) console.log(`  ${cmd.usage.padEnd(34)} ${cmd.summary}`);
  }
}

const [name, ...args] = process.argv.slice(2);
if (!name || name === 'help' || name === '--help') {
  await help();
} else {
  const cmd = await loadCommand(name);
  if (!cmd) {
    console.error(`unknown command: ${name}`);
    await help();
    process.exitCode = 2;
  } else {
    process.exitCode = await cmd.run(args);
  }
}
