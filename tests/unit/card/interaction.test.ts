import { describe, expect, it } from 'vitest';
import { createController, type Timers } from '@/lib/card/controller';
import { DWELL_DELAY_MS, HIDE_DELAY_MS } from '@/lib/card/delays';
import { initialState, reduce } from '@/lib/card/interaction';

/** Manual clock: timers run only when the test advances time, so nothing sleeps. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = nextId++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { timers, advance, pending };
}

function setup(extraDwellMs = 0) {
  const clock = fakeTimers();
  const log: string[] = [];
  const controller = createController<string>({
    timers: clock.timers,
    show: (anchor, token) => log.push(`show ${anchor} #${token}`),
    hide: () => log.push('hide'),
    focusAnchor: (anchor) => log.push(`focus ${anchor}`),
    extraDwellMs: () => extraDwellMs,
  });
  return { ...clock, log, controller };
}

describe('hover intent', () => {
  it('opens only after the dwell delay', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS - 1);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['show a #1']);
    expect(controller.isCurrent(1)).toBe(true);
  });

  it('adds the preference delay to the dwell', () => {
    const { controller, advance, log } = setup(200);
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    expect(log).toEqual([]);
    advance(200);
    expect(log).toEqual(['show a #1']);
  });

  it('a pointer that only passes over a name opens nothing', () => {
    const { controller, advance, log, pending } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(100);
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    advance(5000);
    expect(log).toEqual([]);
    expect(pending.size).toBe(0);
  });

  it('closes after the hide delay, unless the pointer reaches the card', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    advance(HIDE_DELAY_MS - 50);
    controller.dispatch({ type: 'card-enter', via: 'pointer' });
    advance(5000);
    expect(log).toEqual(['show a #1']);
    controller.dispatch({ type: 'card-leave', via: 'pointer' });
    advance(HIDE_DELAY_MS);
    expect(log).toEqual(['show a #1', 'hide']);
    expect(controller.state().phase).toBe('idle');
  });

  it('moving to another name replaces the card: one card at a time, new token', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    controller.dispatch({ type: 'anchor-enter', anchor: 'b', via: 'pointer' });
    expect(log).toEqual(['show a #1', 'hide']);
    expect(controller.isCurrent(1)).toBe(false);
    advance(DWELL_DELAY_MS);
    expect(log).toEqual(['show a #1', 'hide', 'show b #2']);
  });

  it('a stale timer token is ignored', () => {
    const step = reduce({ ...initialState<string>(), phase: 'dwelling', anchor: 'b', token: 2, holds: ['anchor-pointer'] }, { type: 'dwell-elapsed', token: 1 });
    expect(step.effects).toEqual([]);
    expect(step.state.phase).toBe('dwelling');
  });

  it('a slow lookup for an abandoned name is recognised as stale', () => {
    const { controller, advance } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    const token = controller.state().token;
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    advance(HIDE_DELAY_MS);
    expect(controller.isCurrent(token)).toBe(false); // the card's data arriving now must not render
  });
});

describe('pinning', () => {
  it('a pinned card ignores leaving and other names, and closes only on close', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    controller.dispatch({ type: 'pin', pinned: true });
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    controller.dispatch({ type: 'anchor-enter', anchor: 'b', via: 'pointer' });
    advance(10_000);
    expect(log).toEqual(['show a #1']);
    controller.dispatch({ type: 'close', returnFocus: false });
    expect(log).toEqual(['show a #1', 'hide']);
  });

  it('unpinning with nothing holding the card starts the hide delay', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    advance(DWELL_DELAY_MS);
    controller.dispatch({ type: 'pin', pinned: true });
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    controller.dispatch({ type: 'pin', pinned: false });
    advance(HIDE_DELAY_MS);
    expect(log).toEqual(['show a #1', 'hide']);
  });
});

describe('keyboard', () => {
  it('focus opens at once and Escape returns focus to the highlight', () => {
    const { controller, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'focus' });
    expect(log).toEqual(['show a #1']);
    controller.dispatch({ type: 'close', returnFocus: true });
    expect(log).toEqual(['show a #1', 'hide', 'focus a']);
  });

  it('focus moving from the highlight into the card keeps it open', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'focus' });
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'focus' });
    controller.dispatch({ type: 'card-enter', via: 'focus' });
    advance(10_000);
    expect(log).toEqual(['show a #1']);
  });

  it('the pointer leaving does not close a card whose highlight has focus', () => {
    const { controller, advance, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'focus' });
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    controller.dispatch({ type: 'anchor-leave', anchor: 'a', via: 'pointer' });
    advance(10_000);
    expect(log).toEqual(['show a #1']);
  });

  it('focus on a name the pointer is dwelling on opens without waiting', () => {
    const { controller, log } = setup();
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'pointer' });
    controller.dispatch({ type: 'anchor-enter', anchor: 'a', via: 'focus' });
    expect(log).toEqual(['show a #1']);
  });

  it('close when nothing is open does nothing', () => {
    const step = reduce(initialState<string>(), { type: 'close', returnFocus: true });
    expect(step.effects).toEqual([]);
  });
});
