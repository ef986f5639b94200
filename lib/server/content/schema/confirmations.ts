import 'server-only';

/** content/confirmations.json's shape is part of the report loop's contract (lib/shared/report-contract.schemas.ts). */
export { confirmationSchema, confirmationsSchema } from '../../../shared/report-contract.schemas';
