import { createHash, sign } from 'node:crypto';
import * as pkijs from 'pkijs';
import { der, derSetOf, oid, TAG, utcTime } from './der.ts';
import type { PdfSigner } from './sign-pdf.ts';

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

const SHA256_ALGORITHM = der(TAG.sequence, oid(OID.sha256));

/** The parts of a signature that depend only on the signer, encoded once per signer. */
interface SignerParts {
  issuerAndSerial: Buffer;
  signingCertificate: Buffer;
  signatureAlgorithm: Buffer;
  certificates: Buffer;
}

const partsBySigner = new WeakMap<PdfSigner, SignerParts>();

function attribute(type: string, value: Buffer): Buffer {
  return der(TAG.sequence, oid(type), der(TAG.set, value));
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate, as PAdES asks. */
function signingCertificateV2(signer: PdfSigner, issuer: Buffer, serial: Buffer): Buffer {
  const issuerSerial = der(TAG.sequence, der(TAG.sequence, der(TAG.context4, issuer)), serial);
  const certId = der(TAG.sequence, der(TAG.octetString, sha256(signer.certificate)), issuerSerial);

  return attribute(OID.signingCertificateV2, der(TAG.sequence, der(TAG.sequence, certId)));
}

/** Parses the leaf once (certificate re-encoding is the slow part of pkijs) and keeps the DER. */
function signerParts(signer: PdfSigner): SignerParts {
  const cached = partsBySigner.get(signer);
  if (cached) return cached;

  const leaf = pkijs.Certificate.fromBER(signer.certificate);
  const issuer = Buffer.from(leaf.issuer.toSchema().toBER(false));
  const serial = Buffer.from(leaf.serialNumber.toBER(false));
  const isEc = signer.privateKey.asymmetricKeyType === 'ec';
  const parts = {
    issuerAndSerial: der(TAG.sequence, issuer, serial),
    signingCertificate: signingCertificateV2(signer, issuer, serial),
    signatureAlgorithm: isEc
      ? der(TAG.sequence, oid(OID.ecdsaWithSha256))
      : der(TAG.sequence, oid(OID.rsaEncryption), der(TAG.null)),
    certificates: der(TAG.context0, signer.certificate, ...signer.chain),
  };
  partsBySigner.set(signer, parts);
  return parts;
}

/**
 * Builds a detached CMS SignedData (RFC 5652) over `content`, the PDF's byte range: SHA-256,
 * the signing certificate and its chain, and the signed attributes PAdES baseline B needs
 * (content type, message digest, signing-certificate-v2) plus the signing time, which readers
 * show. The signature is over the attributes encoded as a SET (section 5.4). No randomness
 * for RSA: the same content, key and time give the same bytes.
 */
export function buildCmsSignature(content: Buffer, signer: PdfSigner, at: Date): Buffer {
  const parts = signerParts(signer);
  const attributes = derSetOf([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, utcTime(at)),
    attribute(OID.messageDigest, der(TAG.octetString, sha256(content))),
    parts.signingCertificate,
  ]);
  const signature = sign('sha256', attributes, signer.privateKey);

  const signerInfo = der(
    TAG.sequence,
    der(TAG.integer, Buffer.from([1])),
    parts.issuerAndSerial,
    SHA256_ALGORITHM,
    Buffer.concat([Buffer.from([TAG.context0]), attributes.subarray(1)]),
    parts.signatureAlgorithm,
    der(TAG.octetString, signature),
  );
  const signedData = der(
    TAG.sequence,
    der(TAG.integer, Buffer.from([1])),
    der(TAG.set, SHA256_ALGORITHM),
    der(TAG.sequence, oid(OID.data)),
    parts.certificates,
    der(TAG.set, signerInfo),
  );

  return der(TAG.sequence, oid(OID.signedData), der(TAG.context0, signedData));
}
