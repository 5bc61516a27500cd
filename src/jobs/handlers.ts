import { issueCertificate, type CertificateSettings } from '../certificates/issue-certificate.ts';
import type { Db } from '../db/db.ts';
import type { CloudApiClient } from '../whatsapp/cloud-api-client.ts';
import { processWebhook } from '../whatsapp/process-webhook.ts';
import { sendCertificate } from '../whatsapp/send-certificate.ts';
import type { ClaimedJob, JobPayloads } from './outbox.ts';
import type { JobHandler, JobOutcome } from './worker.ts';

/** Connects each kind of outbox job to the domain function that does it. */
export function jobHandlers(deps: { db: Db; certificates: CertificateSettings; whatsapp: CloudApiClient }): Record<ClaimedJob['kind'], JobHandler> {
  return {
    'certificate.issue': async (job) => {
      await issueCertificate(deps.db, deps.certificates, job.payload as JobPayloads['certificate.issue']);

      return { type: 'done' };
    },
    'whatsapp.send-certificate': async (job, log) => {
      const { messageId } = job.payload as JobPayloads['whatsapp.send-certificate'];
      const outcome = await sendCertificate(deps.db, deps.whatsapp, messageId);
      log.info({ messageId, outcome: outcome.status }, 'certificate send');

      return sendOutcomeToJob(outcome);
    },
    'whatsapp.webhook': async (job, log) => {
      await processWebhook(deps.db, (job.payload as JobPayloads['whatsapp.webhook']).inboxId, log);

      return { type: 'done' };
    },
  };
}

function sendOutcomeToJob(outcome: Awaited<ReturnType<typeof sendCertificate>>): JobOutcome {
  switch (outcome.status) {
    case 'accepted':
    case 'already-done':
      return { type: 'done' };
    case 'retry':
      return { type: 'retry', reason: outcome.reason };
    case 'failed':
      return { type: 'dead', reason: `Cloud API refused: ${outcome.code ?? ''} ${outcome.reason}`.trim() };
    case 'ambiguous':
      return { type: 'dead', reason: 'interrupted during the send; not resent, check delivery by hand' };
  }
}
