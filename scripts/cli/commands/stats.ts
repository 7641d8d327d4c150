import { readKnowledgeBase } from '../dataset';
import type { Command } from '../command';

/** `kontext stats`: counts per type and kind, as JSON. */
const stats: Command = {
  summary: 'dataset version and counts per type/kind (JSON)',
  usage: 'stats',
  run() {
    console.log(JSON.stringify(readKnowledgeBase().stats(), null, 2));
    return 0;
  },
};
export default stats;
