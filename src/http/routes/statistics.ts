import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loadLakeSettings } from '../../lake/lake-settings.ts';
import { readVitalStatistics, StatisticsQuerySchema } from '../../lake/read-vital-statistics.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/**
 * GET /api/v1/statistics: the vital statistics and monthly returns from the lake. It reads
 * the lake as the last `patra lake export` left it (PATRA_LAKE_DIR, else `<data>/lake`) and
 * never exports on a request: an export is a batch job (cron), and a GET that wrote files
 * would let readers load the database. `lake.latestRunAt` in the answer says how fresh it is.
 */
export function statisticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { lakeDir } = loadLakeSettings(process.env, ctx.config.dataDir);

  app.get(
    '/api/v1/statistics',
    {
      schema: {
        tags: ['statistics'],
        summary: "Vital statistics (CRS definitions), the pilot's delivery figures and Forms 11-13",
        security: [{ bearer: [] }],
        querystring: z.toJSONSchema(StatisticsQuerySchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          200: {
            description: 'The figures; definitions in docs/vital-statistics.md',
            type: 'object',
          },
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const statistics = await readVitalStatistics(actor, request.query, { lakeDir });
      request.log.info({ run: statistics.lake.latestRun }, 'statistics read');

      return statistics;
    },
  );
}
