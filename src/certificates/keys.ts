import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type KeyStatus = 'active' | 'retired' | 'compromised';

/** A public key that verifiers trust, as published at /.well-known/patra-keys.json. */
export interface PublishedKey {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  status: KeyStatus;
}

/** The key that signs new certificates, and every public key a verifier should trust. */
export interface Keyring {
  signing: { keyId: string; privateKey: KeyObject } | undefined;
  trusted: Map<string, { publicKey: KeyObject; status: KeyStatus }>;
}

const DEV_KEY_FILE = 'signing-ed25519.pem';

/** The key id of a development key: 'dev-' and the first 8 hex digits of its public key's hash. */
function devKeyId(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'jwk' }).x ?? '';

  return `dev-${createHash('sha256').update(raw).digest('hex').slice(0, 8)}`;
}

/**
 * Loads the signing key: PATRA_SIGNING_KEY (PEM) with its key id when configured, else the
 * development key under `<dataDir>/keys`, made on first use. Serve, demo and verify all call
 * this, so they sign and check with the same key. With PATRA_TRUSTED_KEYS (a published key
 * set with statuses) the keys of earlier rotations are trusted too: retired ones still verify,
 * compromised ones make their certificates fail with KEY_COMPROMISED. The file's status wins
 * over the signing key's own 'active'.
 */
export function loadKeyring(options: {
  dataDir: string;
  signingKey?: string;
  signingKeyId?: string;
  trustedKeysFile?: string;
}): Keyring {
  const privateKey = options.signingKey
    ? createPrivateKey(options.signingKey)
    : loadOrCreateDevKey(devKeyDir(options.dataDir));
  const publicKey = createPublicKey(privateKey);
  const keyId = options.signingKeyId ?? devKeyId(publicKey);

  const trusted: Keyring['trusted'] = new Map([[keyId, { publicKey, status: 'active' as const }]]);
  const earlier = options.trustedKeysFile ? readPublishedKeys(options.trustedKeysFile) : undefined;
  for (const [kid, key] of earlier?.trusted ?? []) trusted.set(kid, key);

  return { signing: { keyId, privateKey }, trusted };
}

/** Reads a published key set (patra-keys.json) into a verify-only keyring. */
export function readPublishedKeys(file: string): Keyring {
  return keyringFromPublished(JSON.parse(readFileSync(file, 'utf8')) as { keys: PublishedKey[] });
}

/** Where the development signing key lives. */
export function devKeyDir(dataDir: string): string {
  return join(dataDir, 'keys');
}

/** Whether a keyring can be loaded without making a new key (for verify-only callers). */
export function hasSigningKey(options: { dataDir: string; signingKey?: string }): boolean {
  return (
    options.signingKey !== undefined || existsSync(join(devKeyDir(options.dataDir), DEV_KEY_FILE))
  );
}

function loadOrCreateDevKey(dir: string): KeyObject {
  const file = join(dir, DEV_KEY_FILE);
  if (existsSync(file)) return createPrivateKey(readFileSync(file, 'utf8'));

  // Written whole to a temporary file and linked into place, which fails if another process
  // got there first: then its key is the one everybody uses.
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }

  return createPrivateKey(readFileSync(file, 'utf8'));
}

/** The trusted public keys in the published form. */
export function publishKeys(keyring: Keyring): { keys: PublishedKey[] } {
  const keys = [...keyring.trusted].map(([kid, { publicKey, status }]) => ({
    kid,
    kty: 'OKP' as const,
    crv: 'Ed25519' as const,
    x: publicKey.export({ format: 'jwk' }).x ?? '',
    status,
  }));

  return { keys };
}

/** Builds a verify-only keyring from a published key set (a downloaded patra-keys.json). */
export function keyringFromPublished(published: { keys: PublishedKey[] }): Keyring {
  const trusted = new Map(
    published.keys.map((key) => [
      key.kid,
      {
        publicKey: createPublicKey({
          key: { kty: 'OKP', crv: 'Ed25519', x: key.x },
          format: 'jwk',
        }),
        status: key.status,
      },
    ]),
  );

  return { signing: undefined, trusted };
}
