import { describe, expect, it } from 'vitest';
import { checkTemplateSend } from '../templates.ts';
import { hashCode, parseEventDate } from './request-code.ts';

describe('the date a stranger types', () => {
  it('reads day-first dates as written in India, and ISO dates', () => {
    expect(parseEventDate('03-12-2026')).toBe('2026-12-03');
    expect(parseEventDate(' 3/12/2026 ')).toBe('2026-12-03');
    expect(parseEventDate('03.12.2026')).toBe('2026-12-03');
    expect(parseEventDate('2026-12-03')).toBe('2026-12-03');
  });

  it('refuses what is not a real date', () => {
    expect(parseEventDate('31-02-2026')).toBeUndefined();
    expect(parseEventDate('12-2026')).toBeUndefined();
    expect(parseEventDate('yesterday')).toBeUndefined();
  });
});

describe('one-time codes', () => {
  it('are stored as a hash bound to their row: the same code hashes differently for another row', () => {
    expect(hashCode('a', '123456')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode('a', '123456')).not.toBe(hashCode('b', '123456'));
    expect(hashCode('a', '123456')).not.toContain('123456');
  });

  it('go as the one_time_code template with the code in the body and in the copy button', () => {
    expect(
      checkTemplateSend({
        name: 'one_time_code',
        language: 'te',
        bodyParameters: ['482913'],
        buttonParameters: ['482913'],
      }).category,
    ).toBe('AUTHENTICATION');
    expect(() =>
      checkTemplateSend({ name: 'one_time_code', language: 'en', bodyParameters: ['482913'] }),
    ).toThrow(/1 button/);
    expect(() =>
      checkTemplateSend({
        name: 'one_time_code',
        language: 'en',
        bodyParameters: ['482913'],
        buttonParameters: ['48 2\t913'],
      }),
    ).toThrow(/button parameter 1/);
  });
});
