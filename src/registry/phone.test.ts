import { describe, expect, it } from 'vitest';
import { maskWaId, toWaId } from './phone.ts';

describe('toWaId', () => {
  it.each([
    ['+91 98765-43210', '919876543210'],
    ['09876543210', '919876543210'],
    ['9876543210', '919876543210'],
    ['919876543210', '919876543210'],
    ['(+91) 70000 12345', '917000012345'],
    ['0091 98765 43210', '919876543210'],
    ['+91 098765 43210', '919876543210'],
    ['+91 (0) 98765 43210', '919876543210'],
  ])('turns %s into %s', (input, waId) => {
    expect(toWaId(input)).toBe(waId);
  });

  it.each([
    '12345',
    '5876543210',
    '+1 415 555 0100',
    'nine eight seven',
    '',
    '+65 9123 4567',
    '+64 21 234 567',
    '+95 9 123 4567',
    '+9876543210',
    '0065 9123 4567',
  ])('refuses %s, never turning a foreign number into an Indian one', (input) => {
    expect(toWaId(input)).toBeUndefined();
  });

  it('masks all but the last four digits', () => {
    expect(maskWaId('919876543210')).toBe('xxxxxxxx3210');
  });
});
