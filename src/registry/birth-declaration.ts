import { z } from 'zod';
import { FIELD_TEXT } from '../messages/fields.ts';
import { isValidAadhaar, normaliseAadhaar } from './aadhaar.ts';
import { toWaId } from './phone.ts';
import { latinToTelugu, teluguToLatin } from './transliterate-name.ts';

const isRealIsoDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);

  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/** Telugu script with the spaces, digits and punctuation that names and addresses use. */
const TELUGU_TEXT = /^[\u0C00-\u0C7F\u200C\u200D\s0-9.,'()/-]*[\u0C00-\u0C7F][\u0C00-\u0C7F\u200C\u200D\s0-9.,'()/-]*$/;

/** Tabs, newlines and runs of spaces become one space: Meta refuses them in template parameters. */
const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Printable ASCII only: no look-alike letters, direction overrides or invisible characters. */
const LATIN_TEXT = /^[\x20-\x7E]+$/;

function scriptText(options: { pattern: RegExp; message: string; maxLength: number }) {
  return z
    .string()
    .transform(collapseSpaces)
    .pipe(z.string().min(1).max(options.maxLength).regex(options.pattern, options.message));
}

function bilingualText(maxLength: number) {
  return z.object({
    en: scriptText({ pattern: LATIN_TEXT, message: FIELD_TEXT.latin.en, maxLength }).describe(
      'In English (Latin script)',
    ),
    te: scriptText({ pattern: TELUGU_TEXT, message: FIELD_TEXT.telugu.en, maxLength })
      .optional()
      .describe('In Telugu script, where known'),
  });
}

/** The longest name a certificate prints: it must fit Form 5's line and the QR payload. */
const NAME_MAX_CHARS = 100;
const ADDRESS_MAX_CHARS = 160;

/** A piece of text in English and, where the source gives it, Telugu. */
export const BilingualTextSchema = bilingualText(ADDRESS_MAX_CHARS);

/**
 * Fills the script a source left out with a transliteration, marked as a proposal the
 * registrar must confirm (a certificate never prints it unconfirmed). Flags sent by the
 * caller are dropped: only Patra marks a proposal, only the registrar confirms one.
 */
function proposeMissingScript(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;

  const { en, te } = value as { en?: unknown; te?: unknown };
  const proposedTe = typeof en === 'string' && te === undefined ? latinToTelugu(en) : '';
  if (proposedTe && TELUGU_TEXT.test(proposedTe)) return { en, te: proposedTe, teSource: 'transliterated', isConfirmed: false };

  const proposedEn = typeof te === 'string' && en === undefined ? teluguToLatin(te) : '';
  if (proposedEn && LATIN_TEXT.test(proposedEn)) return { en: proposedEn, te, enSource: 'transliterated', isConfirmed: false };

  return { en, te };
}

export const PersonNameSchema = z
  .preprocess(
    proposeMissingScript,
    bilingualText(NAME_MAX_CHARS).extend({
      enSource: z.literal('transliterated').optional().describe('Set when Patra proposed the English'),
      teSource: z.literal('transliterated').optional().describe('Set when Patra proposed the Telugu'),
      isConfirmed: z.boolean().optional().describe('Whether the registrar confirmed the proposal'),
    }),
  )
  .describe('A name in English and Telugu; give either, Patra proposes the other for the registrar to confirm');

/** A name as stored: a proposed script carries its source until the registrar confirms it. */
export type PersonName = z.infer<typeof PersonNameSchema>;

/** An Aadhaar number (RBD Act s.8 as amended in 2023), stored encrypted, shown masked. */
export const AadhaarSchema = z
  .string()
  .transform(normaliseAadhaar)
  .refine(isValidAadhaar, FIELD_TEXT.aadhaar.en)
  .describe('Aadhaar number, 12 digits; stored encrypted, shown only as XXXXXXXX1234');

export const AddressSchema = BilingualTextSchema.extend({
  pincode: z.string().regex(/^[1-9]\d{5}$/, FIELD_TEXT.pincode.en).optional().describe('PIN code'),
}).describe('A postal address');

export const PlaceOfBirthSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('facility'),
      facilityId: z.string().min(1).describe('A health facility of the unit, e.g. TNL-GDH'),
    }),
    z.object({
      type: z.enum(['home', 'other']),
      address: AddressSchema,
    }),
  ])
  .describe('Where the birth happened: a facility of the unit, or an address inside the unit');

export const BirthDeclarationSchema = z.object({
  child: z.object({
    name: PersonNameSchema.optional().describe('May be left out: the name can be added later'),
    sex: z.enum(['male', 'female', 'transgender']),
  }),
  birth: z.object({
    date: z.string().refine(isRealIsoDate, FIELD_TEXT.date.en).describe('YYYY-MM-DD'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, FIELD_TEXT.time.en)
      .optional()
      .describe('Time of birth in India'),
    place: PlaceOfBirthSchema,
  }),
  mother: z.object({ name: PersonNameSchema, aadhaar: AadhaarSchema.optional() }),
  father: z.object({ name: PersonNameSchema, aadhaar: AadhaarSchema.optional() }).optional(),
  addressAtBirth: AddressSchema.describe("The parents' address at the time of birth"),
  permanentAddress: AddressSchema.describe("The parents' permanent address"),
  informant: z.object({
    name: PersonNameSchema,
    relation: z.enum(['mother', 'father', 'relative', 'medical_officer', 'other']),
    mobile: z
      .string()
      .refine((value) => toWaId(value) !== undefined, FIELD_TEXT.mobile.en)
      .describe('Receives the certificate on WhatsApp, e.g. +91 98765 43210'),
    language: z.enum(['te', 'en']).default('te').describe('Language of WhatsApp messages'),
    aadhaar: AadhaarSchema.optional(),
  }),
  unitCode: z
    .string()
    .optional()
    .describe("The unit where the birth happened; defaults to the registrar's own unit"),
});

export type BirthDeclaration = z.infer<typeof BirthDeclarationSchema>;
