import { measureSenderDrain } from './sender-drain.ts';
import { quantile, report } from './stats.ts';
import { measureWebhookIntake } from './webhook-intake.ts';

const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 20_000);
const WEBHOOK_CONCURRENCY = Number(process.env.BENCH_WEBHOOK_CONCURRENCY ?? 32);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 10_000);
const SEND_RATE = Number(process.env.BENCH_SEND_RATE ?? 80);
const RATE_TOLERANCE = 0.05;

/**
 * The WhatsApp channel's figures (issue #5): signed webhooks accepted per second with p50 and
 * p99 (goal: 2,000/s, p99 under 50 ms on PostgreSQL, each body stored before the 200), and the
 * sender draining a backlog against the stand-in at its configured rate (goal: within 5%).
 */
export async function runWhatsAppBenchmarks(): Promise<void> {
  if (!process.env.DATABASE_URL) console.log('(the goals are stated for PostgreSQL: set DATABASE_URL)');

  const intake = await measureWebhookIntake({ count: WEBHOOKS, concurrency: WEBHOOK_CONCURRENCY });
  console.log(`\nsigned webhooks, ${WEBHOOKS} from ${WEBHOOK_CONCURRENCY} connections, each body stored before the 200:`);
  report('  accepted', intake.perSecond, 'webhooks/s', { name: 'the goal', value: 2000, isHigherBetter: true });
  console.log(`  p50: ${quantile(intake.latenciesMs, 0.5).toFixed(1)} ms`);
  report('  p99', quantile(intake.latenciesMs, 0.99), 'ms', { name: 'the p99 budget', value: 50, isHigherBetter: false });
  console.log(`  bodies stored: ${intake.stored} of ${WEBHOOKS}`);

  const drain = await measureSenderDrain({ count: BACKLOG, perSecond: SEND_RATE });
  const deviation = (drain.perSecond - drain.configuredPerSecond) / drain.configuredPerSecond;
  console.log(`\nsender draining ${BACKLOG} certificate sends against the stand-in at ${SEND_RATE}/s:`);
  console.log(`  ${drain.perSecond.toFixed(1)} sends/s over ${drain.elapsedS.toFixed(1)} s (${(deviation * 100).toFixed(1)}% from the configured rate; ${Math.abs(deviation) <= RATE_TOLERANCE ? 'within' : 'OUTSIDE'} 5%)`);
  console.log(`  whole seconds: busiest ${drain.busiestSecond}, median ${drain.medianSecond}, quietest ${drain.quietestSecond}; refused with 130429 (and sent after a 1 s pause): ${drain.rateLimited}; sent twice: ${drain.duplicates}`);
}
