import type { Logger } from 'pino';

/** A template's review state as Meta reports it. Only APPROVED templates can be sent. */
export type TemplateStatus = 'APPROVED' | 'PENDING' | 'REJECTED' | 'PAUSED' | 'DISABLED';

/** A template category; Patra uses UTILITY for certificates and AUTHENTICATION for codes. */
export type TemplateCategory = 'UTILITY' | 'AUTHENTICATION' | 'MARKETING';

/** A button of a template, in the shape `GET message_templates` lists it. */
export interface TemplateButton {
  type: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'COPY_CODE';
  text: string;
  url?: string;
  phone_number?: string;
}

/** One component of a template definition, in Meta's listing shape. */
export type TemplateComponent =
  | {
      type: 'HEADER';
      format: 'TEXT' | 'DOCUMENT' | 'IMAGE' | 'VIDEO' | 'LOCATION';
      text?: string;
      example?: Record<string, unknown>;
    }
  | { type: 'BODY'; text: string; example?: Record<string, unknown> }
  | { type: 'FOOTER'; text: string }
  | { type: 'BUTTONS'; buttons: TemplateButton[] };

/** A template translation: one name in one language, with its own id and status. */
export interface TemplateDefinition {
  id?: string;
  name: string;
  language: string;
  status?: TemplateStatus;
  category: TemplateCategory;
  components: TemplateComponent[];
}

/** Options of {@link startStandin}. Only the credentials and the ids are required. */
export interface StandinOptions {
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
  /** Port to listen on; 0 (the default) picks any free port. */
  port?: number;
  /** The Bearer token every Graph call must carry. */
  accessToken: string;
  /** The App Secret that signs webhooks (X-Hub-Signature-256). */
  appSecret: string;
  phoneNumberId: string;
  businessAccountId: string;
  /** The business number shown in webhook metadata, digits only. */
  displayPhoneNumber?: string;
  /** Where signed webhooks are POSTed; without one, webhooks are recorded but not sent. */
  webhookUrl?: string;
  /** Delay after an accepted send before each status webhook. */
  statusDelaysMs?: { sent: number; delivered: number; read: number };
  /** 'meta-escaped' (the default) writes non-ASCII as \uXXXX and '/' as '\/', like Meta. */
  bodyEncoding?: 'meta-escaped' | 'raw-utf8';
  logger?: Logger;
  /** Recipients that are not on WhatsApp: sends are accepted, then fail with 131026. */
  unreachableNumbers?: string[];
  /** Messages per second per business number before 130429 (Meta's default tier is 80). */
  mpsLimit?: number;
  /** Deliver each message's statuses in reverse order (read before delivered before sent). */
  reorderStatuses?: boolean;
  /** Deliver every webhook twice, as Meta's at-least-once delivery sometimes does. */
  duplicateWebhooks?: boolean;
  /** Extra templates, added to (or replacing, by name and language) the seeded ones. */
  templates?: TemplateDefinition[];
  /** Whether a free-form send outside the 24-hour window fails in the response or later. */
  reengagementFailure?: 'sync' | 'async';
  /** Webhook retry policy for non-200 replies: attempts in all, first back-off delay. */
  webhookRetry?: { attempts: number; baseDelayMs: number };
  /** Lifetime of a retrieved media URL; Meta's is 5 minutes. */
  mediaUrlTtlMs?: number;
  /** Milliseconds since the epoch; tests move it to expire windows and media URLs. */
  clock?: () => number;
  /**
   * Run on a virtual clock that moves only through `advanceClock` (or POST /_standin/clock):
   * the window, the throughput and pair limits and media URLs all read it. Overrides `clock`.
   */
  virtualClock?: boolean;
  /**
   * The pair rate (131056): `burst` sends to one recipient at once, then one per `intervalMs`
   * (Meta: about one every 6 s). `false` turns it off. Default { burst: 10, intervalMs: 6000 }.
   */
  pairRate?: { burst: number; intervalMs: number } | false;
  /**
   * Batch webhooks like Meta does: what falls due within `windowMs` goes out as one POST,
   * statuses together in one change, each inbound message a change of its own, several
   * entries in one envelope.
   */
  batchWebhooks?: { windowMs: number };
  /**
   * Payloads carry only business-scoped user ids, no phone numbers: `contacts[].user_id` and
   * `messages[].from_user_id` instead of `wa_id`/`from`, `statuses[].recipient_user_id`
   * instead of `recipient_id`. Sends may address such a citizen with `recipient`.
   */
  bsuidOnly?: boolean;
  /** Hold every send's response this long after accepting it (a slow Cloud API). */
  responseDelayMs?: number;
}

/** A send the stand-in accepted (HTTP 200), whatever happened to it afterwards. */
export interface ReceivedMessage {
  /** The wamid returned to the caller. */
  id: string;
  /** The recipient's wa_id (digits only). */
  to: string;
  /** The request body as parsed JSON. */
  body: Record<string, unknown>;
  /** The request body exactly as received. */
  rawBody: string;
  /** ISO-8601 time of acceptance, by the stand-in's clock. */
  receivedAt: string;
}

/** A file a citizen attaches to an inbound message. */
export interface InboundDocument {
  /** The file itself, or its bytes in base64. */
  content: Buffer | string;
  filename: string;
  mimeType?: string;
  caption?: string;
}

/**
 * What a citizen does on their phone. Give exactly one of `text`, `interactiveReplyId`,
 * `buttonPayload` or `document`.
 */
export interface InboundInput {
  /** The citizen's number, in any form `to` accepts. */
  from: string;
  profileName?: string;
  text?: string;
  /** The id of a reply button or list row the citizen tapped. */
  interactiveReplyId?: string;
  /** The tapped title; looked up in the message that offered it when omitted. */
  interactiveReplyTitle?: string;
  /** Payload of a template quick-reply button the citizen tapped. */
  buttonPayload?: string;
  buttonText?: string;
  document?: InboundDocument;
  /** The wamid this message replies to; found automatically for taps. */
  contextMessageId?: string;
}

/** The outcome of {@link Standin.injectInbound}. */
export interface InboundResult {
  /** The wamid of the inbound message (what Patra would mark as read). */
  id: string;
  /** The webhook endpoint's final HTTP status, or null when nothing answered. */
  statusCode: number | null;
}

/** A failure to inject into the next matching send. */
export interface FailRule {
  /** Only a send to this number (any accepted form) triggers the rule. */
  to?: string;
  /** Graph error code, e.g. 131000, 130429, 131026, 131053. */
  code: number;
  details?: string;
  /** Accept the send with 200, then report the failure as a `failed` status webhook. */
  async?: boolean;
}

/** One webhook POST, after its retries. */
export interface WebhookDelivery {
  /** The endpoint, or null when no webhook URL was set. */
  url: string | null;
  /** What the payload reports: 'status:sent', 'message:text', 'template_status' and so on. */
  kind: string;
  /** The last HTTP status received, or null when the endpoint never answered. */
  statusCode: number | null;
  attempts: number;
  deliveredAt: string;
}

/** A running stand-in. */
export interface Standin {
  /** Graph base URL; clients call `${url}/v23.0/...`. */
  url: string;
  setWebhookUrl(url: string): void;
  messages(): ReceivedMessage[];
  mediaBytes(mediaId: string): Buffer | undefined;
  waitForMessage(
    predicate: (message: ReceivedMessage) => boolean,
    timeoutMs?: number,
  ): Promise<ReceivedMessage>;
  injectInbound(input: InboundInput): Promise<InboundResult>;
  failNext(rule: FailRule): void;
  /** Changes a template's status and sends the `message_template_status_update` webhook. */
  setTemplateStatus(name: string, language: string, status: TemplateStatus): Promise<void>;
  webhookDeliveries(): WebhookDelivery[];
  /** Moves the virtual clock forward (only with `virtualClock`); returns the new time. */
  advanceClock(ms: number): number;
  /** The business-scoped user id this stand-in gives a number (see `bsuidOnly`). */
  userIdOf(number: string): string;
  close(): Promise<void>;
}
