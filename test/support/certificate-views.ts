import type { CertificateBase, UnitView } from '../../src/certificates/certificate-view.ts';
import type { Form10View } from '../../src/certificates/form10-view.ts';
import type { Form5View } from '../../src/certificates/form5-view.ts';
import type { Form6View } from '../../src/certificates/form6-view.ts';
import type { StillBirthView } from '../../src/certificates/still-birth-view.ts';

/** A payload-shaped string; rendering does not check signatures. */
export const SAMPLE_PAYLOAD =
  'v1~B~eyJyIjoiQi0yMDI2OjI4LTkwMDAxLTAwMDAwMSIsImUiOiIyMDI2LTAzLTE1IiwibiI6IlNyaSBMYWtzaG1pIiwi' +
  'dSI6IlROTC1NIn0~tnl-2026~4vJ3bQm0cKx8Zr1uWq7sYt9eP2aLd5fHg6jN0kRvXbU';

export const TENALI_UNIT: UnitView = {
  nameEn: 'Tenali Municipality',
  nameTe: 'తెనాలి పురపాలక సంఘం',
  mandalEn: 'Tenali',
  mandalTe: 'తెనాలి',
  districtEn: 'Guntur',
  districtTe: 'గుంటూరు',
  registrarOffice: 'Municipal Commissioner',
};

/** A late registration's remark, as the register words it. */
export const LATE_REMARK = {
  en:
    'Delayed registration under Section 13(3) on the order of the Revenue Divisional ' +
    'Officer, Tenali, dated 10-03-2026',
  te: 'తెనాలి రెవెన్యూ డివిజనల్ అధికారి 10-03-2026 నాటి ఉత్తర్వు మేరకు సెక్షన్ 13(3) కింద ఆలస్య నమోదు',
};

function base(number: string, payload = SAMPLE_PAYLOAD): CertificateBase {
  return {
    registrationNumber: number,
    registrationDate: '2026-03-20',
    issuedAt: new Date('2026-04-02T20:15:00Z'),
    unit: TENALI_UNIT,
    remarks: [],
    verifyUrl: `http://localhost:3000/verify/${payload}`,
    payload,
  };
}

/** A birth registered at Tenali Municipality, as the registry would hand it over. */
export function tenaliForm5View(overrides: Partial<Form5View> = {}): Form5View {
  return {
    ...base('B-2026:28-90001-000001'),
    child: { name: { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మీ' }, sex: 'female' },
    birth: {
      date: '2026-03-15',
      time: '06:42',
      place: { en: 'Government District Hospital, Tenali', te: 'ప్రభుత్వ జిల్లా ఆసుపత్రి, తెనాలి' },
    },
    mother: { name: { en: 'Kondaveeti Dhruti', te: 'కొండవీటి ధృతి' }, aadhaarMasked: 'XXXXXXXX1234' },
    father: { name: { en: 'Kondaveeti Kshetrayya', te: 'కొండవీటి క్షేత్రయ్య' } },
    addressAtBirth: {
      en: 'D.No. 4-12-7, Gandhi Chowk, Kothapet, Tenali, Guntur District - 522201',
      te: 'ఇం.నం. 4-12-7, గాంధీ చౌక్, కొత్తపేట, తెనాలి, గుంటూరు జిల్లా - 522201',
    },
    permanentAddress: {
      en: 'D.No. 9-3-21, Chitram Theatre Road, Tenali - 522201',
      te: 'ఇం.నం. 9-3-21, చిత్రం థియేటర్ రోడ్, తెనాలి - 522201',
    },
    ...overrides,
  };
}

/** A death registered late at Tenali Municipality and later corrected. */
export function tenaliForm6View(overrides: Partial<Form6View> = {}): Form6View {
  return {
    ...base('D-2026:28-90001-000007'),
    deceased: {
      name: { en: 'Veeramachaneni Suryanarayana', te: 'వీరమాచనేని సూర్యనారాయణ' },
      sex: 'male',
      ageYears: 78,
      aadhaarMasked: 'XXXXXXXX9876',
    },
    death: {
      date: '2026-02-11',
      place: { en: 'Government District Hospital, Tenali', te: 'ప్రభుత్వ జిల్లా ఆసుపత్రి, తెనాలి' },
    },
    mother: { name: { en: 'Veeramachaneni Annapurna', te: 'వీరమాచనేని అన్నపూర్ణ' } },
    fatherOrHusband: { name: { en: 'Veeramachaneni Ramaiah', te: 'వీరమాచనేని రామయ్య' } },
    addressAtDeath: {
      en: 'D.No. 2-7-14, Ramalingeswarapet, Tenali - 522201',
      te: 'ఇం.నం. 2-7-14, రామలింగేశ్వరపేట, తెనాలి - 522201',
    },
    permanentAddress: {
      en: 'D.No. 2-7-14, Ramalingeswarapet, Tenali - 522201',
      te: 'ఇం.నం. 2-7-14, రామలింగేశ్వరపేట, తెనాలి - 522201',
    },
    remarks: [
      LATE_REMARK,
      {
        en: 'Name of mother corrected under Section 15 on 25-03-2026',
        te: 'సెక్షన్ 15 కింద 25-03-2026 న తల్లి పేరు సవరించబడింది',
      },
    ],
    ...overrides,
  };
}

/** A still-birth registered at Tenali Municipality. */
export function tenaliStillBirthView(overrides: Partial<StillBirthView> = {}): StillBirthView {
  return {
    ...base('S-2026:28-90001-000002'),
    sex: 'female',
    stillBirth: {
      date: '2026-03-02',
      place: { en: 'Government District Hospital, Tenali', te: 'ప్రభుత్వ జిల్లా ఆసుపత్రి, తెనాలి' },
    },
    mother: { name: { en: 'Pothuri Sravani', te: 'పోతూరి శ్రావణి' } },
    father: { name: { en: 'Pothuri Nagaraju', te: 'పోతూరి నాగరాజు' } },
    addressOfParents: {
      en: 'D.No. 6-1-9, Burripalem Road, Tenali - 522201',
      te: 'ఇం.నం. 6-1-9, బుర్రిపాలెం రోడ్, తెనాలి - 522201',
    },
    permanentAddress: { en: 'D.No. 6-1-9, Burripalem Road, Tenali - 522201' },
    ...overrides,
  };
}

/** A search of the 1994 to 1996 birth registers that found no entry. */
export function tenaliForm10View(overrides: Partial<Form10View> = {}): Form10View {
  return {
    ...base('N-2026:28-90001-000003'),
    event: 'birth',
    person: { name: { en: 'Gorantla Venkateswarlu', te: 'గోరంట్ల వెంకటేశ్వర్లు' }, sex: 'male' },
    mother: { name: { en: 'Gorantla Kamala', te: 'గోరంట్ల కమల' } },
    father: { name: { en: 'Gorantla Subba Rao', te: 'గోరంట్ల సుబ్బారావు' } },
    statedEvent: { date: '1995-08-17', place: { en: 'Tenali', te: 'తెనాలి' } },
    yearsSearched: { from: 1994, to: 1996 },
    applicant: {
      name: { en: 'Gorantla Venkateswarlu', te: 'గోరంట్ల వెంకటేశ్వర్లు' },
      appliedOn: '2026-03-18',
    },
    ...overrides,
  };
}
