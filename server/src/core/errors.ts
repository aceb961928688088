/**
 * The few error kinds Fazhi raises. Each maps to one HTTP status and renders as
 * `{ error: { code, message, details } }` with a Chinese message for the user.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

type Details = Record<string, unknown> | unknown[] | null;

export const badRequest = (message: string, details: Details = null, code = 'BAD_REQUEST') =>
  new AppError(400, code, message, details);

export const unauthorized = (
  message = '请先登录',
  code = 'UNAUTHENTICATED',
  details: Details = null,
) => new AppError(401, code, message, details);

export const forbidden = (
  message = '您没有执行此操作的权限',
  code = 'FORBIDDEN',
  details: Details = null,
) => new AppError(403, code, message, details);

/** Also used for records outside the caller's org scope, so their existence is never revealed. */
export const notFound = (message = '记录不存在或您无权查看', details: Details = null) =>
  new AppError(404, 'NOT_FOUND', message, details);

export const conflict = (message: string, code = 'CONFLICT', details: Details = null) =>
  new AppError(409, code, message, details);

/** A request that is well-formed but breaks a legal or business rule (e.g. a guard in a workflow). */
export const ruleViolation = (message: string, code = 'RULE_VIOLATION', details: Details = null) =>
  new AppError(422, code, message, details);

export const tooLarge = (message: string, details: Details = null) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', message, details);

export const tooManyRequests = (message: string, details: Details = null) =>
  new AppError(429, 'TOO_MANY_REQUESTS', message, details);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
