/**
 * For the tests: just enough of a browser to walk a login across two sites. It keeps each
 * host's cookies apart and follows redirects one at a time, so a test can stop at the
 * provider's redirect back to Tidlig and change it before delivering it.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** One GET, without following redirects, sending and storing this host's cookies. */
  async get(url: string | URL): Promise<Response> {
    const target = new URL(url);
    const cookies = this.cookiesOf(target.host);
    const response = await fetch(target, {
      redirect: 'manual',
      headers: cookies.size ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } : {},
    });
    for (const line of response.headers.getSetCookie()) this.store(target.host, line);
    return response;
  }

  /** The value of a cookie this browser holds for a host, if any. */
  cookie(host: string, name: string): string | undefined {
    return this.cookiesOf(host).get(name);
  }

  /**
   * Follows redirects from `url` while they stay on its host and returns the first one that
   * leaves it: from a provider's authorization URL, that is the redirect back to the client.
   */
  async followWithin(url: string | URL): Promise<URL> {
    let current = new URL(url);
    const host = current.host;
    for (let hops = 0; hops < 10; hops += 1) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (!location) throw new Error(`${current.pathname} answered ${response.status} without a redirect`);
      current = new URL(location, current);
      if (current.host !== host) return current;
    }
    throw new Error('too many redirects');
  }

  // Paths and expiry are ignored except for deletion; a test browser has one short life.
  private store(host: string, setCookie: string) {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => {
      const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim());
      if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
      if (key.toLowerCase() === 'expires') return new Date(setting).getTime() <= Date.now();
      return false;
    });
    if (expired) this.cookiesOf(host).delete(name);
    else this.cookiesOf(host).set(name, value);
  }

  private cookiesOf(host: string): Map<string, string> {
    let cookies = this.jar.get(host);
    if (!cookies) {
      cookies = new Map();
      this.jar.set(host, cookies);
    }
    return cookies;
  }
}
