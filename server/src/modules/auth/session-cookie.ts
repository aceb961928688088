import type { FastifyReply } from 'fastify';
import type { Deps } from '../../core/deps.js';
import { SESSION_COOKIE } from './authenticate.js';

/** Sets the session cookie after a sign-in (login, or registration that signs the person in). */
export const setSessionCookie = (reply: FastifyReply, deps: Deps, token: string): FastifyReply =>
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    path: '/',
  });
