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
  await seedUnits(test.db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
  await seedAccounts(test.db, PASSWORD);
});

afterAll(async () => test.drop());

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );

  return error instanceof AppError ? error.code : `no AppError: ${String(error)}`;
}

describe('signIn', () => {
  it('opens a session whose token names the registrar and the unit', async () => {
    const session = await signIn(test.db, { username: 'TNL-M', password: PASSWORD });

    expect(await authenticate(test.db, session.token)).toMatchObject({
      username: 'tnl-m',
      role: 'registrar',
      unitCode: 'TNL-M',
    });
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    expect(await codeOf(signIn(test.db, { username: 'nobody', password: PASSWORD }))).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(await codeOf(signIn(test.db, { username: 'tnl-gp-ndv', password: 'wrong' }))).toBe(
      'WRONG_CREDENTIALS',
    );
  });

  it('locks a client out after five wrong passwords, even for the right one, until a reset', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        await codeOf(signIn(test.db, { username: 'tnl-gp-ang', password: `guess-${attempt}` })),
      ).toBe('WRONG_CREDENTIALS');
    }

    expect(await codeOf(signIn(test.db, { username: 'tnl-gp-ang', password: PASSWORD }))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    const fresh = await resetPassword(test.db, 'tnl-gp-ang');
    await expect(
      signIn(test.db, { username: 'tnl-gp-ang', password: fresh }),
    ).resolves.toHaveProperty('token');
  });

  it('locks out only the client that guessed: the registrar at another address still signs in', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        await codeOf(
          signIn(test.db, { username: 'tnl-gp-klk', password: `guess-${attempt}` }, '203.0.113.9'),
        ),
      ).toBe('WRONG_CREDENTIALS');
    }

    expect(
      await codeOf(signIn(test.db, { username: 'tnl-gp-klk', password: PASSWORD }, '203.0.113.9')),
    ).toBe('TOO_MANY_ATTEMPTS');
    await expect(
      signIn(test.db, { username: 'tnl-gp-klk', password: PASSWORD }, '198.51.100.4'),
    ).resolves.toHaveProperty('token');
  });

  it('locks out an unknown username the same way, so a lock-out does not reveal which accounts exist', async () => {
    const answers: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.push(
        await codeOf(
          signIn(
            test.db,
            { username: 'no-such-unit', password: `guess-${attempt}` },
            '203.0.113.7',
          ),
        ),
      );
    }

    expect(answers).toEqual([...Array<string>(5).fill('WRONG_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
  });

  it('refuses a token that was never issued', async () => {
    expect(await codeOf(authenticate(test.db, 'made-up-token'))).toBe('UNAUTHENTICATED');
  });
});
