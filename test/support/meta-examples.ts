import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Examples {
  webhooks: Record<string, { item: string; body: string }>;
}

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'meta', 'postman-examples.json');

/** Values for the bare placeholders (PHONE_NUMBER, TIMESTAMP, ...) left in Meta's examples. */
const PLACEHOLDER_VALUES: Record<string, string> = {
  PHONE_NUMBER: '919876543210',
  PHONE_NUMBER_ID: '106540352242922',
  TIMESTAMP: '1764836400',
  WHATSAPP_BUSINESS_ACCOUNT_ID: '102290129340398',
};

/**
 * Meta's published webhook examples (test/fixtures/meta, from the Cloud API Postman
 * collection), each made into valid JSON text: bare placeholders become quoted sample values.
 */
export function metaWebhookExamples(): { name: string; item: string; body: string }[] {
  const examples = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Examples;

  return Object.entries(examples.webhooks).map(([name, example]) => ({
    name,
    item: example.item,
    body: example.body.replace(
      /:\s*([A-Z][A-Z0-9_]+)(\s*[,\n}])/g,
      (_match, placeholder: string, tail: string) =>
        `: ${JSON.stringify(PLACEHOLDER_VALUES[placeholder] ?? placeholder)}${tail}`,
    ),
  }));
}
