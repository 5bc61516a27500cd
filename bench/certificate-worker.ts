// One benchmark worker process: renders and PAdES-signs distinct Form 5 certificates for the
// given number of seconds, then prints one JSON line with its count and peak RSS.
import { loadPdfSigner } from '../src/certificates/load-pdf-signer.ts';
import { renderForm5 } from '../src/certificates/render-form5.ts';
import { tenaliForm5View } from '../test/support/certificate-views.ts';

const [dataDir = '', secondsText = '5', workerText = '0'] = process.argv.slice(2);
const signer = await loadPdfSigner({ dataDir });
const serial = (i: number) =>
  `B-2026:28-90001-${String(Number(workerText) * 1e5 + i).padStart(6, '0')}`;

await renderForm5(tenaliForm5View(), signer);
let count = 0;
let bytes = 0;
const deadline = performance.now() + Number(secondsText) * 1000;
const started = performance.now();
while (performance.now() < deadline) {
  bytes += (await renderForm5(tenaliForm5View({ registrationNumber: serial(count) }), signer))
    .length;
  count += 1;
}

const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ count, seconds, bytes, peakRssKb: process.resourceUsage().maxRSS })}\n`,
);
