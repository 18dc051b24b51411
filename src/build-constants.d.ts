/** A hash of src/api/schemas.ts, set by vite.config.ts: kept data are valid for this contract only. */
declare const __CONTRACT_HASH__: string;
