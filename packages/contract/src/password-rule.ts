/** The one password rule, for the server's check and the browser's form alike. */
export const passwordMinLength = 10;

/** At least 10 characters with letters and digits. */
export const isStrongPassword = (password: string) =>
  password.length >= passwordMinLength && /[A-Za-z]/.test(password) && /\d/.test(password);
