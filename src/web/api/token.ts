/**
 * The API token of this browser tab. It lives in sessionStorage (gone when the tab closes, never
 * shared with other tabs) and is only ever sent in the Authorization header, never in a URL.
 */
const KEY = 'purl.token';

export const getToken = (): string | null => sessionStorage.getItem(KEY);
export const setToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const clearToken = (): void => sessionStorage.removeItem(KEY);
