import { readKnowledgeBase } from '../dataset';
import type { Command } from '../command';

/** `kontext search "<text>" [--limit N]`: the popup's search, as JSON hits best first. */
const search: Command = {
  summary: 'popup search over the dataset (JSON hits, best first)',
  usage: 'search "<text>" [--limit N]',
  run(args) {
    const li = args.indexOf('--limit');
    const limit = li >= 0 ? Number(args[li + 1]) : 10;
    const query = args.filter((_a, i) => i !== li && i !== li + 1 || li < 0).join(' ');
    if (!query.trim()) {
      console.error('usage: kontext search "<text>" [--limit N]');
      return 2;
    }
    console.log(JSON.stringify(readKnowledgeBase().search(query, limit), null, 2));
    return 0;
  },
};
export default search;
