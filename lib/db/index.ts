/** The data layer's public API: import from `@/lib/db`. */
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
export * from './errors';
export { isIsoDate, isTimeZone, todayIso } from './fields';
export type { Records } from './integrity';
export * from './letters';
export * from './outreach';
export * from './persistence';
export * from './programs';
export type { Patch } from './records';
export * from './sample';
export * from './schema';
export * from './writers';
