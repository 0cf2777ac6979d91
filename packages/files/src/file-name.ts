// A file's name is shown, downloaded under and written into headers, so a name that could mean something else
// there is refused, never quietly changed: the person who chose it learns what is wrong and picks another.
import { FileError } from './file-error';

export const maxNameLength = 200;

/**
 * C0 and C1 controls and DEL (a newline or NUL in a header or a log), lone surrogates, and the invisible
 * direction marks that can show "exe.jpg" for "gpj.exe".
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

/** The name as given, or a FileError naming what is wrong with it. */
export function checkFileName(name: string): string {
  const refuse = (reason: 'blank' | 'too-long' | 'path' | 'control') =>
    new FileError('bad-name', { reason, vars: { max: maxNameLength } });
  if (name.trim() === '') throw refuse('blank');
  if ([...name].length > maxNameLength) throw refuse('too-long');
  if (controlCharacters.test(name)) throw refuse('control');
  // Separators of either system, and names that are themselves a step up or nowhere.
  if (/[/\\]/.test(name) || name === '.' || name === '..') throw refuse('path');
  return name;
}
