import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { hashApiKey } from './create-api-client.ts';

/**
 * Resolves an API key (X-Api-Key) to its system client's actor: role `api_client`, the units
 * of the key, the department. UNAUTHENTICATED when the key is unknown or revoked.
 */
export async function authenticateApiClient(sql: Sql, key: string): Promise<Actor> {
  const [client] = await sql.query<{
    id: string;
    name: string;
    department: Actor['department'];
    unit_codes: string[];
  }>(
    'select id, name, department, unit_codes from api_clients where key_hash = $1 and revoked_at is null',
    [hashApiKey(key)],
  );
  if (!client) throw new AppError('UNAUTHENTICATED', 'unknown or revoked API key');

  return {
    userId: null,
    username: `client:${client.name}`,
    role: 'api_client',
    unitCode: null,
    unitCodes: client.unit_codes,
    clientId: client.id,
    department: client.department,
  };
}
