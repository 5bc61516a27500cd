import { existsSync, readFileSync } from 'node:fs';
import { keyringFromPublished, loadKeyring, hasSigningKey, type Keyring, type PublishedKey } from '../certificates/keys.ts';
import { readPayloadFromPdf } from '../certificates/read-payload-from-pdf.ts';
import { verifyCertificate, type Verdict, type Verification } from '../certificates/verify-certificate.ts';
import { loadConfig } from '../config/config.ts';

const EXIT_CODE: Record<Verdict, number> = { GENUINE: 0, INVALID: 1, SUPERSEDED: 2, CANCELLED: 2 };

/**
 * `patra verify <pdf | payload | URL>`: checks the signature offline with the trusted public
 * keys (a published key file with --keys, else this machine's signing key). With --online URL
 * it also asks that Patra whether the certificate was revoked. Exit 0 only for GENUINE, 1 for
 * INVALID, 2 for SUPERSEDED or CANCELLED.
 */
export async function runVerify(options: { input: string; keysFile?: string; onlineUrl?: string }): Promise<number> {
  const payload = payloadFrom(options.input);
  if (!payload) {
    console.log('INVALID: no Patra payload found in the input');

    return EXIT_CODE.INVALID;
  }

  const verification = options.onlineUrl
    ? await verifyOnline(options.onlineUrl, payload)
    : await verifyCertificate(trustedKeys(options.keysFile), payload);
  printVerdict(verification, options.onlineUrl !== undefined);

  return EXIT_CODE[verification.verdict];
}

function payloadFrom(input: string): string | undefined {
  if (existsSync(input)) {
    return readPayloadFromPdf(readFileSync(input));
  }
  const marker = input.indexOf('/verify/');

  return marker >= 0 ? input.slice(marker + '/verify/'.length).split(/[?#]/)[0] : input.trim();
}

function trustedKeys(keysFile: string | undefined): Keyring {
  if (keysFile) return keyringFromPublished(JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: PublishedKey[] });

  const config = loadConfig();
  if (!hasSigningKey(config)) {
    throw new Error('no trusted keys here: pass --keys <patra-keys.json> (from /.well-known/patra-keys.json)');
  }

  return loadKeyring(config);
}

async function verifyOnline(baseUrl: string, payload: string): Promise<Verification> {
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/verify/${payload}`, { headers: { accept: 'application/json' } });

  return (await response.json()) as Verification;
}

function printVerdict(verification: Verification, isOnline: boolean): void {
  const reason = verification.reason ? ` (${verification.reason})` : '';
  console.log(`${verification.verdict}${reason}`);
  if (verification.fields) {
    const fields = verification.fields;
    console.log(`  registration number: ${fields.registrationNumber}`);
    console.log(`  name: ${fields.nameEn || '(not named yet)'}`);
    console.log(`  date of birth: ${fields.eventDate}   date of issue: ${fields.issueDate}   unit: ${fields.unitCode}`);
  }
  if (!isOnline && verification.verdict === 'GENUINE') {
    console.log('  revocation not checked (offline); add --online <Patra URL> to ask the register');
  }
}
