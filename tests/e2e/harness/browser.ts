/**
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core, and pages that record what they load.
 * Every request to another origin than the site's is blocked and collected, so a test can assert that a
 * page asked nothing of any third party (a privacy requirement, not a preference).
 */
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the Chromium the global setup started for all e2e files. */
    browserWs: string;
    /** GnuPG home with the run's Curve25519 key (tests/e2e/formulier/opzet.ts). */
    gpgHome: string;
  }
}

/** The one Chromium of an e2e run; started by the global setup, its endpoint provided as `browserWs`. */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

function browserWs(): string | undefined {
  try {
    return inject('browserWs') || undefined;
  } catch {
    return undefined; // not in a vitest worker (e.g. `npm run bench`)
  }
}

/**
 * A browser for one test file: call it in beforeAll, close it in afterAll. Under vitest this connects to the
 * run's shared Chromium (a launch per file cost a second or more of a busy core each time); close() then
 * closes this file's contexts and the connection, not the browser. Elsewhere it launches its own.
 * Contexts never share cookies or storage either way.
 */
export function nieuweBrowser(): Promise<Browser> {
  const ws = browserWs();
  if (ws) return chromium.connect(ws);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface PaginaOpties {
  /** The site's origin (Site.url). Without it, the origin of the first request counts as the site's. */
  origin?: string;
  /** false: a browser without JavaScript (to test the no-JS fallbacks). */
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

export interface Pagina {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order (including blocked ones). */
  verzoeken: string[];
  /** URLs of script requests (classic, module, modulepreload), in order. */
  scripts: string[];
  /** Requests to another origin; they were aborted. Expect this to stay empty. */
  vreemd: string[];
  /** Console errors and uncaught exceptions (CSP violations show up here too). */
  fouten: string[];
  /** All Set-Cookie header values the site sent so far. */
  setCookies(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A browser context whose pages each record what they load (see Pagina). Opening a page in a context that
 * already exists costs a fraction of a new context, so a test that visits many pages of one site with the
 * same options shares one (the every-page test does). Pages of one context share cookies and storage: a
 * cookie set by one page shows in the next page's check too, which still fails the run.
 */
export interface Context {
  context: BrowserContext;
  open(): Promise<Pagina>;
  close(): Promise<void>;
}

export async function nieuweContext(browser: Browser, opties: PaginaOpties = {}): Promise<Context> {
  const context = await browser.newContext({
    javaScriptEnabled: opties.javaScript ?? true,
    viewport: opties.viewport ?? { width: 1280, height: 800 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  let origin = opties.origin ? new URL(opties.origin).origin : undefined;
  const vreemdPer = new Map<Page, string[]>();
  // Page-level routes (page.route) win over this one, so a test can stub e.g. the Snel weg target.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    origin ??= new URL(url).origin;
    if (new URL(url).origin === origin) return route.continue();
    let pagina: Page | undefined;
    try {
      pagina = route.request().frame().page();
    } catch {
      pagina = undefined; // a service worker or a request without a frame: count it for every page
    }
    for (const [p, lijst] of vreemdPer) if (!pagina || p === pagina) lijst.push(url);
    return route.abort('blockedbyclient');
  });

  async function open(): Promise<Pagina> {
    const verzoeken: string[] = [];
    const scripts: string[] = [];
    const vreemd: string[] = [];
    const fouten: string[] = [];
    const antwoorden: Response[] = [];
    const page = await context.newPage();
    vreemdPer.set(page, vreemd);
    page.on('request', (r) => {
      verzoeken.push(r.url());
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    page.on('response', (r) => antwoorden.push(r));
    page.on('console', (m) => {
      if (m.type() === 'error') fouten.push(m.text());
    });
    page.on('pageerror', (e) => fouten.push(e.message));
    return {
      context,
      page,
      verzoeken,
      scripts,
      vreemd,
      fouten,
      async setCookies() {
        const waarden = await Promise.all(antwoorden.map((r) => r.headerValue('set-cookie').catch(() => null)));
        return waarden.filter((w): w is string => w !== null);
      },
      close: async () => {
        vreemdPer.delete(page);
        await page.close();
      },
    };
  }
  return { context, open, close: () => context.close() };
}

/** A page in a context of its own (nothing shared with any other page). */
export async function nieuwePagina(browser: Browser, opties: PaginaOpties = {}): Promise<Pagina> {
  const c = await nieuweContext(browser, opties);
  const p = await c.open();
  return { ...p, close: () => c.close() };
}
