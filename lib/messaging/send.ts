/**
 * Typed senders over an injected transport, so the same code serves content scripts, popup and
 * side panel (each passes `browser.runtime.sendMessage`) and unit tests (a fake).
 */
import type { Request, RequestType, RequestOf, ResponseOf, TabRequest, TabResponseMap } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

/** Error reply the background sends instead of throwing across contexts. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && typeof (value as ErrorReply).error === 'string';
}

/** Sends one request to the background and returns its typed response (throws on an error reply). */
export async function sendRequest<T extends RequestType>(
  transport: Transport,
  request: RequestOf<T> & Request,
): Promise<ResponseOf<T>> {
  const reply = await transport(request);
  if (isErrorReply(reply)) throw new Error(reply.error);
  if (reply === undefined) throw new Error(`No reply to ${request.type}`);
  return reply as ResponseOf<T>;
}

/** Sends one request to a tab's content script. */
export async function sendTabRequest<T extends TabRequest['type']>(
  transport: Transport,
  request: Extract<TabRequest, { type: T }>,
): Promise<TabResponseMap[T]> {
  const reply = await transport(request);
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as TabResponseMap[T];
}
