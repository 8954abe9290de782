/**
 * Small readers for answers of external services: each either returns the value at a path or
 * throws a ServiceError ("… sent an answer that could not be read: …") naming the field.
 */
import { ServiceError, type Service } from './http.ts';

export type Json = Record<string, unknown>;

/** An answer we cannot use: the service is named, and so is what was wrong. */
export const malformed = (service: Service, detail: string) => new ServiceError(service, detail, 'malformed');

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object at `value`, or a malformed-answer error naming `where`. */
export function object(service: Service, value: unknown, where: string): Json {
  if (!isObject(value)) throw new ServiceError(service, `expected an object at ${where}, found ${kind(value)}`, 'malformed');
  return value;
}

/** The array at `value`, or a malformed-answer error naming `where`. */
export function array(service: Service, value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ServiceError(service, `expected a list at ${where}, found ${kind(value)}`, 'malformed');
  return value;
}

/** The non-empty string at `value`, or a malformed-answer error naming `where`. */
export function text(service: Service, value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new ServiceError(service, `expected text at ${where}, found ${kind(value)}`, 'malformed');
  return value;
}

/** A whole number given as a number or as digits in a string (E-utilities counts are strings). */
export function count(service: Service, value: unknown, where: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    throw new ServiceError(service, `expected a count at ${where}, found ${kind(value)}`, 'malformed');
  return n;
}

/** An optional string: the value when it is a non-empty string, else undefined. */
export const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function kind(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}
