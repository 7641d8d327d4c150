/** Default locations, relative to the repo root (scripts run from there via npm). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_PATHS = {
  root: ROOT,
  sources: join(ROOT, '..', 'shared', 'data'),
  curated: join(ROOT, 'assets', 'curated'),
  dataset: join(ROOT, 'assets', 'public', 'dataset'),
};
