// The limits both the server's schemas and the console's forms apply: one source each, so a form never
// accepts what the server then refuses, nor refuses what it would take.

/** Sign-in names: letters, digits, `_`, `.` and `-`; not case-sensitive. */
export const usernameRule = { min: 3, max: 32, pattern: /^[a-zA-Z0-9_.-]+$/ } as const;
/** A person's name as the console shows it. */
export const displayNameMax = 50;
/** A unit's name. */
export const unitNameMax = 50;
/** Days the content recycle bin keeps what was deleted after it was public: the server's rule, the console's words. */
export const recycleBinDays = 30;
