import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { ACTIONS, authorize, type Action } from './authorize.ts';

const OWN = { unitCode: 'TNL-M', districtEn: 'Guntur' };
const OTHER_UNIT_SAME_DISTRICT = { unitCode: 'TNL-GP-ANG', districtEn: 'Guntur' };
const OTHER_DISTRICT = { unitCode: 'VJA-M', districtEn: 'Krishna' };

const ACTORS: Record<string, Actor> = {
  registrar: { userId: null, username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' },
  sub_registrar: { userId: null, username: 'tnl-m-sub', role: 'sub_registrar', unitCode: 'TNL-M' },
  district_registrar: {
    userId: null,
    username: 'guntur-dr',
    role: 'district_registrar',
    unitCode: null,
    districtEn: 'Guntur',
  },
  chief_registrar: {
    userId: null,
    username: 'chief-registrar',
    role: 'chief_registrar',
    unitCode: null,
  },
  state_operations: {
    userId: null,
    username: 'state-ops',
    role: 'state_operations',
    unitCode: null,
  },
  api_client: {
    userId: null,
    username: 'client:GDH',
    role: 'api_client',
    unitCode: null,
    unitCodes: ['TNL-M'],
    department: 'health',
  },
};

/** The matrix written out by hand: what each role may do in its own unit (or district). */
const ALLOWED: Record<string, Action[]> = {
  registrar: [
    'notify',
    'declare',
    'register',
    'reject',
    'record_requirement',
    'read_record',
    'read_cause_of_death',
    'decide_duplicate',
    'correct',
    'send_certificate',
    'search',
  ],
  sub_registrar: ['notify', 'declare', 'record_requirement', 'read_record', 'search'],
  district_registrar: ['grant_permission', 'read_record', 'read_cause_of_death', 'search'],
  chief_registrar: ['read_record', 'read_cause_of_death', 'search'],
  state_operations: ['read_record', 'search'],
  api_client: ['notify'],
};

/** Where each role's jurisdiction ends: which of the three targets it reaches. */
const REACHES: Record<string, { sameDistrict: boolean; otherDistrict: boolean }> = {
  registrar: { sameDistrict: false, otherDistrict: false },
  sub_registrar: { sameDistrict: false, otherDistrict: false },
  district_registrar: { sameDistrict: true, otherDistrict: false },
  chief_registrar: { sameDistrict: true, otherDistrict: true },
  state_operations: { sameDistrict: true, otherDistrict: true },
  api_client: { sameDistrict: false, otherDistrict: false },
};

function outcome(actor: Actor, action: Action, target: typeof OWN): string {
  try {
    authorize(actor, action, target);

    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('authorize: every role × every action × own unit / another unit / another district', () => {
  for (const [role, actor] of Object.entries(ACTORS)) {
    for (const action of ACTIONS) {
      const isAllowed = ALLOWED[role]?.includes(action) ?? false;
      const reach = REACHES[role] ?? { sameDistrict: false, otherDistrict: false };

      it(`${role} ${action}: ${isAllowed ? 'allowed in its jurisdiction only' : 'FORBIDDEN everywhere'}`, () => {
        const expectAt = (isReached: boolean): string =>
          !isAllowed ? 'FORBIDDEN' : isReached ? 'allowed' : 'OUTSIDE_JURISDICTION';

        expect(outcome(actor, action, OWN)).toBe(expectAt(true));
        expect(outcome(actor, action, OTHER_UNIT_SAME_DISTRICT)).toBe(expectAt(reach.sameDistrict));
        expect(outcome(actor, action, OTHER_DISTRICT)).toBe(expectAt(reach.otherDistrict));
      });
    }
  }

  it('a system client with two units notifies in both and nowhere else', () => {
    const client: Actor = { ...ACTORS.api_client, unitCodes: ['TNL-M', 'TNL-GP-ANG'] } as Actor;

    expect(outcome(client, 'notify', OTHER_UNIT_SAME_DISTRICT)).toBe('allowed');
    expect(outcome(client, 'notify', { unitCode: 'TNL-GP-NDV', districtEn: 'Guntur' })).toBe(
      'OUTSIDE_JURISDICTION',
    );
  });

  it('a district registrar with no district reaches nothing', () => {
    const orphan: Actor = { ...ACTORS.district_registrar, districtEn: null } as Actor;

    expect(outcome(orphan, 'read_record', OWN)).toBe('OUTSIDE_JURISDICTION');
  });
});
