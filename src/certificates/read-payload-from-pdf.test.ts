import { describe, expect, it } from 'vitest';
import { readPayloadFromPdf } from './read-payload-from-pdf.ts';

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`, 'latin1');

describe('readPayloadFromPdf', () => {
  it('follows an indirect reference to a literal string, as pdfkit writes it', () => {
    const file = pdf(
      '12 0 obj\n(v1~B~abc_DEF-1)\nendobj\n2 0 obj\n<< /PatraPayload 12 0 R >>\nendobj',
    );
    expect(readPayloadFromPdf(file)).toBe('v1~B~abc_DEF-1');
  });

  it('reads direct literal strings with escapes and balanced parentheses', () => {
    const file = pdf('1 0 obj\n<< /PatraPayload (a\\(b\\)c\\\\d\\101(e)) >>\nendobj');
    expect(readPayloadFromPdf(file)).toBe('a(b)c\\dA(e)');
  });

  it('reads hex strings, also UTF-16BE with a byte-order mark', () => {
    expect(readPayloadFromPdf(pdf('<< /PatraPayload <76317E42> >>'))).toBe('v1~B');
    expect(readPayloadFromPdf(pdf('<< /PatraPayload <FEFF0076 0031> >>'))).toBe('v1');
  });

  it('returns undefined when there is no payload or it is broken', () => {
    expect(readPayloadFromPdf(pdf('<< /Title (x) >>'))).toBeUndefined();
    expect(readPayloadFromPdf(pdf('<< /PatraPayload 99 0 R >>'))).toBeUndefined();
    expect(readPayloadFromPdf(pdf('<< /PatraPayload (never closed'))).toBeUndefined();
  });
});

describe('a PDF with two payloads', () => {
  it('gives none, so another certificate appended to this one cannot verify as it', () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /PatraPayload (v1~B~first) >> endobj\n%%EOF\n%/PatraPayload (v1~B~second)\n');

    expect(readPayloadFromPdf(pdf)).toBeUndefined();
  });
});
