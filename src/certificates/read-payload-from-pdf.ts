const KEY = '/PatraPayload';

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '(': '(',
  ')': ')',
  '\\': '\\',
};

/** Reads a PDF literal string starting just after its '(' and returns its raw bytes. */
function readLiteral(text: string, start: number): string | undefined {
  let out = '';
  let depth = 1;

  for (let i = start; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\\') {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
      const next = text.charAt(i + 1);
      if (octal) out += String.fromCharCode(parseInt(octal, 8));
      else if (next !== '\r' && next !== '\n') out += ESCAPES[next] ?? next;
      i += octal ? octal.length : next === '\r' && text.charAt(i + 2) === '\n' ? 2 : 1;
      continue;
    }

    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return out;
    out += c;
  }

  return undefined;
}

/** Reads a PDF hex string starting just after its '<'. */
function readHex(text: string, start: number): string | undefined {
  const end = text.indexOf('>', start);
  if (end < 0) return undefined;

  const hex = text.slice(start, end).replace(/\s+/g, '');
  const padded = hex.length % 2 === 0 ? hex : `${hex}0`;
  return Buffer.from(padded, 'hex').toString('latin1');
}

/** Text strings may be UTF-16BE with a byte-order mark; the payload itself is ASCII. */
function decodeTextString(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

/** Reads the string value at position i: a literal, a hex string, or a reference to one. */
function readValue(text: string, i: number): string | undefined {
  const rest = text.slice(i, i + 40);
  const ref = /^\s*(\d+)\s+(\d+)\s+R/.exec(rest);
  if (ref) {
    const header = new RegExp(`(?:^|[^0-9])${ref[1]}\\s+${ref[2]}\\s+obj`, 'g');
    const found = [...text.matchAll(header)].at(-1);
    return found ? readValue(text, found.index + found[0].length) : undefined;
  }

  const open = /^\s*([(<])/.exec(rest);
  if (!open?.[1]) return undefined;
  const start = i + open[0].length;
  return open[1] === '(' ? readLiteral(text, start) : readHex(text, start);
}

/**
 * Finds the signed payload that the renderers store in the document info (/PatraPayload) by
 * scanning the raw bytes, so a certificate can be checked without rendering it. Patra writes
 * exactly one; a file that carries two different payloads (another certificate's appended to
 * this one) gives undefined, so it can never verify as the wrong certificate.
 */
export function readPayloadFromPdf(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  const payloads = new Set<string>();
  for (let at = text.indexOf(KEY); at >= 0; at = text.indexOf(KEY, at + KEY.length)) {
    const bytes = readValue(text, at + KEY.length);
    if (bytes !== undefined) payloads.add(decodeTextString(bytes));
  }

  return payloads.size === 1 ? [...payloads][0] : undefined;
}
