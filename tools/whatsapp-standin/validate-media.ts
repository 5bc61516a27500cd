import { GraphError } from './errors.ts';
import { checkMaxLength, isHttpUrl, isRecord, optionalString } from './json-fields.ts';
import type { MediaStore, StoredMedia } from './media-store.ts';

/** Message types that carry a media object. */
export const MEDIA_KINDS = ['image', 'audio', 'video', 'document', 'sticker'] as const;

export type MediaKind = (typeof MEDIA_KINDS)[number];

/** What media checks need: the uploads and the sending number. */
export interface MediaContext {
  media: MediaStore;
  phoneNumberId: string;
}

const CAPTION_KINDS: readonly MediaKind[] = ['image', 'video', 'document'];

/**
 * Checks a media object (contract §1.4): exactly one of `id` or `link`; an `id` must be media
 * uploaded to this phone number; a `link` must be http(s); `caption` only on image, video and
 * document, `filename` only on document. Returns the uploaded media when sent by id.
 */
export function checkMediaObject(
  value: unknown,
  kind: MediaKind,
  path: string,
  ctx: MediaContext,
): StoredMedia | undefined {
  if (!isRecord(value)) throw new GraphError(131008, `Parameter '${path}' is required.`);

  const id = optionalString(value, 'id', `${path}['id']`);
  const link = optionalString(value, 'link', `${path}['link']`);
  checkExtras(value, kind, path);

  if ((id === undefined) === (link === undefined)) {
    throw new GraphError(100, `${path} must have exactly one of 'id' or 'link'.`);
  }

  if (link !== undefined) {
    if (!isHttpUrl(link))
      throw new GraphError(100, `Param ${path}['link'] must be an http(s) URL.`);

    return undefined;
  }

  return uploadedMedia(id ?? '', path, ctx);
}

function checkExtras(value: Record<string, unknown>, kind: MediaKind, path: string): void {
  const caption = optionalString(value, 'caption', `${path}['caption']`);
  const filename = optionalString(value, 'filename', `${path}['filename']`);

  if (caption !== undefined && !CAPTION_KINDS.includes(kind)) {
    throw new GraphError(100, `Param ${path}['caption'] is not allowed for ${kind} messages.`);
  }

  if (filename !== undefined && kind !== 'document') {
    throw new GraphError(100, `Param ${path}['filename'] is only allowed for documents.`);
  }

  checkMaxLength(caption, 1024, `${path}['caption']`);
}

function uploadedMedia(id: string, path: string, ctx: MediaContext): StoredMedia {
  const stored = ctx.media.get(id);
  if (stored === undefined || stored.phoneNumberId !== ctx.phoneNumberId) {
    throw new GraphError(
      131009,
      `${path}['id'] (${id}) is not a media id uploaded to this number.`,
    );
  }

  return stored;
}
