// Some work must read or write across scopes: signing in (no scope yet), the caller's own account (its home
// unit may lie outside its grants), whether a username is taken anywhere. Procedures never hold the raw
// client; they call named operations that services define over it, bound once at start-up. Each service
// adds its operations to this interface (`declare module '@strata/api'`), so the set is typed and reviewable.

// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each service
export interface SystemOperations {}
