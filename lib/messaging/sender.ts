import type { Request } from './protocol';

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Whether a sender may make a request. Only our own extension may talk to the background at all;
 * content-script requests must come from a tab; UI requests must come from one of our own pages.
 */
export function isAllowedSender(request: Request, sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const fromTab = typeof sender.tab?.id === 'number';
  if (request.type.startsWith('content→')) return fromTab && !fromOwnPage;
  if (request.type.startsWith('ui→')) return fromOwnPage;
  return fromOwnPage || fromTab;
}
