import { issueCertificate, type CertificateSettings } from '../certificates/issue-certificate.ts';
import type { Db } from '../db/db.ts';
import type { CloudApiClient } from '../whatsapp/cloud-api-client.ts';
import { processWebhook } from '../whatsapp/process-webhook.ts';
import { sendCertificate, type SendOutcome } from '../whatsapp/send-certificate.ts';
import { markSendFailed } from '../whatsapp/mark-send-failed.ts';
import { reactToFailedDelivery } from '../whatsapp/react-to-failed-delivery.ts';
import { eraseMessageBodies, scheduleNextErasure } from '../whatsapp/erase-message-bodies.ts';
import { fetchEvidence } from '../whatsapp/fetch-evidence.ts';
import { sendMessage } from '../whatsapp/send-message.ts';
import { checkpointHistory } from '../registry/checkpoint-history.ts';
import { scheduleHistoryCheckpoint } from '../registry/schedule-history-checkpoint.ts';
import type { ConversationSettings } from '../whatsapp/conversation/turn.ts';
import type { ClaimedJob, JobPayloads } from './outbox.ts';
import type { JobHandler, JobOutcome } from './worker.ts';

/** Connects each kind of outbox job to the domain function that does it. */
export function jobHandlers(deps: {
  db: Db;
  certificates: CertificateSettings;
  whatsapp: CloudApiClient;
  /** The citizen chat; without it incoming messages are stored but not answered. */
  conversation?: ConversationSettings;
  /** How often the history is checkpointed (PATRA_CHECKPOINT_MINUTES). */
  checkpointMinutes?: number;
}): Record<ClaimedJob['kind'], JobHandler> {
  return {
    'certificate.issue': async (job) => {
      await issueCertificate(deps.db, deps.certificates, job.payload as JobPayloads['certificate.issue']);

      return { type: 'done' };
    },
    'whatsapp.send-certificate': async (job, log, attempt) => {
      const { messageId } = job.payload as JobPayloads['whatsapp.send-certificate'];
      const outcome = await sendCertificate(deps.db, deps.whatsapp, messageId);
      log.info({ messageId, outcome: outcome.status }, 'certificate send');

      return settleSendJob(deps.db, { messageId, outcome, isLastAttempt: attempt.isLastAttempt });
    },
    'whatsapp.failed-delivery': async (job) => {
      const isFound = await reactToFailedDelivery(deps.db, job.payload as JobPayloads['whatsapp.failed-delivery']);

      return isFound ? { type: 'done' } : { type: 'retry', reason: 'no sent message with that wamid yet' };
    },
    'whatsapp.webhook': async (job, log) => {
      await processWebhook(deps.db, (job.payload as JobPayloads['whatsapp.webhook']).inboxId, log, deps.conversation);

      return { type: 'done' };
    },
    'whatsapp.send-message': async (job, log, attempt) => {
      const { messageId } = job.payload as JobPayloads['whatsapp.send-message'];
      const outcome = await sendMessage(deps.db, deps.whatsapp, messageId);
      log.info({ messageId, outcome: outcome.status }, 'message send');

      return outcome.status === 'skipped' ? { type: 'done' } : settleSendJob(deps.db, { messageId, outcome, isLastAttempt: attempt.isLastAttempt });
    },
    'whatsapp.fetch-evidence': async (job) => {
      const { evidenceId } = job.payload as JobPayloads['whatsapp.fetch-evidence'];
      const result = await fetchEvidence(deps.db, deps.whatsapp, evidenceId);

      return result.ok || !result.retryable ? { type: 'done' } : { type: 'retry', reason: result.reason };
    },
    'whatsapp.erase-message-bodies': async (_job, log) => {
      const erased = await eraseMessageBodies(deps.db, { retentionDays: deps.conversation?.retentionDays ?? 90 });
      await scheduleNextErasure(deps.db);
      log.info(erased, 'message bodies past their retention erased');

      return { type: 'done' };
    },
    'history.checkpoint': async (_job, log) => {
      const checkpoint = await checkpointHistory(deps.db, deps.certificates.keyring);
      await scheduleHistoryCheckpoint(deps.db, { intervalMinutes: deps.checkpointMinutes });
      log.info({ checkpointId: checkpoint.id, records: checkpoint.recordCount }, 'history checkpoint signed');

      return { type: 'done' };
    },
  };
}

/**
 * What a send's outcome means for its job: a wait the Cloud API or the pair rate asked for
 * puts the job back without spending an attempt; a retry on the last attempt is a send that
 * finally failed, so the message fails and the record goes to the registrar's queue.
 */
async function settleSendJob(db: Db, send: { messageId: string; outcome: SendOutcome; isLastAttempt: boolean }): Promise<JobOutcome> {
  const { outcome } = send;
  if (outcome.status === 'retry' && outcome.afterMs !== undefined) {
    return { type: 'later', reason: outcome.reason, delayMs: outcome.afterMs };
  }
  if (outcome.status === 'retry' && send.isLastAttempt) {
    await markSendFailed(db, send.messageId, { reason: `retries exhausted: ${outcome.reason}` });

    return { type: 'dead', reason: `retries exhausted: ${outcome.reason}` };
  }

  return sendOutcomeToJob(outcome);
}

function sendOutcomeToJob(outcome: SendOutcome): JobOutcome {
  switch (outcome.status) {
    case 'accepted':
    case 'already-done':
      return { type: 'done' };
    case 'retry':
      return { type: 'retry', reason: outcome.reason };
    case 'failed':
      return { type: 'dead', reason: `send failed: ${outcome.code ?? ''} ${outcome.reason}`.replace('  ', ' ') };
    case 'ambiguous':
      return { type: 'dead', reason: 'interrupted during the send; not resent, check delivery by hand' };
  }
}
