import type { DemoEvent } from './demo-plan.ts';

const HOME = {
  'TNL-GP-ANG': {
    en: '4-12, Canal Road, Angalakuduru',
    te: '4-12, కాలువ రోడ్, అంగలకుదురు',
    pincode: '522211',
  },
  'TNL-GP-NDV': {
    en: '2-45, Temple Street, Nandivelugu',
    te: '2-45, గుడి వీధి, నందివెలుగు',
    pincode: '522306',
  },
  'TNL-GP-KLK': {
    en: '3-88, Main Road, Kolakaluru',
    te: '3-88, మెయిన్ రోడ్, కొలకలూరు',
    pincode: '522324',
  },
  'TNL-GP-BRP': {
    en: '1-7, School Street, Burripalem',
    te: '1-7, బడి వీధి, బుర్రిపాలెం',
    pincode: '522301',
  },
} as const;
const TOWN = { en: '12-4-56, Bose Road, Tenali', te: '12-4-56, బోస్ రోడ్, తెనాలి', pincode: '522201' };

const MOTHERS = [
  { en: 'Durga Bhavani', te: 'దుర్గా భవాని' },
  { en: 'Padmavathi', te: 'పద్మావతి' },
  { en: 'Sarada Devi', te: 'శారదా దేవి' },
  { en: 'Kamala Kumari', te: 'కమల కుమారి' },
  { en: 'Lakshmi Prasanna', te: 'లక్ష్మీ ప్రసన్న' },
  { en: 'Swathi', te: 'స్వాతి' },
];
const FATHERS = [
  { en: 'Venkata Srinivas', te: 'వెంకట శ్రీనివాస్' },
  { en: 'Ramakrishna', te: 'రామకృష్ణ' },
  { en: 'Nageswara Rao', te: 'నాగేశ్వర రావు' },
  { en: 'Suresh Babu', te: 'సురేష్ బాబు' },
  { en: 'Ravi Teja', te: 'రవి తేజ' },
];
const CHILDREN = [
  { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మి', sex: 'female' },
  { en: 'Sai Kiran', te: 'సాయి కిరణ్', sex: 'male' },
  { en: 'Harika', te: 'హారిక', sex: 'female' },
  { en: 'Vamsi Krishna', te: 'వంశీ కృష్ణ', sex: 'male' },
  { en: 'Bhavya', te: 'భవ్య', sex: 'female' },
  { en: 'Charan Teja', te: 'చరణ్ తేజ', sex: 'male' },
  { en: 'Keerthana', te: 'కీర్తన', sex: 'female' },
];
const SURNAMES = [
  { en: 'Kondaveeti', te: 'కొండవీటి' },
  { en: 'Gorantla', te: 'గోరంట్ల' },
  { en: 'Yarlagadda', te: 'యార్లగడ్డ' },
  { en: 'Pothineni', te: 'పోతినేని' },
  { en: 'Tummala', te: 'తుమ్మల' },
];
const CAUSES = [
  {
    immediateCause: 'Acute myocardial infarction',
    icd10Underlying: 'I21.9',
    years: 71,
    sex: 'male',
  },
  { immediateCause: 'Pneumonia', icd10Underlying: 'J18.9', years: 78, sex: 'female' },
  {
    immediateCause: 'Road traffic injury',
    icd10Underlying: 'V89.2',
    years: 34,
    sex: 'male',
    manner: 'accident',
  },
  { immediateCause: 'Cerebral haemorrhage', icd10Underlying: 'I61.9', years: 66, sex: 'female' },
  { immediateCause: 'Chronic kidney disease', icd10Underlying: 'N18.5', years: 59, sex: 'male' },
];

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty demo list');

  return item;
}

function named(
  first: { en: string; te: string },
  surname: { en: string; te: string },
): { en: string; te: string } {
  return { en: `${first.en} ${surname.en}`, te: `${surname.te} ${first.te}` };
}

function placeOf(
  event: DemoEvent,
  index: number,
): { place: Record<string, unknown>; address: { en: string; te: string; pincode: string } } {
  const home = HOME[event.unitCode as keyof typeof HOME] as
    (typeof HOME)[keyof typeof HOME] | undefined;
  if (home)
    return { place: { type: 'home', address: { en: home.en, te: home.te } }, address: home };

  return {
    place: { type: 'facility', facilityId: index % 3 === 0 ? 'TNL-UPHC-KTP' : 'TNL-GDH' },
    address: TOWN,
  };
}

/**
 * The body of the declaration of the n-th demo event (Form 1, 2 or 3, with the statistical
 * part and, for a death, Form 4), dated `eventDate`, the informant reachable at `mobile`.
 */
export function demoDeclaration(
  event: DemoEvent,
  index: number,
  eventDate: string,
  mobile: string,
): Record<string, unknown> {
  const surname = pick(SURNAMES, index);
  const { place, address } = placeOf(event, index);
  if (event.eventType === 'death')
    return deathDeclaration({ index, eventDate, mobile, surname, place, address });

  const mother = named(pick(MOTHERS, index), surname);
  const child = pick(CHILDREN, index);
  const isStill = event.eventType === 'still_birth';

  return {
    eventType: event.eventType,
    declaration: {
      child: isStill ? { sex: child.sex } : { name: named(child, surname), sex: child.sex },
      birth: { date: eventDate, time: `0${index % 10}:15`, place },
      mother: { name: mother },
      father: { name: named(pick(FATHERS, index), surname) },
      addressAtBirth: address,
      permanentAddress: address,
      informant: {
        name: mother,
        relation: 'mother',
        mobile: `+${mobile}`,
        language: index % 4 === 1 ? 'en' : 'te',
      },
    },
    statistical: isStill
      ? { gestationWeeks: 32, attendantAtBirth: 'institutional_doctor' }
      : {
          attendantAtBirth: 'institutional_doctor',
          birthWeightGrams: 2700 + (index % 7) * 100,
          deliveryType: 'normal',
        },
  };
}

function deathDeclaration(options: {
  index: number;
  eventDate: string;
  mobile: string;
  surname: { en: string; te: string };
  place: Record<string, unknown>;
  address: { en: string; te: string; pincode: string };
}): Record<string, unknown> {
  const { immediateCause, icd10Underlying, years, sex, manner } = {
    manner: 'natural',
    ...pick(CAUSES, options.index),
  };
  const first = pick(sex === 'male' ? FATHERS : MOTHERS, options.index + 1);

  return {
    eventType: 'death',
    declaration: {
      deceased: { name: named(first, options.surname), sex, age: { years } },
      death: { date: options.eventDate, time: '04:10', place: options.place },
      permanentAddress: options.address,
      informant: {
        name: named(pick(FATHERS, options.index + 2), options.surname),
        relation: 'relative',
        mobile: `+${options.mobile}`,
        language: 'te',
      },
    },
    statistical: { medicalAttention: 'institutional', isMedicallyCertified: true },
    causeOfDeath: {
      form: '4',
      immediateCause,
      icd10Underlying,
      manner,
      certifiedBy: 'Dr P. Rao',
      certifiedOn: options.eventDate,
    },
  };
}
