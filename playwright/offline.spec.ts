import type { Page } from "@playwright/test";
import { appOrigin, expect, test, watchContext } from "./fixtures";

/** Asks the page, then a worker it starts, to fetch `url`; says whether the fetch got an answer. */
async function fetchFrom(
  page: Page,
  url: string,
): Promise<{ page: string; worker: string }> {
  return page.evaluate(async (u) => {
    const outcome = (p: Promise<unknown>) =>
      p.then(
        () => "answered",
        () => "blocked",
      );
    const fromPage = await outcome(
      fetch(`${u}/from-page`, { mode: "no-cors" }),
    );
    const source = `fetch(${JSON.stringify(`${u}/from-worker`)}, { mode: 'no-cors' }).then(() => postMessage('answered'), () => postMessage('blocked'))`;
    const worker = new Worker(
      URL.createObjectURL(new Blob([source], { type: "text/javascript" })),
    );
    const fromWorker = await new Promise<string>(
      (resolve) =>
        (worker.onmessage = (e: MessageEvent<string>) => resolve(e.data)),
    );
    worker.terminate();
    return { page: fromPage, worker: fromWorker };
  }, url);
}

// The check every spec relies on must be able to fail: here it is pointed at requests that leave.
test("the offline watcher blocks and reports requests to another origin, from a page and from its worker", async ({
  browser,
}) => {
  const origin = appOrigin();
  const context = await browser.newContext({ baseURL: origin });
  const watcher = await watchContext(context, origin);
  const page = await context.newPage();
  await page.goto("/");
  await expect(
    page.getByRole("button", { name: "Examples", exact: true }),
  ).toBeVisible();
  // The app itself, loaded and analysed, asked for nothing elsewhere.
  expect(watcher.offsite).toEqual([]);
  expect(() => watcher.check()).not.toThrow();

  // Same host, another port, is another origin; so is another host.
  const port = Number(new URL(origin).port);
  const elsewhere = [`http://127.0.0.1:${port + 1}`, "http://example.com"];
  for (const url of elsewhere)
    expect(await fetchFrom(page, url)).toEqual({
      page: "blocked",
      worker: "blocked",
    });
  expect(watcher.offsite.sort()).toEqual(
    elsewhere.flatMap((u) => [`${u}/from-page`, `${u}/from-worker`]).sort(),
  );
  expect(() => watcher.check()).toThrow(/requests that left/);
  await context.close();
});
