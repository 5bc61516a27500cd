import { certificateMessages as m } from '../messages/certificate.ts';
import type { CertificateMessage } from '../messages/certificate.ts';
import { NO_VALUE } from './certificate-values.ts';
import type { Bilingual } from './certificate-view.ts';
import { blockHeight, drawBlock } from './mixed-text.ts';
import type { TextStyle } from './mixed-text.ts';

type Doc = PDFKit.PDFDocument;

/** One labelled value; several values (remarks) stack under one label. */
export interface Field {
  label: CertificateMessage;
  values: Bilingual[];
}

/** A row is one full-width field or two fields side by side. */
export type Row = [Field] | [Field, Field];

/** The box the field grid is drawn in. */
export interface GridBox {
  x: number;
  top: number;
  width: number;
}

/** The label and value styles of the grid at one size step, and the room added to each row. */
interface GridStyle {
  label: TextStyle;
  value: TextStyle;
  extraPad: number;
}

/** From roomiest to tightest; long addresses or many remarks step down until the grid fits. */
const SIZE_STEPS: readonly (readonly [label: number, value: number])[] = [
  [7.5, 9.5],
  [7.5, 9],
  [7, 8.5],
  [7, 8],
  [6.5, 7.5],
];

const gridStyle = ([label, value]: readonly [number, number]): GridStyle => ({
  label: { size: label, weight: 400, color: '#4d4d4d' },
  value: { size: value, weight: 700, color: '#111111' },
  extraPad: 0,
});

/** Short entries leave the page half empty; up to this much is added above and below each. */
const MAX_EXTRA_PAD = 5;

const LABEL_WIDTH = 88;
const PAD_X = 6;
const PAD_Y = 3.5;
const RULE_COLOR = '#9aa5b1';

/** A field with one value, or the no-value dash when the register has none. */
export function field(label: CertificateMessage, value: Bilingual | undefined): Field {
  return { label, values: [value ?? NO_VALUE] };
}

/** The full-width Remarks row: each remark under the one label, or a dash when there are none. */
export function remarksRow(remarks: Bilingual[]): Row {
  return [{ label: m.remarks, values: remarks.length > 0 ? remarks : [NO_VALUE] }];
}

function lines(values: Bilingual[]): string[] {
  return values.flatMap((v) => (v.te ? [v.te, v.en] : [v.en]));
}

function stackHeight(doc: Doc, texts: string[], width: number, style: TextStyle): number {
  return texts.reduce((h, text) => h + blockHeight(doc, text, width, style), 0);
}

function drawStack(
  doc: Doc,
  texts: string[],
  x: number,
  top: number,
  width: number,
  style: TextStyle,
) {
  for (const text of texts) top = drawBlock(doc, text, { x, top, width }, style);
}

function fieldHeight(doc: Doc, f: Field, width: number, style: GridStyle): number {
  const label = stackHeight(doc, [f.label.te, f.label.en], LABEL_WIDTH, style.label);
  const value = stackHeight(doc, lines(f.values), width - LABEL_WIDTH - 3 * PAD_X, style.value);
  return Math.max(label, value) + 2 * (PAD_Y + style.extraPad);
}

function drawField(
  doc: Doc,
  f: Field,
  at: { x: number; top: number; width: number },
  style: GridStyle,
) {
  const valueX = at.x + PAD_X + LABEL_WIDTH + PAD_X;
  const valueWidth = at.width - LABEL_WIDTH - 3 * PAD_X;
  const top = at.top + PAD_Y + style.extraPad;

  drawStack(doc, [f.label.te, f.label.en], at.x + PAD_X, top, LABEL_WIDTH, style.label);
  drawStack(doc, lines(f.values), valueX, top, valueWidth, style.value);
}

function rule(doc: Doc, x1: number, y1: number, x2: number, y2: number): void {
  doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke(RULE_COLOR);
}

function cellWidth(row: Row, box: GridBox): number {
  return row.length === 1 ? box.width : box.width / 2;
}

function rowHeight(doc: Doc, row: Row, box: GridBox, style: GridStyle): number {
  return Math.max(...row.map((f) => fieldHeight(doc, f, cellWidth(row, box), style)));
}

function drawRow(doc: Doc, row: Row, box: GridBox, top: number, style: GridStyle): number {
  const width = cellWidth(row, box);
  const height = rowHeight(doc, row, box, style);

  row.forEach((f, i) => drawField(doc, f, { x: box.x + i * width, top, width }, style));

  if (row.length === 2) rule(doc, box.x + width, top, box.x + width, top + height);
  return top + height;
}

function gridHeight(doc: Doc, grid: Row[], box: GridBox, style: GridStyle): number {
  return grid.reduce((h, row) => h + rowHeight(doc, row, box, style), 0);
}

/** The largest size step whose grid ends above maxBottom, spread out over the spare room. */
function fittingStyle(doc: Doc, grid: Row[], box: GridBox, maxBottom: number) {
  const room = maxBottom - box.top;
  for (const style of SIZE_STEPS.map(gridStyle)) {
    const spare = room - gridHeight(doc, grid, box, style);
    if (spare >= 0) return { ...style, extraPad: Math.min(MAX_EXTRA_PAD, spare / grid.length / 2) };
  }
  return undefined;
}

/**
 * Draws register entries as a ruled two-column grid (label in Telugu over English, value
 * in Telugu over English), stepping the type down when the entries are long, and returns the
 * y just below it. Throws when even the smallest type would run past maxBottom, rather than
 * print a certificate with entries cut off.
 */
export function drawFieldGrid(doc: Doc, grid: Row[], box: GridBox, maxBottom: number): number {
  const style = fittingStyle(doc, grid, box, maxBottom);
  if (!style) throw new Error('the certificate entries do not fit on one page');

  let top = box.top;
  const right = box.x + box.width;
  for (const row of grid) {
    rule(doc, box.x, top, right, top);
    top = drawRow(doc, row, box, top, style);
  }

  rule(doc, box.x, top, right, top);
  rule(doc, box.x, box.top, box.x, top);
  rule(doc, right, box.top, right, top);
  return top;
}
