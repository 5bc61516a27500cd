import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StandinContext } from './context.ts';
import { GraphError, unknownObjectError } from './errors.ts';
import { ALLOWED_MIME_TYPES, maxBytesFor } from './media-store.ts';
import type { StoredMedia } from './media-store.ts';
import { accountObjectOf } from './routes-account.ts';

type UploadRequest = FastifyRequest<{ Params: { version: string; phoneNumberId: string } }>;
type MediaRequest = FastifyRequest<{
  Params: { version: string; mediaId: string };
  Querystring: { phone_number_id?: string };
}>;
type DownloadRequest = FastifyRequest<{
  Querystring: { mid?: string; ext?: string; hash?: string };
}>;

/** The parts of an upload form the stand-in reads. */
interface UploadForm {
  fields: Record<string, string>;
  file?: { bytes: Buffer; mimeType: string; filename: string };
}

/**
 * Media endpoints (contract §1.6): multipart upload, retrieve URL, download with the token
 * (404 once the 5-minute URL has expired), and delete.
 */
export function registerMediaRoutes(app: FastifyInstance, ctx: StandinContext): void {
  app.post('/:version/:phoneNumberId/media', async (request: UploadRequest) => {
    const { phoneNumberId } = request.params;
    if (phoneNumberId !== ctx.business.phoneNumberId)
      throw unknownObjectError(phoneNumberId, 'post');

    const stored = storeUpload(ctx, await readUploadForm(request));

    return { id: stored.id };
  });

  app.get('/:version/:mediaId', (request: MediaRequest) => {
    const account = accountObjectOf(ctx, request.params.mediaId);
    if (account !== undefined) return account;

    const media = ownedMedia(ctx, request, 'get');

    return {
      messaging_product: 'whatsapp',
      url: ctx.media.downloadUrl(ctx.baseUrl, media.id),
      mime_type: media.mimeType,
      sha256: media.sha256,
      file_size: String(media.bytes.length),
      id: media.id,
    };
  });

  app.delete('/:version/:mediaId', (request: MediaRequest) => {
    const media = ownedMedia(ctx, request, 'delete');
    ctx.media.delete(media.id);

    return { success: true };
  });

  app.get(
    '/whatsapp_business/attachments/',
    async (request: DownloadRequest, reply: FastifyReply) => {
      const media = ctx.media.resolveDownload(request.query);
      if (media === undefined) return reply.status(404).type('text/plain').send('Not Found');

      return reply.type(media.mimeType).send(media.bytes);
    },
  );
}

async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  if (!request.isMultipart()) throw new GraphError(100, 'The upload must be multipart/form-data.');

  const form: UploadForm = { fields: {} };
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      form.fields[part.fieldname] = String(part.value);
    } else if (part.fieldname === 'file') {
      const bytes = await readFilePart(() => part.toBuffer());
      form.file = { bytes, mimeType: part.mimetype, filename: part.filename };
    } else {
      await part.toBuffer();
    }
  }

  return form;
}

async function readFilePart(read: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw error;

    throw new GraphError(
      131053,
      'The file is larger than the largest media size allowed (100 MB).',
    );
  }
}

/** Checks the form (messaging_product, file, type, size) and keeps the bytes. */
function storeUpload(ctx: StandinContext, form: UploadForm): StoredMedia {
  if (form.fields['messaging_product'] !== 'whatsapp') {
    throw new GraphError(100, 'The parameter messaging_product is required and must be whatsapp.');
  }

  if (form.file === undefined) throw new GraphError(100, 'The parameter file is required.');

  const mimeType = form.fields['type'] ?? form.file.mimeType;
  const maxBytes = maxBytesFor(mimeType);
  if (maxBytes === undefined) {
    throw new GraphError(
      131053,
      'Param file must be a file with one of the following types: ' +
        `${ALLOWED_MIME_TYPES.join(', ')}. ` +
        `Received file of type '${mimeType}'.`,
    );
  }

  if (form.file.bytes.length > maxBytes) {
    throw new GraphError(
      131053,
      `A ${mimeType} file may be at most ${maxBytes} bytes; this one is ${form.file.bytes.length}.`,
    );
  }

  return ctx.media.put({
    bytes: form.file.bytes,
    mimeType,
    phoneNumberId: ctx.business.phoneNumberId,
    filename: form.file.filename,
  });
}

/** The media a retrieve or delete names, checked against `phone_number_id` when given. */
function ownedMedia(
  ctx: StandinContext,
  request: MediaRequest,
  method: 'get' | 'delete',
): StoredMedia {
  const { mediaId } = request.params;
  const media = ctx.media.get(mediaId);
  if (media === undefined) throw unknownObjectError(mediaId, method);

  const owner = request.query.phone_number_id;
  if (owner !== undefined && owner !== media.phoneNumberId) {
    throw new GraphError(100, `Media ${mediaId} does not belong to phone number ${owner}.`);
  }

  return media;
}
