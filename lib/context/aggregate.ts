import type { Mention } from '../match/types';
import type { PageEntity } from '../messaging/protocol';

/** Groups an article's mentions by entity, with counts, roles and a salience score. */
export function aggregateMentions(mentions: readonly Mention[]): PageEntity[] {
  const byKey = new Map<string, PageEntity & { firstAt: number }>();
  mentions.forEach((m, order) => {
    const key = m.entityId ?? `unknown:${m.type}:${m.name}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, entityId: m.entityId, type: m.type, name: m.name, count: 0, roles: [], salience: 0, firstAt: order };
      byKey.set(key, entry);
    }
    entry.count++;
    if (m.role && !entry.roles.includes(m.role)) entry.roles.push(m.role);
  });
  const total = Math.max(1, mentions.length);
  const entities = [...byKey.values()].map(({ firstAt, ...e }) => {
    // Salience: share of mentions, an early first mention, and a role given by the article.
    const share = e.count / total;
    const early = 1 - firstAt / total;
    const role = e.roles.length ? 1 : 0;
    const known = e.entityId ? 1 : 0;
    return { ...e, salience: round(0.5 * share + 0.25 * early + 0.15 * role + 0.1 * known) };
  });
  return entities.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
