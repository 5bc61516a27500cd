import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/config.ts';
import { openDb } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { createApiClient } from '../registry/create-api-client.ts';
import { seedUnits } from '../registry/seed-units.ts';
import { AppError } from '../shared/app-error.ts';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed');

/**
 * `patra clients create --name ... --department health --units TNL-M,TNL-GP-ANG`: makes a
 * department's system client and prints its API key once (server stopped, or DATABASE_URL).
 */
export async function runClientsCreate(options: {
  name: string;
  department: string;
  units: string;
}): Promise<number> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  try {
    await migrate(db);
    await seedUnits(db, {
      units: join(SEED_DIR, 'tenali-pilot-units.csv'),
      facilities: join(SEED_DIR, 'tenali-facilities.csv'),
    });
    const unitCodes = options.units
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const client = await createApiClient(db, {
      name: options.name,
      department: options.department,
      unitCodes,
    });
    console.log(`client ${client.id} (${options.department}, units ${unitCodes.join(', ')})`);
    console.log(`API key: ${client.key}`);
    console.log('It is shown only now and stored only as a hash; send it as the X-Api-Key header.');

    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(
      `${error.code}: ${error.issues.map((issue) => `${issue.field} ${issue.message}`).join('; ') || error.message}`,
    );

    return 1;
  } finally {
    await db.close();
  }
}
