import { z } from 'zod';
import { FIELD_TEXT } from '../messages/fields.ts';
import {
  AadhaarSchema,
  AddressSchema,
  BirthDeclarationSchema,
  PersonNameSchema,
  PlaceOfBirthSchema,
} from './birth-declaration.ts';
import { REGISTRATION_RULES } from './registration-rules.ts';

const SexSchema = z.enum(['male', 'female', 'transgender']);
const EventDate = BirthDeclarationSchema.shape.birth.shape.date;
const EventTime = BirthDeclarationSchema.shape.birth.shape.time;
const Informant = BirthDeclarationSchema.shape.informant;
const Person = z.object({ name: PersonNameSchema });

/** Form 3: the legal part of a still-birth (no name is registered). */
export const StillBirthDeclarationSchema = BirthDeclarationSchema.extend({
  child: z.object({ sex: SexSchema.or(z.literal('indeterminate')) }),
}).describe('Form 3, legal part');

/** Form 2: the legal part of a death. */
export const DeathDeclarationSchema = z
  .object({
    deceased: z.object({
      name: PersonNameSchema,
      sex: SexSchema,
      aadhaar: AadhaarSchema.optional(),
      age: z.object({
        years: z.number().int().min(0).max(130),
        months: z.number().int().min(0).max(11).optional(),
        days: z.number().int().min(0).max(30).optional(),
      }),
    }),
    death: z.object({
      date: EventDate,
      time: EventTime,
      place: PlaceOfBirthSchema.describe('Where the death happened'),
    }),
    spouse: Person.optional(),
    mother: Person.optional(),
    father: Person.optional(),
    addressAtDeath: AddressSchema.optional(),
    permanentAddress: AddressSchema,
    informant: Informant,
    unitCode: z.string().optional().describe('The unit where the death happened'),
  })
  .describe('Form 2, legal part');

const Attendant = z.enum([
  'institutional_doctor',
  'nurse_midwife',
  'traditional_birth_attendant',
  'relative',
  'other',
  'none',
]);
const Delivery = z.enum(['normal', 'caesarean', 'forceps_vacuum']);
const Gestation = z.number().int().min(12).max(45);

/** Form 1, statistical part: never printed on a certificate. */
export const BirthStatisticalSchema = z.object({
  attendantAtBirth: Attendant.optional(),
  birthWeightGrams: z.number().int().min(200).max(7000).optional(),
  deliveryType: Delivery.optional(),
  gestationWeeks: Gestation.optional(),
  motherAgeYears: z.number().int().min(10).max(65).optional(),
  birthOrder: z.number().int().min(1).max(20).optional(),
  multipleBirth: z
    .object({ plurality: z.number().int().min(2).max(5), order: z.number().int().min(1).max(5) })
    .optional()
    .describe("Twins, triplets: how many were born at this delivery, and this child's order"),
});

/** Form 3, statistical part: a still-birth is a foetal death at 28 weeks or more (AP Rules 1999). */
export const StillBirthStatisticalSchema = BirthStatisticalSchema.extend({
  gestationWeeks: Gestation.refine(
    (weeks) => weeks >= REGISTRATION_RULES.stillBirthMinimumGestationWeeks,
    FIELD_TEXT.gestation.en,
  ),
});

/** Form 2, statistical part. */
export const DeathStatisticalSchema = z.object({
  occupation: z.string().max(100).optional(),
  medicalAttention: z.enum(['institutional', 'non_institutional', 'none']).optional(),
  isMedicallyCertified: z.boolean().optional(),
});

const Icd10 = z.string().regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/, FIELD_TEXT.icd10.en);

/** Forms 4 (institutional) and 4A (non-institutional): kept only in the restricted store. */
export const CauseOfDeathSchema = z
  .object({
    form: z.enum(['4', '4A']),
    immediateCause: z.string().min(1).max(300),
    antecedentCauses: z.array(z.string().min(1).max(300)).max(5).default([]),
    underlyingCause: z.string().min(1).max(300).optional(),
    icd10Underlying: Icd10.optional(),
    icd10Codes: z.array(Icd10).max(10).default([]),
    manner: z
      .enum(['natural', 'accident', 'suicide', 'homicide', 'pending_investigation'])
      .optional(),
    certifiedBy: z.string().min(1).max(200).describe('The certifying medical practitioner'),
    certifiedOn: EventDate,
  })
  .describe('Medical certificate of cause of death (Form 4 or 4A)');

export type CauseOfDeath = z.infer<typeof CauseOfDeathSchema>;

/** Per event type: the legal part, the statistical part, and where the event's date and place sit. */
export const EVENT_SCHEMAS = {
  birth: { legal: BirthDeclarationSchema, statistical: BirthStatisticalSchema, eventKey: 'birth' },
  still_birth: {
    legal: StillBirthDeclarationSchema,
    statistical: StillBirthStatisticalSchema,
    eventKey: 'birth',
  },
  death: { legal: DeathDeclarationSchema, statistical: DeathStatisticalSchema, eventKey: 'death' },
} as const;

export const EventTypeSchema = z.enum(['birth', 'still_birth', 'death']);

export type StillBirthDeclaration = z.infer<typeof StillBirthDeclarationSchema>;
export type DeathDeclaration = z.infer<typeof DeathDeclarationSchema>;
