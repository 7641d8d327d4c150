import { readFileSync } from 'node:fs';
import { htmlToText } from '../../../lib/extract/html';
import type { Mention } from '../../../lib/match/types';
import { annotateText, loadRecognizer } from '../../eval/pipeline';
import type { Command } from '../command';

type Lang = 'ru' | 'en' | 'auto';

/** The JSON shape of one mention in the CLI's output. */
function entityJson(m: Mention) {
  return {
    start: m.start,
    end: m.end,
    type: m.type,
    text: m.text,
    entityId: m.entityId,
    name: m.name,
    score: m.score,
    ...(m.role ? { role: m.role } : {}),
  };
}

async function readStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/**
 * `kontext annotate [--lang ru|en|auto] FILE...` (text or HTML; one JSON line per file) and
 * `kontext annotate --jsonl` (lines `{"id","text"}` on stdin → `{"id","entities"}` on stdout).
 */
const annotate: Command = {
  summary: 'recognize people, places and organizations (JSON Lines out)',
  usage: 'annotate [--lang ru|en|auto] [--jsonl] FILE...',
  async run(args) {
    let lang: Lang = 'auto';
    let jsonl = false;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--lang') lang = (args[++i] ?? 'auto') as Lang;
      else if (a === '--jsonl') jsonl = true;
      else files.push(a);
    }
    if (!['ru', 'en', 'auto'].includes(lang) || (!jsonl && files.length === 0)) {
      console.error(`usage: kontext ${annotate.usage}`);
      return 2;
    }
    const recognizer = loadRecognizer();
    if (jsonl) {
      for (const line of (await readStdin()).split('\n')) {
        if (!line.trim()) continue;
        const { id, text, lang: l } = JSON.parse(line) as { id: unknown; text: string; lang?: Lang };
        const entities = annotateText(recognizer, text, l ?? lang).map(entityJson);
        process.stdout.write(JSON.stringify({ id, entities }) + '\n');
      }
      return 0;
    }
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const text = /\.x?html?$/i.test(file) || /^\s*</.test(raw) ? htmlToText(raw) : raw;
      const entities = annotateText(recognizer, text, lang).map(entityJson);
      process.stdout.write(JSON.stringify({ file, entities }) + '\n');
    }
    return 0;
  },
};
export default annotate;
