/** The parts of a fontkit glyph run that pdfkit reads. */
interface GlyphRun {
  readonly glyphs: readonly unknown[];
  readonly positions: readonly object[];
  readonly advanceWidth: number;
}

/** The parts of a fontkit glyph that pdfkit reads. */
interface GlyphRecord {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** The part of a parsed fontkit font that Patra relies on. */
export interface FontkitFont {
  readonly postscriptName: string;
  layout(text: string, ...rest: unknown[]): GlyphRun;
  getGlyph(id: number, ...rest: unknown[]): unknown;
  stringsForGlyph(id: number): string[];
}

/**
 * Turns fontkit glyphs into plain records whose code points (what pdfkit writes into the
 * ToUnicode map) do not depend on history. fontkit keeps one glyph object per id and stamps it
 * with the characters of whichever string first produced it; with fonts shared across
 * documents that would make a certificate's bytes depend on what the process rendered before.
 * A ligature keeps its components; any other glyph gets the lowest code point that maps to it.
 */
function glyphRecorder(font: FontkitFont): (glyph: unknown) => GlyphRecord {
  const canonical = new Map<number, readonly number[]>();

  const codePointsOf = (id: number, own: readonly number[]) => {
    if (own.length > 1) return own;
    let mapped = canonical.get(id);
    if (!mapped) {
      const singles = font
        .stringsForGlyph(id)
        .map((s) => [...s])
        .filter((cps) => cps.length === 1);
      const lowest = Math.min(...singles.map(([c]) => c?.codePointAt(0) ?? Infinity));
      mapped = Number.isFinite(lowest) ? [lowest] : own;
      canonical.set(id, mapped);
    }
    return mapped;
  };

  return (glyph) => {
    const g = glyph as GlyphRecord;
    return { id: g.id, advanceWidth: g.advanceWidth, codePoints: codePointsOf(g.id, g.codePoints) };
  };
}

/** Enough for every label and the names and addresses of a busy day; then it starts over. */
const MAX_CACHED_RUNS = 20_000;

/**
 * Shapes each string once per process, not once per document: pdfkit's own layout cache lives
 * and dies with each document, and OpenType shaping of Telugu is the dearest step of all.
 * pdfkit scales the positions it gets in place, so every caller receives fresh position
 * objects; glyphs are only read, so they are shared.
 */
function cachedLayout(font: FontkitFont): FontkitFont['layout'] {
  const runs = new Map<string, GlyphRun>();
  const record = glyphRecorder(font);

  return (text, ...rest) => {
    if (rest.some((arg) => arg !== undefined)) return font.layout(text, ...rest);

    let run = runs.get(text);
    if (!run) {
      const { glyphs, positions, advanceWidth } = font.layout(text);
      run = { glyphs: glyphs.map(record), positions, advanceWidth };
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(text, run);
    }

    const positions = run.positions.map((p) => ({ ...p }));
    return { glyphs: run.glyphs, positions, advanceWidth: run.advanceWidth };
  };
}

const DECODE_MEMOIZED = Symbol('patra.decodeMemoized');

interface DecodableGlyph {
  _decode?: () => unknown;
  [DECODE_MEMOIZED]?: true;
}

/**
 * fontkit's subsetter decodes every glyph's whole outline again for each document, only to see
 * whether it is composite; that was the largest part of embedding. fontkit keeps one glyph
 * object per id, so remembering the decoded (read-only) outline on it makes it once per
 * process. Should fontkit rename the method, this quietly does nothing.
 */
function memoizeDecode(glyph: unknown): void {
  if (typeof glyph !== 'object' || glyph === null) return;
  const target = glyph as DecodableGlyph;
  const decode = target._decode;
  if (target[DECODE_MEMOIZED] || typeof decode !== 'function') return;

  let decoded: { value: unknown } | undefined;
  target._decode = () => (decoded ??= { value: decode.call(glyph) }).value;
  target[DECODE_MEMOIZED] = true;
}

/**
 * Wraps a parsed font in the process-wide caches above. The wrapper is a Proxy, so pdfkit and
 * fontkit see the font itself in every other respect.
 */
export function withSharedCaches(font: FontkitFont): FontkitFont {
  const layout = cachedLayout(font);
  const getGlyph: FontkitFont['getGlyph'] = (id, ...rest) => {
    const glyph = font.getGlyph(id, ...rest);
    memoizeDecode(glyph);
    return glyph;
  };

  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      if (prop === 'getGlyph') return getGlyph;
      return Reflect.get(target, prop, target) as unknown;
    },
  });
}
