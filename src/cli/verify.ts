import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { hasSigningKey, keyringFromPublished, loadKeyring, type Keyring } from '../certificates/keys.ts';
import type { PayloadEventType } from '../certificates/payload.ts';
import { readPayloadFromPdf } from '../certificates/read-payload-from-pdf.ts';
import { verifyCertificate, type Verdict, type Verification } from '../certificates/verify-certificate.ts';
import { loadConfig } from '../config/config.ts';
import { VERIFY_TEXT } from '../messages/verify.ts';
import { formatIndianDate } from '../shared/india-time.ts';

const EXIT_CODE: Record<Verdict, number> = { GENUINE: 0, INVALID: 1, SUPERSEDED: 2, CANCELLED: 2 };
const EVENT_DATE: Record<PayloadEventType, string> = { B: 'date of birth', D: 'date of death', S: 'date of still-birth', N: 'date of the event as stated' };

/** Exit code when the check itself could not be made (no file, no keys, server unreachable). */
export const CANNOT_CHECK_EXIT_CODE = 3;

const PublishedKeysSchema = z.object({
  keys: z.array(
    z.object({
      kid: z.string(),
      kty: z.literal('OKP'),
      crv: z.literal('Ed25519'),
      x: z.string(),
      status: z.enum(['active', 'retired', 'compromised']),
    }),
  ),
});

/** What a Patra verify page answers in JSON; anything else is not trusted as a verdict. */
const OnlineAnswerSchema = z
  .object({
    verdict: z.enum(['GENUINE', 'SUPERSEDED', 'CANCELLED', 'INVALID']),
    isRevocationChecked: z.boolean(),
  })
  .passthrough();

class CannotCheck extends Error {}

/**
 * `patra verify <pdf | payload | URL>`: checks the signature offline with the trusted public
 * keys (a published key file with --keys, else this machine's signing key). With --online URL
 * it asks that Patra, which also knows revocations. Exit 0 only for GENUINE, 1 for INVALID, 2
 * for SUPERSEDED or CANCELLED, 3 when the check could not be made at all.
 */
export async function runVerify(options: { input: string; keysFile?: string; onlineUrl?: string }): Promise<number> {
  try {
    const payload = payloadFrom(options.input);
    const verification = options.onlineUrl
      ? await verifyBoth(options.onlineUrl, payload, options.keysFile)
      : await verifyCertificate(trustedKeys(options.keysFile), payload);
    printVerdict(verification, options.onlineUrl !== undefined);

    return EXIT_CODE[verification.verdict];
  } catch (error) {
    if (!(error instanceof CannotCheck)) throw error;

    console.error(`cannot check: ${error.message}`);

    return CANNOT_CHECK_EXIT_CODE;
  }
}

function payloadFrom(input: string): string {
  const looksLikeFile = input.toLowerCase().endsWith('.pdf') || existsSync(input);
  if (!looksLikeFile) {
    const marker = input.indexOf('/verify/');

    return marker >= 0 ? (input.slice(marker + '/verify/'.length).split(/[?#]/)[0] ?? '') : input.trim();
  }
  if (!existsSync(input) || !statSync(input).isFile()) throw new CannotCheck(`no such file: ${input}`);

  return readPayloadFromPdf(readFileSync(input)) ?? '';
}

function trustedKeys(keysFile: string | undefined): Keyring {
  if (keysFile) return keyringFromFile(keysFile);

  const config = loadConfig();
  if (!hasSigningKey(config)) {
    throw new CannotCheck(
      'no trusted keys in ./data/keys; download them (curl <Patra URL>/.well-known/patra-keys.json > keys.json) and pass --keys keys.json',
    );
  }

  return loadKeyring(config);
}

function keyringFromFile(file: string): Keyring {
  if (!existsSync(file)) throw new CannotCheck(`no such keys file: ${file}`);

  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new CannotCheck(`${file} is not JSON`);
  }
  const keys = PublishedKeysSchema.safeParse(parsed);
  if (!keys.success) throw new CannotCheck(`${file} is not a patra-keys.json key set`);

  return keyringFromPublished(keys.data);
}

/**
 * Online, the server's answer alone is not trusted: where keys are at hand the signature is
 * checked here first, and a forged payload is INVALID whatever a server says.
 */
async function verifyBoth(baseUrl: string, payload: string, keysFile: string | undefined): Promise<Verification> {
  const hasKeys = keysFile !== undefined || hasSigningKey(loadConfig());
  const offline = hasKeys ? await verifyCertificate(trustedKeys(keysFile), payload) : undefined;
  if (offline?.verdict === 'INVALID') return offline;

  return verifyOnline(baseUrl, payload);
}

async function verifyOnline(baseUrl: string, payload: string): Promise<Verification> {
  const url = `${baseUrl.replace(/\/$/, '')}/verify/${payload}`;
  const response = await fetch(url, { headers: { accept: 'application/json' } }).catch(() => undefined);
  if (!response?.ok) throw new CannotCheck(`no answer from ${baseUrl}`);

  const answer = OnlineAnswerSchema.safeParse(await response.json().catch(() => undefined));
  if (!answer.success) throw new CannotCheck(`${baseUrl} did not answer as a Patra verify page`);

  return answer.data;
}

function printVerdict(verification: Verification, isOnline: boolean): void {
  const reason = verification.reason ? ` (${verification.reason})` : '';
  console.log(`${verification.verdict}${reason}`);
  const explanation = verification.reason ?? verification.verdict;
  console.log(`  ${VERIFY_TEXT[explanation].en}\n  ${VERIFY_TEXT[explanation].te}`);
  if (verification.fields && verification.verdict !== 'INVALID') {
    const fields = verification.fields;
    console.log(`  kind: ${VERIFY_TEXT[`kind${fields.eventType}`].en}`);
    console.log(`  registration number: ${fields.registrationNumber}`);
    console.log(`  name: ${fields.nameEn || VERIFY_TEXT.notNamed.en}`);
    console.log(`  ${EVENT_DATE[fields.eventType]}: ${formatIndianDate(fields.eventDate)}   date of issue: ${formatIndianDate(fields.issueDate)}   unit: ${fields.unitCode}`);
  }
  if (verification.revokedAt) console.log(`  out of force since: ${verification.revokedAt}`);
  if (!isOnline && verification.verdict === 'GENUINE') {
    console.log('  revocation not checked (offline); add --online <Patra URL> to ask the register');
  }
}
