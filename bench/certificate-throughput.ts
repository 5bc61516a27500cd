import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadPdfSigner } from '../src/certificates/load-pdf-signer.ts';
import { tenaliForm5View } from '../test/support/certificate-views.ts';
import { form5Html } from './form5-html.ts';

export interface Throughput {
  perSecond: number;
  /** Peak resident memory of each worker (Patra) or of the whole browser (Chromium), in MB. */
  peakRssMb: number[];
  meanKb: number;
}

const WORKER = new URL('./certificate-worker.ts', import.meta.url).pathname;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function runWorker(
  dataDir: string,
  seconds: number,
  index: number,
): Promise<{ count: number; seconds: number; bytes: number; peakRssKb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, dataDir, String(seconds), String(index)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as never) : reject(new Error(`worker exited ${code}`)),
    );
  });
}

/** Signed Form 5 certificates per second with one worker process per core, and each one's peak RSS. */
export async function measurePatraThroughput(seconds: number): Promise<Throughput> {
  const dataDir = mkdtempSync(join(tmpdir(), 'patra-bench-'));
  await loadPdfSigner({ dataDir });
  const results = await Promise.all(
    Array.from({ length: availableParallelism() }, (_, i) => runWorker(dataDir, seconds, i)),
  );
  const count = results.reduce((n, r) => n + r.count, 0);

  return {
    perSecond: results.reduce((n, r) => n + r.count / r.seconds, 0),
    peakRssMb: results.map((r) => r.peakRssKb / 1024),
    meanKb: results.reduce((n, r) => n + r.bytes, 0) / count / 1024,
  };
}

/** The summed RSS of every process whose command line names this browser's profile folder. */
function browserRssKb(profile: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** The same certificate as HTML through Chromium's page.pdf, one page per core, and the browser's peak RSS. */
export async function measureChromiumThroughput(seconds: number): Promise<Throughput> {
  const profile = mkdtempSync(join(tmpdir(), 'patra-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, browserRssKb(profile))), 100);

  try {
    const html = await form5Html(tenaliForm5View());
    const pages = await Promise.all(
      Array.from({ length: availableParallelism() }, () => context.newPage()),
    );
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    const counts = await Promise.all(
      pages.map(async (page) => {
        let count = 0;
        let bytes = 0;
        while (performance.now() < deadline) {
          await page.setContent(html);
          bytes += (await page.pdf({ format: 'A4', printBackground: true })).length;
          count += 1;
        }
        return { count, bytes };
      }),
    );
    const total = counts.reduce((n, c) => n + c.count, 0);

    return {
      perSecond: total / ((performance.now() - started) / 1000),
      peakRssMb: [peakKb / 1024],
      meanKb: counts.reduce((n, c) => n + c.bytes, 0) / total / 1024,
    };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}
