import { sampleBirth } from '../src/cli/sample-birth.ts';

const DELIVERY_WAIT_MS = 20_000;

/** The demo's number that is not on WhatsApp: its delivery fails and lands in the work queue. */
export const UNREACHABLE_MOBILE = '+91 90000 91234';

/** What the screenshots show: a registered birth with its delivery, and work in the queues. */
export interface DemoRecords {
  token: string;
  registeredId: string;
  registrationNumber: string;
}

type Post = <T>(path: string, body: unknown, token?: string) => Promise<T>;

/**
 * Fills a fresh Patra with what a registrar's day looks like: two births registered (their
 * certificates delivered over the stand-in), one whose informant is not on WhatsApp, a field
 * worker's notification to declare and a declaration waiting for registration. Only invented
 * people; nothing leaves this machine.
 */
export async function addDemoRecords(url: string, password: string): Promise<DemoRecords> {
  const post: Post = async (path, body, token) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);

    return (await response.json()) as never;
  };
  const { token } = await post<{ token: string }>('/api/v1/sessions', {
    username: 'tnl-m',
    password,
  });

  const first = await post<{ recordId: string; registrationNumber: string }>(
    '/api/v1/births',
    sampleBirth({ mobile: '+91 90000 61234' }),
    token,
  );
  await post('/api/v1/births', secondBirth(), token);
  const unreachable = {
    ...sampleBirth({ mobile: UNREACHABLE_MOBILE }),
    mother: { name: { en: 'Sarada Vemuri', te: 'వేమూరి శారద' } },
  };
  await post('/api/v1/births', unreachable, token);
  const pending = sampleBirth({ mobile: '+91 90000 81234' });
  await post(
    '/api/v1/notifications',
    { eventType: 'birth', source: 'field_worker', declaration: { birth: pending.birth } },
    token,
  );
  await post(
    '/api/v1/declarations',
    {
      eventType: 'birth',
      declaration: {
        ...pending,
        mother: { name: { en: 'Padmavathi Gorantla', te: 'గోరంట్ల పద్మావతి' } },
      },
    },
    token,
  );
  await waitForDelivery(url, first.recordId, token);

  return { token, registeredId: first.recordId, registrationNumber: first.registrationNumber };
}

function secondBirth(): Record<string, unknown> {
  const birth = sampleBirth({
    mobile: '+91 90000 71234',
    childName: { en: 'Ravi Teja Mandava', te: 'మండవ రవి తేజ' },
  });

  return {
    ...birth,
    child: { name: { en: 'Ravi Teja Mandava', te: 'మండవ రవి తేజ' }, sex: 'male' },
    mother: { name: { en: 'Anitha Mandava', te: 'మండవ అనిత' } },
    father: { name: { en: 'Suresh Mandava', te: 'మండవ సురేష్' } },
  };
}

async function waitForDelivery(url: string, recordId: string, token: string): Promise<void> {
  const deadline = Date.now() + DELIVERY_WAIT_MS;
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/v1/records/${recordId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const record = (await response.json()) as {
      certificates: { deliveries: { status: string }[] }[];
    };
    const status = record.certificates[0]?.deliveries[0]?.status;
    if (status === 'delivered' || status === 'read') return;

    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
