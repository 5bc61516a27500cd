import { createHash, KeyObject, randomBytes, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const RSA: webcrypto.RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** Wide enough to cover test fixtures and back-dated issues; it is a development CA only. */
const NOT_BEFORE = new Date('2020-01-01T00:00:00Z');
const NOT_AFTER = new Date('2045-01-01T00:00:00Z');

const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  country: '2.5.4.6',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  emailProtection: '1.3.6.1.5.5.7.3.4',
} as const;

/** KeyUsage bits as DER: keyCertSign + cRLSign for the CA, digitalSignature + nonRepudiation. */
const KEY_USAGE = {
  ca: new asn1js.BitString({ valueHex: new Uint8Array([0x06]).buffer, unusedBits: 1 }),
  signer: new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 }),
};

type KeyPair = webcrypto.CryptoKeyPair;

/** The PEMs written under <dataDir>/keys. */
export interface DevPdfCertificates {
  caPem: string;
  /** The signing certificate, then the CA's. */
  chainPem: string;
  keyPem: string;
}

function name(commonName: string): pkijs.RelativeDistinguishedNames {
  const attribute = (type: string, value: asn1js.PrintableString | asn1js.Utf8String) =>
    new pkijs.AttributeTypeAndValue({ type, value });

  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: [
      attribute(OID.country, new asn1js.PrintableString({ value: 'IN' })),
      attribute(OID.organization, new asn1js.Utf8String({ value: 'Patra' })),
      attribute(OID.commonName, new asn1js.Utf8String({ value: commonName })),
    ],
  });
}

function extension(extnID: string, value: asn1js.BaseBlock, critical = false): pkijs.Extension {
  return new pkijs.Extension({
    extnID,
    critical,
    extnValue: value.toBER(false),
  });
}

function keyId(certificate: pkijs.Certificate): asn1js.OctetString {
  const spki = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  const hash = createHash('sha1').update(spki).digest();

  return new asn1js.OctetString({ valueHex: new Uint8Array(hash).buffer });
}

async function makeCertificate(options: {
  subject: string;
  issuer: pkijs.Certificate | undefined;
  keys: KeyPair;
  signingKey: webcrypto.CryptoKey;
}): Promise<pkijs.Certificate> {
  const isCa = options.issuer === undefined;
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  // Positive and without a leading zero byte: DER wants the shortest form, and a first byte of
  // zero (1 time in 128 otherwise) made a certificate that OpenSSL refuses as illegal padding.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  certificate.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array(serial).buffer });
  certificate.subject = name(options.subject);
  certificate.issuer = options.issuer?.subject ?? certificate.subject;
  certificate.notBefore.value = NOT_BEFORE;
  certificate.notAfter.value = NOT_AFTER;
  await certificate.subjectPublicKeyInfo.importKey(options.keys.publicKey);

  const constraints = new pkijs.BasicConstraints({
    cA: isCa,
    pathLenConstraint: isCa ? 0 : undefined,
  });
  certificate.extensions = [
    extension(OID.basicConstraints, constraints.toSchema(), true),
    extension(OID.keyUsage, isCa ? KEY_USAGE.ca : KEY_USAGE.signer, true),
    extension(OID.subjectKeyId, keyId(certificate)),
  ];
  if (options.issuer) {
    const authority = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: keyId(options.issuer) });
    const usage = new pkijs.ExtKeyUsage({ keyPurposes: [OID.emailProtection] });
    certificate.extensions.push(extension(OID.authorityKeyId, authority.toSchema()));
    certificate.extensions.push(extension(OID.extKeyUsage, usage.toSchema()));
  }

  await certificate.sign(options.signingKey, 'SHA-256');
  return certificate;
}

function pem(certificate: pkijs.Certificate): string {
  const base64 = Buffer.from(certificate.toSchema().toBER(false)).toString('base64');
  return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * Makes a development CA (RSA-2048, self-signed, may sign end certificates only) and an
 * RSA-2048 document-signing certificate under it (digital signature, non-repudiation, email
 * protection: the usage NSS checks for PDF signers). Not for production: the state's
 * certificate replaces both.
 */
export async function makeDevPdfCertificates(): Promise<DevPdfCertificates> {
  const subtle = webcrypto.subtle;
  const caKeys = await subtle.generateKey(RSA, true, ['sign', 'verify']);
  const signerKeys = await subtle.generateKey(RSA, true, ['sign', 'verify']);

  const ca = await makeCertificate({
    subject: 'Patra Development CA (not for production)',
    issuer: undefined,
    keys: caKeys,
    signingKey: caKeys.privateKey,
  });
  const signer = await makeCertificate({
    subject: 'Patra Development Signer',
    issuer: ca,
    keys: signerKeys,
    signingKey: caKeys.privateKey,
  });
  const keyPem = KeyObject.from(signerKeys.privateKey).export({ type: 'pkcs8', format: 'pem' });

  return { caPem: pem(ca), chainPem: `${pem(signer)}${pem(ca)}`, keyPem: String(keyPem) };
}
