import { generateKeyPairSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { buildForm5View } from '../src/certificates/build-form5-view.ts';
import type { Keyring } from '../src/certificates/keys.ts';
import { signPayload } from '../src/certificates/payload.ts';
import { renderForm5 } from '../src/certificates/render-form5.ts';
import type { BirthDeclaration } from '../src/registry/birth-declaration.ts';
import type { RecordRow } from '../src/registry/find-record.ts';
import type { Unit } from '../src/registry/units.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';

const UNIT: Unit = {
  code: 'TNL-M', kind: 'municipality', crs_code: '90001', name_en: 'Tenali Municipality', name_te: 'తెనాలి పురపాలక సంఘం',
  mandal_en: 'Tenali', mandal_te: 'తెనాలి', district_en: 'Guntur', district_te: 'గుంటూరు', registrar_office: 'Municipal Commissioner',
};

function keyring(): Keyring {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  return { signing: { keyId: 'bench', privateKey }, trusted: new Map([['bench', { publicKey, status: 'active' as const }]]) };
}

/** Signs and renders `count` distinct Form 5 certificates in this process; returns per second and the mean size. */
export async function measureRenderRate(count: number): Promise<{ perSecond: number; meanBytes: number }> {
  const keys = keyring();
  const declaration = { ...sampleBirth(), unitCode: 'TNL-M' } as unknown as BirthDeclaration & { unitCode: string };
  const facility = { id: 'TNL-GDH', unit_code: 'TNL-M', name_en: 'Government District Hospital, Tenali', name_te: 'ప్రభుత్వ జిల్లా ఆసుపత్రి, తెనాలి', address_en: '', address_te: '' };
  await renderOne(0);

  let bytes = 0;
  const started = performance.now();
  for (let i = 1; i <= count; i += 1) bytes += (await renderOne(i)).length;
  const seconds = (performance.now() - started) / 1000;

  return { perSecond: count / seconds, meanBytes: bytes / count };

  async function renderOne(i: number): Promise<Buffer> {
    const record: RecordRow = {
      id: `bench-${i}`, event_type: 'birth', unit_code: 'TNL-M', status: 'registered',
      registration_number: `B-2026:28-90001-${String(i).padStart(6, '0')}`, registration_date: '2026-12-04',
      event_date: declaration.birth.date, declaration, informant_wa_id: '919876543210', informant_language: 'te',
      is_cancelled: false, remarks: [], aadhaarMasked: { mother: 'XXXXXXXX2346' },
    };
    const issuedAt = new Date();
    const payload = signPayload({ registrationNumber: record.registration_number, eventType: 'B', nameEn: 'Sri Lakshmi Kondaveeti', eventDate: record.event_date, issueDate: '2026-12-04', unitCode: 'TNL-M' }, keys);

    return renderForm5(buildForm5View({ record, unit: UNIT, facility, issuedAt, payload, verifyUrl: `http://localhost:3000/verify/${payload}` }));
  }
}
