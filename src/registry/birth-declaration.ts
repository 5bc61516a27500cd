import { z } from 'zod';
import { toWaId } from './phone.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

/** A piece of text in English and, where the source gives it, Telugu. */
export const BilingualTextSchema = z.object({
  en: z.string().trim().min(1).max(200).describe('In English (Latin script)'),
  te: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/[\u0C00-\u0C7F]/, 'must be in Telugu script')
    .optional()
    .describe('In Telugu script, where known'),
});

export const PersonNameSchema = BilingualTextSchema.describe('A name in English and Telugu');

export const AddressSchema = BilingualTextSchema.extend({
  pincode: z.string().regex(/^[1-9]\d{5}$/, 'six digits').optional().describe('PIN code'),
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

// TODO(#3): Aadhaar of parents and informant, check digit validated and stored encrypted.
export const BirthDeclarationSchema = z.object({
  child: z.object({
    name: PersonNameSchema.optional().describe('May be left out: the name can be added later'),
    sex: z.enum(['male', 'female', 'transgender']),
  }),
  birth: z.object({
    date: z.string().regex(ISO_DATE, 'YYYY-MM-DD').refine(isRealDate, 'not a real date'),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour')
      .optional()
      .describe('Time of birth in India'),
    place: PlaceOfBirthSchema,
  }),
  mother: z.object({ name: PersonNameSchema }),
  father: z.object({ name: PersonNameSchema }).optional(),
  addressAtBirth: AddressSchema.describe("The parents' address at the time of birth"),
  permanentAddress: AddressSchema.describe("The parents' permanent address"),
  informant: z.object({
    name: PersonNameSchema,
    relation: z.enum(['mother', 'father', 'relative', 'medical_officer', 'other']),
    mobile: z
      .string()
      .refine((value) => toWaId(value) !== undefined, 'not an Indian mobile number')
      .describe('Receives the certificate on WhatsApp, e.g. +91 98765 43210'),
    language: z.enum(['te', 'en']).default('te').describe('Language of WhatsApp messages'),
  }),
  unitCode: z
    .string()
    .optional()
    .describe("The unit where the birth happened; defaults to the registrar's own unit"),
});

export type BirthDeclaration = z.infer<typeof BirthDeclarationSchema>;
