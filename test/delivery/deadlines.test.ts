import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadlines } from '../../src/delivery/deadlines.js';

describe('Deadlines', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('aborts each request at its own deadline with a TimeoutError, with one timer for all', () => {
    const deadlines = new Deadlines();
    const early = deadlines.start(100);
    const late = deadlines.start(300);
    const told: string[] = [];
    early.addEventListener('abort', () => told.push('early'));
    late.addEventListener('abort', () => told.push('late'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(150);
    expect(told).toEqual(['early']);
    expect(early.aborted).toBe(true);
    expect(early.reason).toMatchObject({ name: 'TimeoutError' });
    expect(late.aborted).toBe(false);
    vi.advanceTimersByTime(200);
    expect(told).toEqual(['early', 'late']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never fires for a request that ended first, and leaves no timer once none is pending', () => {
    const deadlines = new Deadlines();
    const deadline = deadlines.start(100);
    const listener = vi.fn();
    deadline.addEventListener('abort', listener);
    deadlines.end(deadline);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(listener).not.toHaveBeenCalled();
    expect(deadline.aborted).toBe(false);
  });

  it('arms for an earlier deadline that comes later, and does not tell a removed listener', () => {
    const deadlines = new Deadlines();
    const long = deadlines.start(1_000);
    const short = deadlines.start(50);
    const removed = vi.fn();
    short.addEventListener('abort', removed);
    short.removeEventListener('abort', removed);
    vi.advanceTimersByTime(60);
    expect(short.aborted).toBe(true);
    expect(removed).not.toHaveBeenCalled();
    expect(long.aborted).toBe(false);
    deadlines.end(long);
    expect(vi.getTimerCount()).toBe(0);
  });
});
