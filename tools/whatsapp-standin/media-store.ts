import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { newNumericId } from './ids.ts';

const MB = 1024 * 1024;

/** Upload size limits per MIME type (contract §2.6). */
const MAX_BYTES_BY_MIME: Record<string, number> = {
  'application/pdf': 100 * MB,
  'text/plain': 100 * MB,
  'application/msword': 100 * MB,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 100 * MB,
  'application/vnd.ms-excel': 100 * MB,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 100 * MB,
  'application/vnd.ms-powerpoint': 100 * MB,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 100 * MB,
  'image/jpeg': 5 * MB,
  'image/png': 5 * MB,
  'image/webp': 500 * 1024,
  'audio/aac': 16 * MB,
  'audio/amr': 16 * MB,
  'audio/mpeg': 16 * MB,
  'audio/mp4': 16 * MB,
  'audio/ogg': 16 * MB,
  'video/mp4': 16 * MB,
  'video/3gpp': 16 * MB,
};

/** The largest file any media type allows: the multipart limit. */
export const MAX_UPLOAD_BYTES = 100 * MB;

/** MIME types the Cloud API accepts for upload. */
export const ALLOWED_MIME_TYPES = Object.keys(MAX_BYTES_BY_MIME);

/** The size limit for a MIME type, or undefined when the type may not be uploaded. */
export function maxBytesFor(mimeType: string): number | undefined {
  return MAX_BYTES_BY_MIME[mimeType];
}

/** An uploaded (or citizen-sent) file, kept in memory. */
export interface StoredMedia {
  id: string;
  bytes: Buffer;
  mimeType: string;
  sha256: string;
  phoneNumberId: string;
  filename?: string;
}

/** Holds media bytes and issues signed, expiring download URLs for them. */
export class MediaStore {
  private readonly media = new Map<string, StoredMedia>();
  private readonly urlKey = randomBytes(32);

  constructor(
    private readonly clock: () => number,
    private readonly urlTtlMs: number,
  ) {}

  put(input: Omit<StoredMedia, 'id' | 'sha256'>): StoredMedia {
    const stored: StoredMedia = {
      ...input,
      id: newNumericId(),
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
    };
    this.media.set(stored.id, stored);

    return stored;
  }

  get(id: string): StoredMedia | undefined {
    return this.media.get(id);
  }

  delete(id: string): boolean {
    return this.media.delete(id);
  }

  /** A download URL in the shape of Meta's lookaside URL, valid for the configured TTL. */
  downloadUrl(baseUrl: string, id: string): string {
    const expiresAt = String(Math.floor((this.clock() + this.urlTtlMs) / 1000));
    const query = new URLSearchParams({ mid: id, ext: expiresAt, hash: this.sign(id, expiresAt) });

    return `${baseUrl}/whatsapp_business/attachments/?${query.toString()}`;
  }

  /** The media a download URL points at, or undefined when it is forged, expired or deleted. */
  resolveDownload(query: { mid?: string; ext?: string; hash?: string }): StoredMedia | undefined {
    const { mid, ext, hash } = query;
    if (mid === undefined || ext === undefined || hash === undefined) return undefined;

    const expected = Buffer.from(this.sign(mid, ext));
    const given = Buffer.from(hash);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;

    if (Number(ext) * 1000 < this.clock()) return undefined;

    return this.media.get(mid);
  }

  private sign(id: string, expiresAt: string): string {
    return createHmac('sha256', this.urlKey).update(`${id}:${expiresAt}`).digest('base64url');
  }
}
