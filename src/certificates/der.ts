/** DER tags used by the CMS builder. */
export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utcTime: 0x17,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context4: 0xa4,
} as const;

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);

  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One DER element: tag, definite length, contents. */
export function der(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc % 128];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128))
      groups.unshift(0x80 | (n % 128));
    bytes.push(...groups);
  }
  return der(TAG.oid, Buffer.from(bytes));
}

/** A UTCTime (YYMMDDHHMMSSZ), as CMS uses for signing times between 1950 and 2049. */
export function utcTime(at: Date): Buffer {
  const iso = at.toISOString();
  const digits = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return der(TAG.utcTime, Buffer.from(digits, 'ascii'));
}

/** A SET OF whose members are sorted by their encodings, as DER requires. */
export function derSetOf(members: Buffer[]): Buffer {
  return der(TAG.set, ...[...members].sort((a, b) => Buffer.compare(a, b)));
}
