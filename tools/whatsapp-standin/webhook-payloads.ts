import { userIdOf } from './bsuid.ts';
import type { GraphError } from './errors.ts';
import type { StoredTemplate } from './templates.ts';

/** The business identity every webhook carries. */
export interface Business {
  businessAccountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** Message statuses the stand-in reports. */
export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** How a message is billed: per-message pricing (PMP), as Meta reports since 2025. */
export interface Billing {
  category: 'utility' | 'authentication' | 'marketing' | 'service';
  isBillable: boolean;
  type: 'regular' | 'free_customer_service';
  conversationId: string;
  /** Epoch seconds when the conversation window ends. */
  expiresAt: number;
}

/** One entry of `value.statuses[]`. */
export interface StatusInput {
  wamid: string;
  status: MessageStatus;
  /** Epoch seconds. */
  timestamp: number;
  recipientId: string;
  billing: Billing;
  error?: GraphError;
  bizOpaqueCallbackData?: string;
  /** Name the recipient only by a business-scoped user id (`recipient_user_id`). */
  isBsuidOnly?: boolean;
}

/** Wraps a `value` in Meta's envelope for the `messages` field, adding the metadata. */
export function messagesEnvelope(business: Business, value: Record<string, unknown>): unknown {
  return envelope(business, 'messages', {
    messaging_product: 'whatsapp',
    metadata: {
      display_phone_number: business.displayPhoneNumber,
      phone_number_id: business.phoneNumberId,
    },
    ...value,
  });
}

/** A status notification: sent/delivered carry conversation and pricing, read does not. */
export function statusValue(input: StatusInput): Record<string, unknown> {
  const recipient = input.isBsuidOnly
    ? { recipient_user_id: userIdOf(input.recipientId) }
    : { recipient_id: input.recipientId };
  const status: Record<string, unknown> = {
    id: input.wamid,
    status: input.status,
    timestamp: String(input.timestamp),
    ...recipient,
  };

  if (input.status === 'sent' || input.status === 'delivered') {
    status['conversation'] = conversationOf(input.billing, input.status === 'sent');
    status['pricing'] = pricingOf(input.billing);
  }

  if (input.bizOpaqueCallbackData !== undefined) {
    status['biz_opaque_callback_data'] = input.bizOpaqueCallbackData;
  }

  if (input.error !== undefined) status['errors'] = [input.error.toWebhookError()];

  return { statuses: [status] };
}

/** The `message_template_status_update` notification for a changed template. */
export function templateStatusEnvelope(
  business: Business,
  template: StoredTemplate,
  timestamp: number,
): unknown {
  const value = {
    event: template.status,
    message_template_id: Number(template.id),
    message_template_name: template.name,
    message_template_language: template.language,
    reason: 'NONE',
  };

  return envelope(business, 'message_template_status_update', value, timestamp);
}

function envelope(
  business: Business,
  field: string,
  value: Record<string, unknown>,
  time?: number,
): unknown {
  const entry = { id: business.businessAccountId, ...(time === undefined ? {} : { time }) };

  return {
    object: 'whatsapp_business_account',
    entry: [{ ...entry, changes: [{ value, field }] }],
  };
}

function conversationOf(billing: Billing, hasExpiry: boolean): Record<string, unknown> {
  return {
    id: billing.conversationId,
    ...(hasExpiry ? { expiration_timestamp: String(billing.expiresAt) } : {}),
    origin: { type: billing.category },
  };
}

function pricingOf(billing: Billing): Record<string, unknown> {
  return {
    billable: billing.isBillable,
    pricing_model: 'PMP',
    category: billing.category,
    type: billing.type,
  };
}
