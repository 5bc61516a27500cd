import { resolve } from 'node:path';
import { z } from 'zod';

/** The lake's settings, read from the environment beside the main configuration. */
export const LakeSettingsSchema = z.object({
  lakeDir: z
    .string()
    .describe('PATRA_LAKE_DIR: where `patra lake export` writes and the statistics read'),
  lakeKey: z
    .string()
    .optional()
    .describe('PATRA_LAKE_KEY: 32 bytes in base64, the secret of pseudonymous keys'),
  smallCellThreshold: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(5)
    .describe('PATRA_LAKE_SMALL_CELL: counts of causes of death below this are suppressed'),
});

export type LakeSettings = z.infer<typeof LakeSettingsSchema>;

/** Reads the lake's settings; the lake lives in `<dataDir>/lake` unless PATRA_LAKE_DIR says otherwise. */
export function loadLakeSettings(env: NodeJS.ProcessEnv, dataDir: string): LakeSettings {
  const settings = LakeSettingsSchema.parse({
    lakeDir: env.PATRA_LAKE_DIR || resolve(dataDir, 'lake'),
    lakeKey: env.PATRA_LAKE_KEY || undefined,
    smallCellThreshold: env.PATRA_LAKE_SMALL_CELL || undefined,
  });

  return { ...settings, lakeDir: resolve(settings.lakeDir) };
}
