import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DEV_KEY_FILE = 'aadhaar-aes256.key';

let activeKey: Buffer | undefined;

/**
 * Loads the key that encrypts Aadhaar numbers at rest (AES-256-GCM): PATRA_AADHAAR_KEY
 * (base64, 32 bytes) when configured, else a development key made once under
 * `<dataDir>/keys`, like the signing key. Throws on a key of the wrong length.
 */
export function loadAadhaarKey(options: { dataDir: string; aadhaarKey?: string }): Buffer {
  const key = options.aadhaarKey ? Buffer.from(options.aadhaarKey, 'base64') : loadOrCreateDevKey(join(options.dataDir, 'keys'));
  if (key.length !== KEY_BYTES) throw new Error('PATRA_AADHAAR_KEY must be 32 bytes in base64');

  return key;
}

/** Makes `key` the one that encrypts and decrypts Aadhaar numbers in this process (boot calls it). */
export function useAadhaarKey(key: Buffer): void {
  activeKey = key;
}

function currentKey(): Buffer {
  if (!activeKey) throw new Error('no Aadhaar key loaded: call useAadhaarKey at start');

  return activeKey;
}

/** Encrypts 12 digits: base64 of IV, GCM tag and ciphertext. */
export function encryptAadhaar(digits: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', currentKey(), iv);
  const body = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);

  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Decrypts what encryptAadhaar made; throws when the text was altered or the key differs. */
export function decryptAadhaar(ciphertext: string): string {
  const bytes = Buffer.from(ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', currentKey(), bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));

  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

function loadOrCreateDevKey(dir: string): Buffer {
  const file = join(dir, DEV_KEY_FILE);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');

  mkdirSync(dir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });

  return key;
}
