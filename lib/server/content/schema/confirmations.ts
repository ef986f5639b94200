import 'server-only';
import { z } from 'zod';

/**
 * content/confirmations.json: readers' confirmations per step, aggregated by `npm run reports:export`
 * (service/cli/reports-export.ts). Counts only: no free text, nothing about anyone.
 */
export const confirmationSchema = z.strictObject({
  rev: z.string().regex(/^[0-9a-f]{8,16}$/),
  same: z.number().int().min(0),
  different: z.number().int().min(0),
  /** Confirmations by app version (major.minor). */
  apps: z.record(z.string(), z.number().int().min(0)).default({}),
  lastSame: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  lastDifferent: z.string().regex(/^\d{4}-\d{2}$/).optional(),
});

export const confirmationsSchema = z.strictObject({
  about: z.string().optional(),
  generated: z.string().optional(),
  /** guide → `variant/step` → counts. */
  guides: z.record(z.string(), z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), confirmationSchema)).default({}),
});
