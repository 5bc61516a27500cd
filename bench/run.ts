import { measureChromiumThroughput, measurePatraThroughput } from './certificate-throughput.ts';
import { runIngestBenchmark } from './ingest.ts';
import { measureRegistrationRate, measureSearchLatency } from './register-and-search.ts';
import { measureRegistrationLatency } from './registration-latency.ts';
import { measureRenderRate } from './render-rate.ts';
import { quantile, report } from './stats.ts';
import { runWhatsAppBenchmarks } from './whatsapp.ts';
import { runLakeBenchmark } from './lake.ts';

const RENDER_COUNT = Number(process.env.BENCH_RENDERS ?? 200);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 200);

console.log(`Patra benchmarks on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, Node ${process.version}\n`);

const render = await measureRenderRate(RENDER_COUNT);
report('Form 5 certificates rendered per second (one core)', render.perSecond, 'cert/s', { name: 'the goal', value: 100, isHigherBetter: true });
console.log(`  mean PDF size: ${(render.meanBytes / 1024).toFixed(1)} KB over ${RENDER_COUNT} certificates`);

const latencies = await measureRegistrationLatency(REGISTRATIONS);
const median = quantile(latencies, 0.5);
const p99 = quantile(latencies, 0.99);
console.log(`\nregistration call -> stand-in receives certificate_ready, over ${REGISTRATIONS} registrations:`);
report('  median', median, 'ms', { name: 'the 1 s budget', value: 1000, isHigherBetter: false });
report('  p99', p99, 'ms', { name: 'the 1 s budget', value: 1000, isHigherBetter: false });

// BENCH_CERTIFICATES=1: signed certificates per second on every core, beside Chromium's page.pdf.
if (process.env.BENCH_CERTIFICATES) {
  const seconds = Number(process.env.BENCH_CERTIFICATE_SECONDS ?? 10);
  const patra = await measurePatraThroughput(seconds);
  const browser = await measureChromiumThroughput(seconds);
  console.log(`\nsigned Form 5 (PAdES + QR) over ${seconds} s, one worker per core:`);
  report('  Patra (pdfkit)', patra.perSecond, 'cert/s', { name: 'the goal', value: 100, isHigherBetter: true });
  report('  Chromium page.pdf (unsigned)', browser.perSecond, 'cert/s', { name: 'the goal', value: 100, isHigherBetter: true });
  console.log(`  Patra / Chromium: ${(patra.perSecond / browser.perSecond).toFixed(1)}x`);
  console.log(`  peak RSS: Patra ${patra.peakRssMb.map((mb) => mb.toFixed(0)).join(' MB, ')} MB per worker; Chromium ${browser.peakRssMb[0]?.toFixed(0)} MB (browser, all processes)`);
  console.log(`  mean PDF size: Patra ${patra.meanKb.toFixed(1)} KB, Chromium ${browser.meanKb.toFixed(1)} KB`);
}

// BENCH_REGISTER=1: registrations per second through the API; on PostgreSQL also search latency
// over BENCH_SEARCH_RECORDS records (one million by default).
if (process.env.BENCH_REGISTER === '1') {
  const count = Number(process.env.BENCH_REGISTER_COUNT ?? 1000);
  const perSecond = await measureRegistrationRate({ count, concurrency: 8 });
  console.log(`\nregistrations through POST /api/v1/births (history, Aadhaar, contacts, search keys, outbox), 8 at a time:`);
  report('  registrations per second', perSecond, 'reg/s', { name: 'the goal', value: 100, isHigherBetter: true });
  if (process.env.DATABASE_URL) {
    const records = Number(process.env.BENCH_SEARCH_RECORDS ?? 1_000_000);
    const latencies = await measureSearchLatency({ records, queries: 200 });
    console.log(`\nsearch over ${records} records in PostgreSQL, 200 queries each:`);
    for (const [kind, values] of Object.entries(latencies)) {
      console.log(`  ${kind}: p50 ${quantile(values, 0.5).toFixed(1)} ms, p99 ${quantile(values, 0.99).toFixed(1)} ms`);
    }
  }
}

// The WhatsApp channel's intake and sender figures take minutes: `npm run bench -- --whatsapp`.
if (process.argv.includes('--whatsapp') || process.env.BENCH_WHATSAPP === '1') await runWhatsAppBenchmarks();

// BENCH_LAKE=1: the lake's export and statistics over BENCH_LAKE_RECORDS (1.3 million) records
// on PostgreSQL (DATABASE_URL; a database of its own, dropped afterwards).
if (process.env.BENCH_LAKE === '1') await runLakeBenchmark(Number(process.env.BENCH_LAKE_RECORDS ?? 1_300_000));

// BENCH_INGEST=1: a department file of BENCH_INGEST_ROWS (1.3 million) births imported with
// linkage on PostgreSQL (DATABASE_URL), against a plain COPY of the same file.
if (process.env.BENCH_INGEST === '1') {
  await runIngestBenchmark({
    rows: Number(process.env.BENCH_INGEST_ROWS ?? 1_300_000),
    batchRows: Number(process.env.BENCH_INGEST_BATCH ?? 5_000),
  });
}
