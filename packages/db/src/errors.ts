// What a database refusal means, as Prisma reports it on both databases. P2002: a unique index already holds the
// value (two writes raced for it, or the value is taken); the caller names what is taken in its own words.
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';
