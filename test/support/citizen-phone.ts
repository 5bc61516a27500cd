import type { InboundInput, ReceivedMessage, Standin } from '../../tools/whatsapp-standin/index.ts';

/** What a test reads off one message Patra sent: its type and its visible words. */
export interface Received {
  message: ReceivedMessage;
  type: string;
  /** The text body, interactive body or document caption. */
  text: string;
  /** Ids of the list rows or reply buttons offered. */
  choices: string[];
  /** Titles of the list rows or reply buttons offered. */
  titles: string[];
  /** For a document: the media id it was sent by. */
  documentId: string | undefined;
}

/**
 * A citizen's phone in a test: writes to Patra through the stand-in's signed webhooks and
 * reads the next message Patra sends to this number.
 */
export function citizenPhone(
  standin: Standin,
  waId: string,
): {
  say: (input: Omit<InboundInput, 'from'>) => Promise<Received>;
  send: (input: Omit<InboundInput, 'from'>) => Promise<void>;
  next: (timeoutMs?: number) => Promise<Received>;
  countReceived: () => number;
} {
  const seen = new Set(
    standin
      .messages()
      .filter((m) => m.to === waId)
      .map((m) => m.id),
  );
  const next = async (timeoutMs = 15_000): Promise<Received> => {
    const message = await standin.waitForMessage(
      (m) => m.to === waId && !seen.has(m.id),
      timeoutMs,
    );
    seen.add(message.id);

    return readMessage(message);
  };
  const send = async (input: Omit<InboundInput, 'from'>): Promise<void> => {
    await standin.injectInbound({ from: waId, ...input });
  };

  return {
    send,
    next,
    say: async (input) => {
      await send(input);

      return next();
    },
    countReceived: () => standin.messages().filter((m) => m.to === waId).length,
  };
}

/** Reads the words and choices of a message as a phone would show them. */
export function readMessage(message: ReceivedMessage): Received {
  const body = message.body as {
    type: string;
    text?: { body: string };
    document?: { id: string; caption?: string };
    interactive?: {
      body: { text: string };
      action: {
        buttons?: { reply: { id: string; title: string } }[];
        sections?: { rows: { id: string; title: string }[] }[];
      };
    };
  };
  const options = [
    ...(body.interactive?.action.buttons?.map((button) => button.reply) ?? []),
    ...(body.interactive?.action.sections?.flatMap((section) => section.rows) ?? []),
  ];

  return {
    message,
    type:
      body.type === 'interactive'
        ? body.interactive?.action.sections
          ? 'list'
          : 'buttons'
        : body.type,
    text: body.text?.body ?? body.interactive?.body.text ?? body.document?.caption ?? '',
    choices: options.map((option) => option.id),
    titles: options.map((option) => option.title),
    documentId: body.document?.id,
  };
}
