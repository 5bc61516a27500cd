import pino from 'pino';
import { startStandin } from './index.ts';

/**
 * Runs a stand-in from the environment, for `npm start` and demos:
 * `node bin/run-ts.mjs tools/whatsapp-standin/main.ts`. The defaults match Patra's own
 * development defaults, so Patra and the stand-in agree without any setting.
 */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const logger = pino({ level: env.LOG_LEVEL ?? 'info' });
  const standin = await startStandin({
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.WHATSAPP_STANDIN_PORT ?? env.PORT ?? 4010),
    accessToken: env.WHATSAPP_STANDIN_TOKEN ?? 'standin-access-token',
    appSecret: env.WHATSAPP_APP_SECRET ?? 'patra-development-app-secret',
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID ?? '106540352242922',
    businessAccountId: env.WHATSAPP_BUSINESS_ACCOUNT_ID ?? '102290129340398',
    displayPhoneNumber: env.WHATSAPP_DISPLAY_PHONE_NUMBER,
    webhookUrl: env.WHATSAPP_STANDIN_WEBHOOK_URL,
    bodyEncoding: env.WHATSAPP_STANDIN_BODY_ENCODING === 'raw-utf8' ? 'raw-utf8' : 'meta-escaped',
    unreachableNumbers: env.WHATSAPP_STANDIN_UNREACHABLE?.split(',').filter(Boolean),
    virtualClock: env.WHATSAPP_STANDIN_VIRTUAL_CLOCK === '1',
    batchWebhooks: env.WHATSAPP_STANDIN_BATCH_MS ? { windowMs: Number(env.WHATSAPP_STANDIN_BATCH_MS) } : undefined,
    bsuidOnly: env.WHATSAPP_STANDIN_BSUID_ONLY === '1',
    logger,
  });

  const stop = (): void => {
    void standin.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main(process.env);
