import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import { CITIZEN, closeStarted, errorOf, graph, openWindow, send, startTestStandin, textMessage } from './test-support.ts';

let standin: Standin | undefined;

afterEach(closeStarted);

const DAY_MS = 24 * 60 * 60 * 1000;

describe('the virtual clock', () => {
  it('closes the 24-hour window when moved a day on', async () => {
    standin = await startTestStandin({ virtualClock: true });
    await openWindow(standin);

    const inside = await send(standin, textMessage(CITIZEN));
    standin.advanceClock(DAY_MS);
    const outside = await send(standin, textMessage(CITIZEN));

    expect(inside.status).toBe(200);
    expect(errorOf(outside.body)).toMatchObject({ code: 131047 });
  });

  it('frees the throughput limit only when the clock moves', async () => {
    standin = await startTestStandin({ virtualClock: true, mpsLimit: 2, pairRate: false });
    await openWindow(standin);

    const first = [await send(standin, textMessage(CITIZEN)), await send(standin, textMessage(CITIZEN))];
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const stillLimited = await send(standin, textMessage(CITIZEN));
    standin.advanceClock(1_000);
    const freed = await send(standin, textMessage(CITIZEN));

    expect(first.map((r) => r.status)).toEqual([200, 200]);
    expect(errorOf(stillLimited.body)).toMatchObject({ code: 130429 });
    expect(freed.status).toBe(200);
  });

  it('is moved over HTTP too, and refuses to move a real-time stand-in', async () => {
    standin = await startTestStandin({ virtualClock: true });
    const moved = await graph(standin, '/_standin/clock', { body: { advanceMs: DAY_MS } });
    await standin.close();
    standin = await startTestStandin();

    const refused = await graph(standin, '/_standin/clock', { body: { advanceMs: 1 } });

    expect(moved.status).toBe(200);
    expect(Date.parse(String(moved.body['now'])) - Date.now()).toBeGreaterThan(DAY_MS - 60_000);
    expect(refused.status).toBe(400);
    expect(() => standin?.advanceClock(1)).toThrow(/real time/);
  });
});

describe('the pair rate (131056)', () => {
  it('refuses a send to one person past the burst until a slot frees', async () => {
    standin = await startTestStandin({ virtualClock: true, pairRate: { burst: 2, intervalMs: 6_000 } });
    await openWindow(standin);
    await openWindow(standin, '919876543211');

    const burst = [await send(standin, textMessage(CITIZEN)), await send(standin, textMessage(CITIZEN))];
    const third = await send(standin, textMessage(CITIZEN));
    const someoneElse = await send(standin, textMessage('919876543211'));
    standin.advanceClock(6_000);
    const later = await send(standin, textMessage(CITIZEN));

    expect(burst.map((r) => r.status)).toEqual([200, 200]);
    expect(third.status).toBe(400);
    expect(errorOf(third.body)).toMatchObject({ code: 131056 });
    expect(someoneElse.status).toBe(200);
    expect(later.status).toBe(200);
  });
});
