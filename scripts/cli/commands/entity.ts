import { readKnowledgeBase } from '../dataset';
import type { Command } from '../command';

/** `kontext entity <id> [--view]`: the record (or with --view, the resolved card view) as JSON. */
const entity: Command = {
  summary: 'one record as pretty JSON (--view: with resolved references)',
  usage: 'entity <id> [--view]',
  run(args) {
    const id = args.find((a) => !a.startsWith('--'));
    if (!id) {
      console.error('usage: kontext entity <id> [--view]');
      return 2;
    }
    const kb = readKnowledgeBase();
    const out = args.includes('--view') ? kb.view(id) : kb.get(id);
    if (!out) {
      console.error(`no entity ${id}`);
      return 1;
    }
    console.log(JSON.stringify(out, null, 2));
    return 0;
  },
};
export default entity;
