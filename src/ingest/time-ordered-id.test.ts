import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids of imported records', () => {
  it('are version 7 UUIDs carrying the millisecond they were made', () => {
    const id = timeOrderedId(Date.UTC(2026, 11, 4, 19, 30));

    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 4, 19, 30));
  });

  it('sort by the time they were made and never repeat', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => timeOrderedId(1_700_000_000_000 + i));

    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedId(0))).size).toBe(1000);
  });
});
