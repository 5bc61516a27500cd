/** The roles of signed-in people (users.role). */
export type UserRole = 'registrar' | 'sub_registrar' | 'district_registrar' | 'chief_registrar' | 'state_operations';

/**
 * Who is acting: a signed-in person with a role over a unit or a district, a department's
 * system client (an API key over a list of units), or the system itself.
 */
export interface Actor {
  userId: string | null;
  username: string;
  role: UserRole | 'api_client' | 'system';
  unitCode: string | null;
  /** The district of a district registrar (units.district_en). */
  districtEn?: string | null;
  /** The units a system client may notify events in. */
  unitCodes?: string[];
  /** The api_clients row of a system client, and its department. */
  clientId?: string;
  department?: 'health' | 'panchayat_raj' | 'municipal_administration';
}

/** The actor for work the system does on its own (rendering, sending, webhooks). */
export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', role: 'system', unitCode: null };
