// browse.mjs opens pages in Debian's headless Chromium through
// puppeteer-core, as an auditor's browser does, runs a few user actions on
// each, and reports what the page shows: its title, HTTP status and
// structure (headings, data-* marked elements, labels… in document order),
// its console errors and failed requests, and, on request, axe-core's WCAG
// 2 A and AA violations. It reads one JSON object on stdin:
//
//   {"chromium": "/usr/bin/chromium",            optional: MIFM_CHROMIUM, else /usr/bin/chromium
//    "screenshots": "/abs/dir",                   optional: DIR/NAME.png and DIR/NAME.structure.json
//    "pages": [{"name": "sword", "url": "http://127.0.0.1:PORT/…",
//               "javascript": true,               optional, true by default
//               "timeoutMs": 30000,               optional: the page's navigations
//               "actions": [{"click": "CSS"} | {"waitFor": "CSS"} | {"fill": "CSS", "value": "text"} | {"submit": "CSS"}, …],
//               "structure": ["h1", "[data-kind]", …], optional: DEFAULT_STRUCTURE
//               "axe": true}, …]}
//   -> {"browser": "Chrome/…", "axe": "4.x.y",
//       "pages": [{"name", "url", "javascript", "title", "status",
//                  "structure": [{"selector", "tag", "text", "attrs": {…}}, …],
//                  "consoleErrors": ["…"], "failedRequests": [{"url", "method", "status", "error"}],
//                  "axeRan": true, "violations": [{"id", "impact", "help", "nodes", "targets"}],
//                  "axeSkipped": "…", "screenshot": "/abs/dir/NAME.png", "error": "…"}, …]}
//
// The README says what each field means. A page that fails (a URL that does
// not load, an action whose selector never appears) has "error" and the
// script goes on with the next page; it exits 1 only for a request it
// cannot read or a browser that will not start.
import { access, constants, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";

function fail(reason) {
  process.stderr.write(`browse.mjs: ${reason}\n`);
  process.exit(1);
}

process.on("uncaughtException", (e) => fail(e?.stack ?? String(e)));
process.on("unhandledRejection", (e) => fail(e?.stack ?? String(e)));

const DEFAULT_STRUCTURE = ["h1", "h2", "h3", "[data-kind]", "[data-verdict]", "[data-check]", "table caption", "label", "a[data-tx]"];
// What axe runs: WCAG 2.0 level A and AA rules, color-contrast among them.
const AXE_TAGS = ["wcag2a", "wcag2aa"];
const NAVIGATION_MS = 30000;
const WAIT_FOR_MS = 30000;
const ACTION_MS = 10000;
// After a navigation or an action, the page is taken as settled when no
// request has been in flight for IDLE_MS, or after SETTLE_MS whatever its
// requests (a page that polls, or holds a stream open, is never idle).
const IDLE_MS = 250;
const SETTLE_MS = 5000;
const TEXT_MAX = 500;
const ACTIONS = ["click", "waitFor", "fill", "submit"];

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isSelector = (v) => typeof v === "string" && v.trim() !== "";
const isTimeout = (v) => v === undefined || (Number.isInteger(v) && v > 0);

// request reads and checks stdin; anything wrong is the caller's mistake,
// and fails the whole run before a browser starts.
async function request() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  let req;
  try {
    req = JSON.parse(input);
  } catch {
    fail("stdin is not one JSON object");
  }
  if (!isObject(req)) fail("stdin is not one JSON object");
  // A field misspelt would otherwise be a default silently taken.
  const unknown = (obj, where, known) => {
    for (const k of Object.keys(obj)) if (!known.includes(k)) fail(`${where}: unknown field ${JSON.stringify(k)}`);
  };
  unknown(req, "request", ["chromium", "screenshots", "pages"]);
  if (req.chromium !== undefined && (typeof req.chromium !== "string" || req.chromium === "")) fail("chromium: want the path of an executable");
  if (req.screenshots !== undefined && (typeof req.screenshots !== "string" || !isAbsolute(req.screenshots))) {
    fail(`screenshots ${JSON.stringify(req.screenshots)}: want an absolute path`);
  }
  if (!Array.isArray(req.pages) || req.pages.length === 0) fail("pages: want a non-empty array");
  const names = new Set();
  req.pages.forEach((p, i) => {
    const where = `pages[${i}]`;
    if (!isObject(p)) fail(`${where}: want an object`);
    unknown(p, where, ["name", "url", "javascript", "timeoutMs", "actions", "structure", "axe"]);
    // The name is a file name of the screenshots: a plain one.
    if (typeof p.name !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p.name)) fail(`${where}.name ${JSON.stringify(p.name)}: want letters, digits, '.', '_' or '-'`);
    if (names.has(p.name)) fail(`${where}.name ${JSON.stringify(p.name)}: two pages have it`);
    names.add(p.name);
    let url;
    try {
      url = new URL(p.url);
    } catch {
      fail(`${where}.url ${JSON.stringify(p.url)}: not a URL`);
    }
    if (!["http:", "https:", "file:", "data:", "about:"].includes(url.protocol)) fail(`${where}.url ${JSON.stringify(p.url)}: want http, https, file, data or about`);
    if (p.javascript !== undefined && typeof p.javascript !== "boolean") fail(`${where}.javascript: want true or false`);
    if (p.axe !== undefined && typeof p.axe !== "boolean") fail(`${where}.axe: want true or false`);
    if (!isTimeout(p.timeoutMs)) fail(`${where}.timeoutMs: want a positive integer`);
    if (p.structure !== undefined && (!Array.isArray(p.structure) || !p.structure.every(isSelector))) fail(`${where}.structure: want an array of CSS selectors`);
    if (p.actions !== undefined && !Array.isArray(p.actions)) fail(`${where}.actions: want an array`);
    (p.actions ?? []).forEach((a, j) => {
      const at = `${where}.actions[${j}]`;
      if (!isObject(a)) fail(`${at}: want an object`);
      const kinds = ACTIONS.filter((k) => a[k] !== undefined);
      if (kinds.length !== 1) fail(`${at}: want exactly one of ${ACTIONS.join(", ")}, found ${kinds.length}`);
      if (!isSelector(a[kinds[0]])) fail(`${at}.${kinds[0]}: want a CSS selector`);
      unknown(a, at, [kinds[0], "timeoutMs", ...(kinds[0] === "fill" ? ["value"] : [])]);
      if (kinds[0] === "fill" && a.value !== undefined && typeof a.value !== "string") fail(`${at}.value: want a string`);
      if (!isTimeout(a.timeoutMs)) fail(`${at}.timeoutMs: want a positive integer`);
    });
  });
  return req;
}

// chromiumPath is the executable to launch, which must be there.
async function chromiumPath(req) {
  const path = req.chromium ?? (process.env.MIFM_CHROMIUM || "/usr/bin/chromium");
  try {
    await access(path, constants.X_OK);
  } catch (e) {
    fail(`no Chromium at ${path} (${e.code}): install Debian's chromium (apt-get install chromium), or set MIFM_CHROMIUM to a Chromium executable`);
  }
  return path;
}

// launch starts the browser with a new empty profile. A start that fails is
// tried once more, then fails the run; Chromium's own output (dumpio) is on
// stderr above the reason.
async function launch(executablePath, profile) {
  const options = {
    executablePath,
    headless: true, // puppeteer adds --headless=new (with --hide-scrollbars --mute-audio)
    pipe: true, // DevTools over a pipe: no port is opened
    dumpio: true,
    protocolTimeout: 120000,
    defaultViewport: { width: 1280, height: 800 },
    // Without the background-networking flags Chromium keeps trying hosts a
    // closed network refuses; puppeteer sets several of them too.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
    ],
  };
  // Loaded here, not at the top: a request refused is refused at once.
  const { default: puppeteer } = await import("puppeteer-core");
  let first;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await puppeteer.launch(options);
    } catch (e) {
      first ??= e;
    }
  }
  throw new Error(`launch ${executablePath}: ${first?.message ?? first}; is it a working Chromium? (apt-get install chromium installs Debian's)`);
}

// settle waits, a bounded time, for the page's requests to end.
async function settle(page) {
  await page.waitForNetworkIdle({ idleTime: IDLE_MS, timeout: SETTLE_MS }).catch(() => {});
}

// mayNavigate runs act, which may start a navigation of the main frame (a
// form submitted, a link followed, a script that sets location), and waits
// for that navigation's load when it does.
async function mayNavigate(page, timeout, act) {
  let started = false;
  const onRequest = (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) started = true;
  };
  const stop = new AbortController();
  page.on("request", onRequest);
  const navigation = page
    .waitForNavigation({ waitUntil: "load", timeout, signal: stop.signal, ignoreSameDocumentNavigation: true })
    .then(() => null, (e) => e);
  try {
    await act();
    // The navigation's request starts a moment after the click: settle
    // sees it in flight.
    await settle(page);
    if (started) {
      const e = await navigation;
      if (e) throw new Error(`the navigation it started did not load: ${e.message}`);
      await settle(page);
    }
  } finally {
    page.off("request", onRequest);
    stop.abort();
  }
}

// act runs one action; its selector must appear within the action's time.
async function act(page, action, pageTimeout) {
  const kind = ACTIONS.find((k) => action[k] !== undefined);
  const selector = action[kind];
  const timeout = action.timeoutMs ?? (kind === "waitFor" ? WAIT_FOR_MS : ACTION_MS);
  let el;
  try {
    el = await page.waitForSelector(selector, { timeout });
  } catch (e) {
    if (e?.name === "TimeoutError") throw new Error(`selector ${JSON.stringify(selector)} did not appear within ${timeout} ms`);
    throw new Error(`selector ${JSON.stringify(selector)}: ${e.message}`);
  }
  switch (kind) {
    case "waitFor":
      return;
    case "click":
      return mayNavigate(page, pageTimeout, () => el.click());
    case "fill": {
      const tag = await el.evaluate((e) => e.localName);
      if (tag === "select") {
        await el.select(action.value ?? "");
        return;
      }
      // Cleared, then typed key by key, as a user does: the page's input
      // and change handlers see the keys.
      await el.evaluate((e) => {
        if ("value" in e) e.value = "";
        else e.textContent = "";
      });
      await el.type(action.value ?? "");
      return;
    }
    case "submit":
      // requestSubmit, as the form's submit button does: constraint
      // validation and the submit event first.
      return mayNavigate(page, pageTimeout, () =>
        el.evaluate((e) => {
          const form = e instanceof HTMLFormElement ? e : e.form;
          if (!form) throw new Error(`<${e.localName}> is not a form nor in one`);
          form.requestSubmit(e instanceof HTMLFormElement || e.type !== "submit" ? undefined : e);
        }),
      );
  }
}

// structure lists, in document order, each element that matches any of
// selectors, once, with the first selector it matches.
async function structure(page, selectors) {
  const got = await page.evaluate(
    (selectors, max) => {
      for (const s of selectors) {
        try {
          document.querySelector(s);
        } catch {
          return { bad: s };
        }
      }
      const elements = [];
      for (const el of document.querySelectorAll(selectors.join(","))) {
        const attrs = {};
        for (const a of el.attributes) {
          if (a.name.startsWith("data-") || a.name === "id") attrs[a.name] = a.value;
        }
        if (el.localName === "a" && el.hasAttribute("href")) attrs.href = el.getAttribute("href");
        const text = (el.innerText ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
        elements.push({
          selector: selectors.find((s) => el.matches(s)),
          tag: el.localName,
          text: Array.from(text).slice(0, max).join(""),
          attrs,
        });
      }
      return { elements };
    },
    selectors,
    TEXT_MAX,
  );
  if (got.bad !== undefined) throw new Error(`structure selector ${JSON.stringify(got.bad)} is not valid CSS`);
  return got.elements;
}

// axe runs axe-core over the page as it is. axe needs script execution (its
// run is asynchronous), so on a page loaded with JavaScript off it is turned
// on for the run alone, after the structure and screenshot were taken: the
// page's own scripts, skipped at parse time, do not run then, and the
// document axe checks is the one a browser without JavaScript shows. It is
// evaluated through DevTools rather than added as a <script>, so that a
// page's Content-Security-Policy cannot block it and the DOM gets no node.
async function axe(page, javascript, source) {
  if (!javascript) await page.setJavaScriptEnabled(true);
  try {
    await page.evaluate(source);
    return await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 5).map((n) => n.target.flat(Infinity).join(" ")),
      }));
    }, AXE_TAGS);
  } finally {
    if (!javascript) await page.setJavaScriptEnabled(false);
  }
}

// The browser asks for /favicon.ico by itself; its 404 is not the page's.
const isFavicon = (url) => {
  try {
    return new URL(url).pathname === "/favicon.ico";
  } catch {
    return false;
  }
};

async function visit(browser, spec, shots, axeSource) {
  const javascript = spec.javascript ?? true;
  const timeout = spec.timeoutMs ?? NAVIGATION_MS;
  const result = { name: spec.name, url: spec.url, javascript, title: "", status: 0, structure: [], consoleErrors: [], failedRequests: [] };
  const fault = (what, e) => {
    result.error ??= `page ${JSON.stringify(spec.name)}: ${what}: ${e?.message ?? e}`;
  };
  // Each page in a context of its own: no cookie or storage of another.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on("console", (m) => {
      if (m.type() !== "error") return;
      const url = m.location()?.url ?? "";
      let text = m.text();
      if (text.startsWith("Failed to load resource")) {
        if (isFavicon(url)) return;
        if (url) text += ` (${url})`;
      }
      result.consoleErrors.push(text);
    });
    page.on("pageerror", (e) => result.consoleErrors.push(e?.message ?? String(e)));
    page.on("requestfailed", (r) => {
      if (!isFavicon(r.url())) result.failedRequests.push({ url: r.url(), method: r.method(), status: 0, error: r.failure()?.errorText ?? "failed" });
    });
    page.on("response", (r) => {
      const req = r.request();
      // The main frame's document, the last of a redirect chain last.
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) result.status = r.status();
      if (r.status() >= 400 && !isFavicon(r.url())) result.failedRequests.push({ url: r.url(), method: req.method(), status: r.status(), error: "" });
    });
    await page.setJavaScriptEnabled(javascript);

    try {
      await page.goto(spec.url, { waitUntil: "load", timeout });
      await settle(page);
    } catch (e) {
      fault(`open ${spec.url}`, e);
      return result;
    }
    for (const [i, a] of (spec.actions ?? []).entries()) {
      try {
        await act(page, a, timeout);
      } catch (e) {
        fault(`action ${i + 1} ${JSON.stringify(a)}`, e);
        break;
      }
    }
    // What the page shows is taken after a failed action too, to see why.
    try {
      result.url = page.url();
      result.title = await page.title();
      result.structure = await structure(page, spec.structure ?? DEFAULT_STRUCTURE);
    } catch (e) {
      fault("read the page", e);
    }
    if (shots) {
      try {
        const png = join(shots, `${spec.name}.png`);
        await page.screenshot({ path: png, fullPage: true });
        await writeFile(join(shots, `${spec.name}.structure.json`), JSON.stringify(result.structure, null, 2) + "\n");
        result.screenshot = png;
      } catch (e) {
        fault("save the screenshot", e);
      }
    }
    if (spec.axe) {
      if (result.error) {
        result.axeRan = false;
        result.axeSkipped = "the page failed before axe ran";
      } else {
        try {
          result.violations = await axe(page, javascript, axeSource);
          result.axeRan = true;
        } catch (e) {
          result.axeRan = false;
          result.axeSkipped = `axe failed: ${e?.message ?? e}`;
          fault("run axe", e);
        }
      }
    }
    return result;
  } catch (e) {
    fault("browser", e);
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

const req = await request();
const executablePath = await chromiumPath(req);
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const axeSource = await readFile(axePath, "utf8");
const axeVersion = JSON.parse(await readFile(join(axePath, "..", "package.json"), "utf8")).version;
if (req.screenshots) {
  try {
    await mkdir(req.screenshots, { recursive: true });
  } catch (e) {
    fail(`screenshots ${req.screenshots}: ${e.message}`);
  }
}

const profile = await mkdtemp(join(tmpdir(), "mifm-explorer-js-"));
let answer;
try {
  let browser;
  try {
    browser = await launch(executablePath, profile);
  } catch (e) {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    fail(e.message);
  }
  try {
    const pages = [];
    for (const spec of req.pages) pages.push(await visit(browser, spec, req.screenshots, axeSource));
    answer = { browser: await browser.version(), axe: axeVersion, pages };
  } finally {
    await browser.close().catch(() => {});
  }
} finally {
  await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
}
process.stdout.write(JSON.stringify(answer) + "\n");
// A navigation wait that was given up may still hold a timer.
process.exit(0);
