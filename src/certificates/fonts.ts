import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// @ts-expect-error -- fontkit 3 ships no type declarations; FontkitApi below types what we use.
import * as fontkitUntyped from 'fontkit';
import { withSharedCaches } from './font-cache.ts';
import type { FontkitFont } from './font-cache.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** The two scripts the certificate prints; each has its own font family. */
export type Script = 'telugu' | 'latin';

/** The weights the certificate uses. */
export type Weight = 400 | 700;

/** A stretch of text that one font can draw. */
export interface ScriptRun {
  script: Script;
  text: string;
}

interface FontkitApi {
  create(data: Uint8Array): FontkitFont;
}

const fontkit = fontkitUntyped as FontkitApi;

const requireFromHere = createRequire(import.meta.url);

const FONT_FILES: Record<Script, Record<Weight, string>> = {
  latin: {
    400: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    700: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  },
  telugu: {
    400: '@fontsource/noto-sans-telugu/files/noto-sans-telugu-telugu-400-normal.woff',
    700: '@fontsource/noto-sans-telugu/files/noto-sans-telugu-telugu-700-normal.woff',
  },
};

const SCRIPTS: readonly Script[] = ['latin', 'telugu'];
const WEIGHTS: readonly Weight[] = [400, 700];

let loaded: ReadonlyMap<string, FontkitFont> | undefined;

/** The name a font is registered under in each PDF document. */
export function fontName(script: Script, weight: Weight): string {
  return `patra-${script}-${weight}`;
}

/**
 * Reads and parses the four certificate fonts once per process, unpacked from WOFF, so every
 * document shares the parsed fonts and their shaping cache instead of handing pdfkit the bytes.
 */
export function loadCertificateFonts(): ReadonlyMap<string, FontkitFont> {
  if (loaded) return loaded;

  const fonts = new Map<string, FontkitFont>();
  for (const script of SCRIPTS) {
    for (const weight of WEIGHTS) {
      const woff = readFileSync(requireFromHere.resolve(FONT_FILES[script][weight]));
      const font = fontkit.create(woffToSfnt(woff));
      fonts.set(fontName(script, weight), withSharedCaches(font));
    }
  }

  loaded = fonts;
  return fonts;
}

type PdfkitFontSource = Parameters<PDFKit.PDFDocument['registerFont']>[1];

/**
 * Registers the shared parsed fonts on one document under `fontName` names. pdfkit takes an
 * already-parsed fontkit font (it only checks for `layout()`), which @types/pdfkit does not list.
 * Each font is selected once here so pdfkit numbers them (F1-F4) in this fixed order rather
 * than in whatever order the first measurement happens to need them, which would vary with
 * the caches and so change the bytes.
 */
export function registerCertificateFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, font] of loadCertificateFonts()) {
    doc.registerFont(name, font as unknown as PdfkitFontSource);
    doc.font(name);
  }
}

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const SPACE = 0x20;

type Class = Script | 'joiner' | 'space';

function classOf(codePoint: number): Class {
  if (codePoint >= 0x0c00 && codePoint <= 0x0c7f) return 'telugu';
  if (codePoint === ZWNJ || codePoint === ZWJ) return 'joiner';
  return codePoint === SPACE ? 'space' : 'latin';
}

/** For each position, the nearest script (ignoring joiners and spaces) seen walking one way. */
function nearestScripts(classes: readonly Class[], step: 1 | -1): (Script | undefined)[] {
  const out = new Array<Script | undefined>(classes.length);
  let seen: Script | undefined;
  for (let i = step > 0 ? 0 : classes.length - 1; i >= 0 && i < classes.length; i += step) {
    out[i] = seen;
    const c = classes[i];
    if (c === 'telugu' || c === 'latin') seen = c;
  }
  return out;
}

/**
 * Joiners belong to Telugu when Telugu is on either side; a space belongs to Telugu when Telugu
 * is on both sides (the Telugu font has a space, and one run per phrase keeps the PDF small and
 * its extracted text in one piece). Everything else outside U+0C00-U+0C7F is Latin.
 */
function resolve(classes: readonly Class[]): Script[] {
  const before = nearestScripts(classes, 1);
  const after = nearestScripts(classes, -1);

  return classes.map((c, i) => {
    if (c === 'telugu' || c === 'latin') return c;
    const [b, a] = [before[i], after[i]];
    const telugu =
      c === 'joiner' ? b === 'telugu' || a === 'telugu' : b === 'telugu' && a === 'telugu';
    return telugu ? 'telugu' : 'latin';
  });
}

/**
 * Splits text into Telugu and Latin runs. The Telugu font has no ASCII digits or punctuation and
 * the Latin font has no Telugu, so each run must be drawn with its own font.
 */
export function splitScriptRuns(text: string): ScriptRun[] {
  const chars = Array.from(text);
  const scripts = resolve(chars.map((c) => classOf(c.codePointAt(0) ?? 0)));

  const runs: ScriptRun[] = [];
  chars.forEach((char, i) => {
    const script = scripts[i] ?? 'latin';
    const last = runs.at(-1);
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  });

  return runs;
}
