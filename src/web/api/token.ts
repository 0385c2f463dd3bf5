/**
 * The credentials of this browser tab. An API token lives in sessionStorage (gone when the tab
 * closes, never shared with other tabs) and is only ever sent in the Authorization header, never in
 * a URL. A password sign-in leaves the session in an HttpOnly cookie no script can read; the tab
 * keeps only its CSRF token (sent with every write) and, in localStorage, a note that this browser
 * has a session (no secret), so that a new tab knows to ask GET /auth/session.
 */
const KEY = 'purl.token';
const CSRF = 'purl.csrf';
const SIGNED_IN = 'purl.session';

export const getToken = (): string | null => sessionStorage.getItem(KEY);
export const setToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const clearToken = (): void => sessionStorage.removeItem(KEY);

export const getCsrf = (): string | null => sessionStorage.getItem(CSRF);
export const hasSessionNote = (): boolean => localStorage.getItem(SIGNED_IN) === '1';

export function rememberSession(csrfToken: string): void {
  sessionStorage.setItem(CSRF, csrfToken);
  localStorage.setItem(SIGNED_IN, '1');
}

export function forgetSession(): void {
  sessionStorage.removeItem(CSRF);
  localStorage.removeItem(SIGNED_IN);
}
