import QRCode from 'qrcode';

/** Where the QR code goes: its top-left corner and the side of the square without quiet zone. */
export interface QrBox {
  x: number;
  y: number;
  size: number;
}

/**
 * Draws text as a QR code (error correction M) made of filled rectangles, so it stays sharp at
 * any zoom and costs a few kilobytes. Dark modules next to each other in a row become one
 * rectangle, and all of them are filled as a single path so no seams show between them. The
 * caller keeps four modules of white around the box (the quiet zone scanners need).
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, box: QrBox): void {
  // One byte-mode segment: the URL is ASCII, and skipping qrcode's search for the cheapest mix
  // of modes saves a millisecond per certificate for a few modules more.
  const segments = [{ data: Buffer.from(text, 'utf8'), mode: 'byte' as const }];
  const { modules } = QRCode.create(segments, { errorCorrectionLevel: 'M' });
  const cell = box.size / modules.size;

  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) !== 0;
      if (dark && start < 0) start = col;
      if (dark || start < 0) continue;

      doc.rect(box.x + start * cell, box.y + row * cell, (col - start) * cell, cell);
      start = -1;
    }
  }

  doc.fill('#000000');
}
