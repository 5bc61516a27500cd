import { describe, expect, it } from 'vitest';
import {
  DISTRICT_REGISTRAR,
  REGISTRAR,
  SUB_REGISTRAR,
  failureOf,
} from '../../test/support/lifecycle-fixture.ts';
import type { Actor } from '../registry/actor.ts';
import { readVitalStatistics } from './read-vital-statistics.ts';

const lake = { lakeDir: '/nonexistent/patra-lake' };
const person = (role: Actor['role'], username: string): Actor => ({
  userId: null,
  username,
  role,
  unitCode: null,
});

describe('who reads the vital statistics, over what', () => {
  it("gives the District Registrar their own district's figures by default", async () => {
    const stats = await readVitalStatistics(DISTRICT_REGISTRAR, {}, lake);

    expect(stats.scope).toEqual({ district: 'Guntur', year: null });
  });

  it("refuses the District Registrar another district's figures", async () => {
    const refused = await failureOf(
      readVitalStatistics(DISTRICT_REGISTRAR, { district: 'Krishna' }, lake),
    );

    expect(refused.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('gives the Chief Registrar and state operations the state, or one district they name', async () => {
    const state = await readVitalStatistics(
      person('chief_registrar', 'chief-registrar'),
      { year: '2026' },
      lake,
    );
    const krishna = await readVitalStatistics(
      person('state_operations', 'state-ops'),
      { district: 'Krishna' },
      lake,
    );

    expect(state.scope).toEqual({ district: null, year: 2026 });
    expect(krishna.scope).toEqual({ district: 'Krishna', year: null });
  });

  it("refuses unit staff: a unit's figures are its monthly returns, not the state's statistics", async () => {
    for (const actor of [REGISTRAR, SUB_REGISTRAR]) {
      expect((await failureOf(readVitalStatistics(actor, {}, lake))).code).toBe('FORBIDDEN');
    }
  });

  it('names a bad year', async () => {
    const refused = await failureOf(
      readVitalStatistics(person('chief_registrar', 'chief-registrar'), { year: '26' }, lake),
    );

    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(refused.issues.map((issue) => issue.field)).toEqual(['year']);
  });
});
