import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { AppError } from '../shared/app-error.ts';
import { resetPassword } from './reset-password.ts';
import { seedAccounts } from './seed-accounts.ts';
import { seedUnits } from './seed-units.ts';
import { authenticate, signIn } from './sign-in.ts';

const PASSWORD = 'the-right-password';
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  await seedUnits(test.db, { units: 'seed/tenali-pilot-units.csv', facilities: 'seed/tenali-facilities.csv' });
  await seedAccounts(test.db, PASSWORD);
});

afterAll(async () => test.drop());

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(() => undefined, (caught: unknown) => caught);

  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

describe('signIn', () => {
  it('opens a session whose token names the registrar and the unit', async () => {
    const session = await signIn(test.db, { username: 'TNL-M', password: PASSWORD });

    expect(await authenticate(test.db, session.token)).toMatchObject({ username: 'tnl-m', role: 'registrar', unitCode: 'TNL-M' });
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    expect(await codeOf(signIn(test.db, { username: 'nobody', password: PASSWORD }))).toBe('WRONG_CREDENTIALS');
    expect(await codeOf(signIn(test.db, { username: 'tnl-gp-ndv', password: 'wrong' }))).toBe('WRONG_CREDENTIALS');
  });

  it('locks an account after five wrong passwords, even for the right one, until a reset', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await codeOf(signIn(test.db, { username: 'tnl-gp-ang', password: `guess-${attempt}` }))).toBe('WRONG_CREDENTIALS');
    }

    expect(await codeOf(signIn(test.db, { username: 'tnl-gp-ang', password: PASSWORD }))).toBe('TOO_MANY_ATTEMPTS');
    const fresh = await resetPassword(test.db, 'tnl-gp-ang');
    await expect(signIn(test.db, { username: 'tnl-gp-ang', password: fresh })).resolves.toHaveProperty('token');
  });

  it('refuses a token that was never issued', async () => {
    expect(await codeOf(authenticate(test.db, 'made-up-token'))).toBe('UNAUTHENTICATED');
  });
});
