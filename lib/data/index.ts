/** The data layer's public API, with the record model it stores: import from `@/lib/data`. */

export { isCalendarDate } from '@/lib/core/calendar/dates';
export { isTimeZone, todayIso } from '@/lib/core/calendar/zone';
export * from '@/lib/core/model/errors';
export type { Records } from '@/lib/core/model/integrity';
export type { Patch } from '@/lib/core/model/records';
export * from '@/lib/core/model/schema';
export * from '@/lib/platform/persistence';
export * from './assignments';
export * from './backup';
export * from './csv';
export {
  clearAllData,
  createDatabase,
  DATABASE_NAME,
  db,
  StrongLetterDB,
  TABLE_NAMES,
  type TableName,
} from './database';
export * from './deadlines';
export * from './letters';
export * from './notes';
export * from './outreach';
export * from './programs';
export * from './sample';
export * from './writers';
