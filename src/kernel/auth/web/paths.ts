/** Where the login page lives, and the API it reads. One place, so links never drift. */
export const loginPath = '/login';

/** The login page, remembering where to go afterwards (left out when that is the start page). */
export function loginPathFor(next: string | null): string {
  const safe = next === null ? null : safeNextPath(next);
  return safe === null || safe === '/' ? loginPath : `${loginPath}?next=${encodeURIComponent(safe)}`;
}

export const api = {
  demoPeople: '/api/auth/demo/people',
  demoLogin: '/api/auth/demo/login',
  providers: '/api/auth/oidc/providers',
  /** A plain link: the browser leaves the app for the municipality's identity provider. */
  providerStart: (municipalityId: string) => `/api/auth/oidc/${encodeURIComponent(municipalityId)}/start`,
  logout: '/api/auth/logout',
  logoutEverywhere: '/api/auth/logout-everywhere',
  currentUnit: '/api/session/current-unit',
};

const BASE = 'https://tidlig.invalid';

/**
 * The page to go to after logging in, if `raw` is one of ours: a path on this site starting
 * with a single slash. Anything else — another site (`//evil.example`, `https://…`,
 * `/\evil.example`), a script URL, the API, the login page itself — gives null, so a link
 * someone sends cannot make the login page send the user elsewhere.
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  // Browsers read a backslash as a slash, and drop tabs and newlines from URLs.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (isLoginPage(url.pathname) || url.pathname === '/api' || url.pathname.startsWith('/api/')) return null;
  return path;
}

function isLoginPage(pathname: string): boolean {
  return pathname === loginPath || pathname.startsWith(`${loginPath}/`);
}
