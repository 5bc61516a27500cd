import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor, UserRole } from './actor.ts';

/** The person behind a session, as the portal shows them in its header. */
export interface SignedInView {
  username: string;
  displayName: string;
  role: UserRole;
  unitCode: string | null;
  /** The unit's names, for a unit's staff; null above the units. */
  unitName: { te: string; en: string } | null;
  /** The district of the unit or of a District Registrar; null statewide. */
  districtEn: string | null;
  districtName: { te: string; en: string } | null;
}

interface SignedInRow {
  username: string;
  display_name: string;
  role: UserRole;
  unit_code: string | null;
  unit_en: string | null;
  unit_te: string | null;
  district_en: string | null;
  district_te: string | null;
}

/**
 * Who a signed-in actor is: name, role, unit and district in both scripts. Reads only;
 * UNAUTHENTICATED for an actor that is not a person (a system client has no session).
 */
export async function describeSignedIn(sql: Sql, actor: Actor): Promise<SignedInView> {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED', 'only people have sessions');

  const [row] = await sql.query<SignedInRow>(
    `select u.username, u.display_name, u.role, u.unit_code,
       un.name_en as unit_en, un.name_te as unit_te,
       coalesce(un.district_en, u.district_en) as district_en,
       coalesce(un.district_te, (select d.district_te from units d
         where d.district_en = u.district_en limit 1)) as district_te
     from users u left join units un on un.code = u.unit_code
     where u.id = $1`,
    [actor.userId],
  );
  if (!row) throw new AppError('UNAUTHENTICATED', 'the account is gone');

  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitCode: row.unit_code,
    unitName: row.unit_en && row.unit_te ? { en: row.unit_en, te: row.unit_te } : null,
    districtEn: row.district_en,
    districtName:
      row.district_en && row.district_te ? { en: row.district_en, te: row.district_te } : null,
  };
}
