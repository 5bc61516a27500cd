import { indiaDate } from '../shared/india-time.ts';

const MS_PER_DAY = 86_400_000;

/**
 * A realistic birth at the Government District Hospital, Tenali, two days ago, with names in
 * both scripts. The demo, the end-to-end tests and the benchmarks register it.
 */
export function sampleBirth(options: { mobile?: string; childName?: { en: string; te: string } | null } = {}): Record<string, unknown> {
  const childName = options.childName === undefined ? { en: 'Sri Lakshmi Kondaveeti', te: 'కొండవీటి శ్రీ లక్ష్మీ' } : options.childName;

  return {
    child: { ...(childName ? { name: childName } : {}), sex: 'female' },
    birth: {
      date: indiaDate(new Date(Date.now() - 2 * MS_PER_DAY)),
      time: '06:45',
      place: { type: 'facility', facilityId: 'TNL-GDH' },
    },
    mother: { name: { en: 'Durga Bhavani Kondaveeti', te: 'కొండవీటి దుర్గా భవాని' } },
    father: { name: { en: 'Venkata Srinivas Kondaveeti', te: 'కొండవీటి వెంకట శ్రీనివాస్' } },
    addressAtBirth: { en: '12-4-56, Bose Road, Tenali', te: '12-4-56, బోస్ రోడ్, తెనాలి', pincode: '522201' },
    permanentAddress: { en: '3-88, Main Road, Kolakaluru', te: '3-88, మెయిన్ రోడ్, కొలకలూరు', pincode: '522324' },
    informant: {
      name: { en: 'Durga Bhavani Kondaveeti', te: 'కొండవీటి దుర్గా భవాని' },
      relation: 'mother',
      mobile: options.mobile ?? '+91 98765 43210',
      language: 'te',
    },
  };
}
