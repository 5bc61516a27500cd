import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tenaliForm6View } from '../../test/support/certificate-views.ts';
import { requireTool } from '../../test/support/external-tool.ts';
import { runTool } from '../../test/support/pdf-readers.ts';
import { readGrayPng } from '../../test/support/read-gray-png.ts';
import type { Form6View } from './form6-view.ts';
import { renderForm6 } from './render-form6.ts';

const hasPoppler = requireTool('pdftoppm', 'poppler-utils');

/**
 * The first page of a Telugu-heavy Form 6, rendered by pdftoppm at 72 dpi in gray, as a person
 * looked at it and judged it right (conjuncts, vowel signs, the grid, the QR code).
 *
 * To regenerate after an intended change of layout, render it the same way and LOOK at it:
 *   PATRA_UPDATE_GOLDEN=1 npx vitest run src/certificates/render-visual.test.ts
 * then open test/fixtures/certificates/form6-telugu.png and check it before committing.
 */
const GOLDEN = fileURLToPath(
  new URL('../../test/fixtures/certificates/form6-telugu.png', import.meta.url),
);

/** Anti-aliasing differs a little between poppler builds: a pixel may move this much in gray. */
const PIXEL_TOLERANCE = 48;
/** And this share of pixels (about 100) may differ by more; one changed word moves ~250. */
const MAX_DIFFERENT_SHARE = 0.0002;

async function renderPage(view: Form6View): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'patra-visual-'));
  writeFileSync(join(dir, 'form6.pdf'), await renderForm6(view));
  runTool('pdftoppm', [
    '-r',
    '72',
    '-gray',
    '-png',
    '-singlefile',
    join(dir, 'form6.pdf'),
    join(dir, 'page'),
  ]);
  return readFileSync(join(dir, 'page.png'));
}

/** The share of pixels whose gray differs by more than the anti-aliasing tolerance. */
function differentShare(a: Buffer, b: Buffer): number {
  const [want, got] = [readGrayPng(a), readGrayPng(b)];
  expect([got.width, got.height]).toEqual([want.width, want.height]);

  let different = 0;
  for (let i = 0; i < want.pixels.length; i++) {
    if (Math.abs((want.pixels[i] ?? 0) - (got.pixels[i] ?? 0)) > PIXEL_TOLERANCE) different++;
  }
  return different / want.pixels.length;
}

describe('the rendered page', () => {
  it.skipIf(!hasPoppler)('looks like the golden image of a Telugu-heavy Form 6', async () => {
    const rendered = await renderPage(tenaliForm6View());
    if (process.env.PATRA_UPDATE_GOLDEN) writeFileSync(GOLDEN, rendered);

    expect(differentShare(readFileSync(GOLDEN), rendered)).toBeLessThan(MAX_DIFFERENT_SHARE);

    // One changed Telugu word is enough to fail it.
    const base = tenaliForm6View();
    const name = { en: base.deceased.name.en, te: 'వీరమాచనేని సత్యనారాయణ' };
    const changed = await renderPage(tenaliForm6View({ deceased: { ...base.deceased, name } }));
    expect(differentShare(readFileSync(GOLDEN), changed)).toBeGreaterThan(MAX_DIFFERENT_SHARE);
  });
});
