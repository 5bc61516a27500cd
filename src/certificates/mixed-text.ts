import { fontName, splitScriptRuns } from './fonts.ts';
import type { Script, ScriptRun, Weight } from './fonts.ts';

/** How a piece of certificate text looks. */
export interface TextStyle {
  size: number;
  weight: Weight;
  color: string;
}

type Doc = PDFKit.PDFDocument;

// `baseline: 'alphabetic'` makes y the baseline, so Telugu and Latin runs share one line even
// though their fonts have different ascents.
const RUN_OPTIONS: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };

const TELUGU_LINE = 1.5;
const LATIN_LINE = 1.25;

const MAX_CACHED = 50_000;
const runsByText = new Map<string, readonly ScriptRun[]>();

/** splitScriptRuns, remembered: every line is split again to measure, wrap and draw it. */
function runsOf(text: string): readonly ScriptRun[] {
  let runs = runsByText.get(text);
  if (!runs) {
    runs = splitScriptRuns(text);
    if (runsByText.size >= MAX_CACHED) runsByText.clear();
    runsByText.set(text, runs);
  }
  return runs;
}

function useFont(doc: Doc, script: Script, style: TextStyle): void {
  doc.font(fontName(script, style.weight)).fontSize(style.size);
}

/** The height of one line of this text: Telugu needs room below for subscript consonants. */
export function lineHeight(text: string, style: TextStyle): number {
  const hasTelugu = runsOf(text).some((run) => run.script === 'telugu');
  return style.size * (hasTelugu ? TELUGU_LINE : LATIN_LINE);
}

/** The distance from the top of a line box to its baseline. */
export function baselineOffset(text: string, style: TextStyle): number {
  return lineHeight(text, style) * 0.62;
}

const widths = new Map<string, number>();

/**
 * The width of one run. Fonts never change, so widths are kept across documents: measuring
 * through pdfkit costs a layout per word per document, and wrapping measures every word.
 */
function runWidth(doc: Doc, run: ScriptRun, style: TextStyle): number {
  const key = `${fontName(run.script, style.weight)}|${style.size}|${run.text}`;
  let width = widths.get(key);
  if (width === undefined) {
    useFont(doc, run.script, style);
    width = doc.widthOfString(run.text);
    if (widths.size >= MAX_CACHED) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/** The width of text drawn in one style, each script in its own font. */
export function measureText(doc: Doc, text: string, style: TextStyle): number {
  return runsOf(text).reduce((sum, run) => sum + runWidth(doc, run, style), 0);
}

const graphemes = new Intl.Segmenter('te', { granularity: 'grapheme' });

/**
 * Breaks a word wider than the line (e.g. a URL) between grapheme clusters. Clusters are
 * measured one by one, not as growing prefixes, so each is shaped once and then cached.
 */
function breakWord(doc: Doc, word: string, style: TextStyle, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;

  for (const { segment } of graphemes.segment(word)) {
    const segmentWidth = measureText(doc, segment, style);
    if (piece && width + segmentWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += segment;
    width += segmentWidth;
  }

  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps text into lines no wider than maxWidth, breaking at spaces where it can. */
export function wrapText(doc: Doc, text: string, style: TextStyle, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const space = measureText(doc, ' ', style);
  const lines: string[] = [];
  let line = '';
  let width = 0;

  for (const word of words) {
    const wordWidth = measureText(doc, word, style);
    if (line && width + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      width += space + wordWidth;
      continue;
    }

    if (line) lines.push(line);
    const pieces = wordWidth > maxWidth ? breakWord(doc, word, style, maxWidth) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    width = measureText(doc, line, style);
  }

  if (line) lines.push(line);
  return lines;
}

/** pdfkit keeps the current font private; poppler needs its resource name (see below). */
function currentFontId(doc: Doc): string {
  const id = (doc as unknown as { _font?: { id?: unknown } })._font?.id;
  if (typeof id !== 'string') throw new Error('pdfkit no longer exposes the current font id');
  return id;
}

function drawRun(doc: Doc, run: ScriptRun, x: number, baseline: number, style: TextStyle) {
  useFont(doc, run.script, style);
  doc.text(run.text, x, baseline, RUN_OPTIONS);
}

/**
 * Draws a Telugu run inside a /Span with /ActualText and returns where it ends. Shaping reorders
 * and merges glyphs (శ్రీ is drawn as శీ then a subscript ్ర), so the font's ToUnicode map
 * cannot give the typed text back; ActualText does.
 *
 * poppler places the span's text using the graphics state at EMC, so the span closes under the
 * same matrix and font size as its glyphs: pdfkit flips the page once and flips back around
 * each text object, and restores the font after it; the empty show re-announces the font,
 * which poppler otherwise reads only when glyphs are shown. poppler also takes the span's
 * extent from its last glyph, which in Telugu is often a subscript drawn left of the pen; a
 * comma right after would then look a space away, so `tail` (the Latin character that touches
 * the run, if any) is drawn inside the span.
 */
function drawTeluguSpan(
  doc: Doc,
  runs: [ScriptRun, ScriptRun?],
  x: number,
  baseline: number,
  style: TextStyle,
): number {
  const flip = [1, 0, 0, -1, 0, doc.page.height] as const;
  const actual = runs.map((run) => run?.text ?? '').join('');

  doc.save().transform(...flip);
  doc.markContent('Span', { actual, lang: 'te' });
  doc.save().transform(...flip);
  let end = x;
  for (const run of runs) {
    if (!run) continue;
    drawRun(doc, run, end, baseline, style);
    end += runWidth(doc, run, style);
  }
  doc.restore();

  doc.addContent(`BT /${currentFontId(doc)} ${style.size} Tf <> Tj ET`);
  doc.endMarkedContent();
  doc.restore();
  return end;
}

/** Splits the first character off a Latin run that directly follows Telugu (no space between). */
function splitTail(next: ScriptRun | undefined): [ScriptRun | undefined, ScriptRun | undefined] {
  if (!next || next.text.startsWith(' ')) return [undefined, next];

  const first = String.fromCodePoint(next.text.codePointAt(0) ?? 0x20);
  const rest = next.text.slice(first.length);
  return [{ script: 'latin', text: first }, rest ? { script: 'latin', text: rest } : undefined];
}

/** Draws one line of mixed Telugu/Latin text starting at x on the given baseline. */
export function drawText(doc: Doc, text: string, x: number, baseline: number, style: TextStyle) {
  doc.fillColor(style.color);
  const runs: (ScriptRun | undefined)[] = [...runsOf(text)];
  let cursor = x;

  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!run) continue;
    if (run.script === 'latin') {
      drawRun(doc, run, cursor, baseline, style);
      cursor += runWidth(doc, run, style);
      continue;
    }

    const [tail, rest] = splitTail(runs[i + 1]);
    runs[i + 1] = rest;
    cursor = drawTeluguSpan(doc, [run, tail], cursor, baseline, style);
  }
}

/** Where a block of lines sits across its box. */
export type Align = 'left' | 'center';

/**
 * Draws text wrapped to width, one line box after another from top, and returns the y just
 * below the last line.
 */
export function drawBlock(
  doc: Doc,
  text: string,
  box: { x: number; top: number; width: number; align?: Align },
  style: TextStyle,
): number {
  let top = box.top;
  for (const line of wrapText(doc, text, style, box.width)) {
    const indent = box.align === 'center' ? (box.width - measureText(doc, line, style)) / 2 : 0;
    drawText(doc, line, box.x + indent, top + baselineOffset(line, style), style);
    top += lineHeight(line, style);
  }
  return top;
}

/** The height drawBlock would use for this text, without drawing it. */
export function blockHeight(doc: Doc, text: string, width: number, style: TextStyle): number {
  return wrapText(doc, text, style, width).reduce((h, line) => h + lineHeight(line, style), 0);
}
