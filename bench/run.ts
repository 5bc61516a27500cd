import { measureRegistrationLatency } from './registration-latency.ts';
import { measureRenderRate } from './render-rate.ts';
import { quantile, report } from './stats.ts';

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
