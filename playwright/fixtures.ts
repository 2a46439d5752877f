import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { mkdirSync } from "node:fs";

/** The origin the app is served from; every request must stay on it. */
export function appOrigin(): string {
  return new URL(String(test.info().project.use.baseURL)).origin;
}

/** Network schemes that reach a server; `data:` and `blob:` never leave the page. */
const NETWORK = new Set(["http:", "https:", "ws:", "wss:"]);

/**
 * Watches a browser context and its pages. Every request of the context (pages, their workers,
 * WebSockets) to anywhere but `origin` is recorded and aborted, so nothing leaves even before the
 * test fails; console errors and uncaught exceptions of watched pages are recorded too. `check()`
 * fails the test if anything was. RouteLab works offline and sends nothing anywhere.
 */
export async function watchContext(
  context: BrowserContext,
  origin: string,
): Promise<{ watch(page: Page): void; check(): void; offsite: string[] }> {
  const errors: string[] = [];
  const offsite: string[] = [];
  const leaves = (raw: string) => {
    const url = new URL(raw);
    return (
      NETWORK.has(url.protocol) &&
      url.origin !==
        origin.replace(/^http/, url.protocol.startsWith("ws") ? "ws" : "http")
    );
  };
  const record = (raw: string) => {
    if (leaves(raw) && !offsite.includes(raw)) offsite.push(raw);
  };
  context.on("request", (r) => record(r.url()));
  await context.route(
    (url) => leaves(url.href),
    (route) => {
      record(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on("console", (m) => {
      // The abort above logs a console error of its own; the offsite list already names it.
      if (m.type() === "error" && !m.text().includes("ERR_BLOCKED_BY_CLIENT"))
        errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("websocket", (ws) => record(ws.url()));
    page.on("worker", (w) => record(w.url()));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  return {
    watch,
    offsite,
    check() {
      expect(offsite, `requests that left ${origin}`).toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
  };
}

/**
 * `lab` is the test's page, watched with its whole context: every page any spec opens goes through
 * `lab` or `openPage`, so every page is checked for requests leaving the app's origin. `openPage`
 * opens more watched pages: in the same browser context (another tab, sharing storage) or in a
 * fresh one (another person's browser).
 */
export const test = base.extend<{
  lab: Page;
  openPage: (where?: "same-context" | "fresh-context") => Promise<Page>;
}>({
  lab: async ({ page, context }, use) => {
    const watcher = await watchContext(context, appOrigin());
    watcher.watch(page);
    await use(page);
    watcher.check();
  },
  // Depends on `lab`, so the test's own context is always watched before a page opens in it.
  openPage: async ({ context, browser, lab: _lab }, use) => {
    const watchers = new Map<
      BrowserContext,
      Awaited<ReturnType<typeof watchContext>>
    >();
    const contexts: BrowserContext[] = [];
    await use(async (where = "same-context") => {
      const ctx =
        where === "same-context"
          ? context
          : await newContext(browser, contexts);
      // The test's own context is watched by `lab`; a fresh one gets a watcher of its own.
      if (ctx !== context && !watchers.has(ctx))
        watchers.set(ctx, await watchContext(ctx, appOrigin()));
      const page = await ctx.newPage();
      watchers.get(ctx)?.watch(page);
      return page;
    });
    for (const w of watchers.values()) w.check();
    for (const c of contexts) await c.close();
  },
});

async function newContext(
  browser: Browser,
  contexts: BrowserContext[],
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  contexts.push(ctx);
  return ctx;
}

export { expect };

/** Screenshots for people to look at; the folder is gitignored. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync("playwright/screenshots", { recursive: true });
  await page.screenshot({ path: `playwright/screenshots/${name}.png` });
}
