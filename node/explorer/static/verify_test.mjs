// Tests of verify.js, the explorer's in-browser proof verifier, run with
// Node's test runner (node --test node/explorer/static/verify_test.mjs).
//
// verify.js is a classic browser script: it is loaded here as a page loads
// it, after ethers' UMD bundle, into this realm (the pure parts and the
// verification) and into a fresh vm context with a small fake DOM (the
// page's wiring). ethers comes from node/explorer/static/ethers.umd.min.js
// when the explorer ships it, else from an npm install of testnet/
// explorer-js or testnet/wallet-js; without any, the tests skip, and fail
// in CI (CI set).
//
// The fixtures were made by node/anchor in Go. The verification of real
// proofs on a real chain runs when MIFM_VERIFYJS_CASES names a cases file,
// as node/explorer/verifyjs_test.go writes it (with MIFM_VERIFYJS_OUT, the
// file the outcomes go to, for Go to compare with its own Verifier's).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..", "..");
const ethersFile = [
  path.join(here, "ethers.umd.min.js"),
  path.join(repo, "testnet", "explorer-js", "node_modules", "ethers", "dist", "ethers.umd.min.js"),
  path.join(repo, "testnet", "wallet-js", "node_modules", "ethers", "dist", "ethers.umd.min.js"),
].find((f) => fs.existsSync(f));
if (!ethersFile && process.env.CI) {
  throw new Error("CI needs ethers' UMD bundle for verify.js: run npm ci in testnet/wallet-js (make wallet-js-deps)");
}
const skip = ethersFile ? false : "no ethers.umd.min.js here: run npm ci in testnet/wallet-js";
const verifySrc = fs.readFileSync(path.join(here, "verify.js"), "utf8");

// This realm: ethers, then verify.js, as a page's two script tags.
let mv;
if (ethersFile) {
  vm.runInThisContext(fs.readFileSync(ethersFile, "utf8"), { filename: ethersFile });
  vm.runInThisContext(verifySrc, { filename: "verify.js" });
  mv = globalThis.mifmVerify;
}

const hexOf = (b) => "0x" + Buffer.from(b).toString("hex");
const plain = (x) => JSON.parse(JSON.stringify(x, (k, v) => (typeof v === "bigint" ? v.toString() : v)));

// ---- pure parts, against node/anchor's answers ----

test("base32 is RFC 4648's, lower case, without padding", { skip }, () => {
  const vectors = { "": "", f: "my", fo: "mzxq", foo: "mzxw6", foob: "mzxw6yq", fooba: "mzxw6ytb", foobar: "mzxw6ytboi" };
  for (const [text, b32] of Object.entries(vectors)) {
    assert.equal(mv.base32Encode(new TextEncoder().encode(text)), b32);
    assert.equal(Buffer.from(mv.base32Decode(b32)).toString(), text);
  }
  for (const bad of ["m", "mzx", "MY", "my======", "m1", "mz"]) {
    assert.throws(() => mv.base32Decode(bad), /base32/, bad);
  }
});

test("CIDs decode as go-cid reads them", { skip }, () => {
  const raw = mv.decodeCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
  assert.equal(raw.version, 1);
  assert.equal(raw.codec, 0x55);
  assert.equal(raw.hash, 0x12);
  assert.equal(hexOf(raw.bytes), "0x01551220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(hexOf(raw.digest), "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const doc = mv.decodeCID("bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra");
  assert.equal(doc.codec, 0x0200);
  assert.equal(mv.encodeCID(doc.bytes), "bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra");
  for (const bad of ["", "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", "zb2rhe5P4gXftAwvA4eXQ5HJwsER2owDyS9sKaQRRVQPn93bA", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyk", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvykuaa"]) {
    assert.throws(() => mv.decodeCID(bad), /cid|base32/, bad);
  }
});

test("a document's CID is node/anchor's DocCID: CIDv1, json, sha2-256", { skip }, async () => {
  const cases = {
    '{"a":1}': ["bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra", "0x0180041220015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862"],
    "": ["bagaaiera4oymiquy7qobjgx36tejs35zeqt24qpemsnzgtfeswmrw6csxbkq", "0x0180041220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  };
  for (const [doc, [cid, bytes]] of Object.entries(cases)) {
    const got = await mv.docCID(new TextEncoder().encode(doc));
    assert.equal(hexOf(got), bytes);
    assert.equal(mv.encodeCID(got), cid);
  }
});

test("without crypto.subtle (plain http from another host) SHA-256 is ethers'", { skip }, async () => {
  const ctx = vm.createContext({ TextEncoder, TextDecoder });
  ctx.window = ctx.self = ctx;
  vm.runInContext(fs.readFileSync(ethersFile, "utf8"), ctx, { filename: ethersFile });
  vm.runInContext(verifySrc, ctx, { filename: "verify.js" });
  assert.equal(ctx.crypto, undefined);
  const got = await ctx.mifmVerify.docCID(vm.runInContext("Uint8Array", ctx).from(Buffer.from('{"a":1}')));
  assert.equal(ctx.mifmVerify.encodeCID(got), "bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra");
});

// A version document node/anchor signed and encoded, with what Go's
// encoding/json escapes and what it does not (<, >, &, U+2028, control
// characters; DEL and non-ASCII as they are), maps sorted by key.
const trickyDoc = "{\"type\":\"mifm-version/1\",\"subject\":\"content:a\\u003cb\\u003e\\u0026c\\\"d\\\\e\",\"seq\":2,\"prev\":\"bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra\",\"content\":{\"10\":\"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku\",\"9\":\"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku\",\"b.glb\":\"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku\"},\"state\":{\"note\":\"é😀\\u2028\\u2029\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\\u003c/script\\u003e\"},\"home\":\"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp\",\"author\":\"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp\",\"time\":\"2026-11-30T12:00:00Z\",\"sig\":\"eyJhbGciOiJFZERTQSIsImN0eSI6Im1pZm0tdmVyc2lvbiIsImtpZCI6ImRpZDprZXk6ejZNa2lUQnoxeW11ZXBBUTRIRUhZU0YxSDhxdUc1R0xWVlFSM2RqZFgzbURvb1dwI3o2TWtpVEJ6MXltdWVwQVE0SEVIWVNGMUg4cXVHNUdMVlZRUjNkamRYM21Eb29XcCIsInR5cCI6Im1pZm0tdmVyc2lvbitqd3QifQ.eyJkaWciOiJzaGEtMjU2PTpqeXhqTklBL1BVdzFsZ1lkK0kvazQ5cFozVldPcHNwcytKdXd4U0ZKME0wPToiLCJpc3MiOiJkaWQ6a2V5Ono2TWtpVEJ6MXltdWVwQVE0SEVIWVNGMUg4cXVHNUdMVlZRUjNkamRYM21Eb29XcCIsInNlcSI6Miwic3ViIjoiY29udGVudDphXHUwMDNjYlx1MDAzZVx1MDAyNmNcImRcXGUifQ.2yeJPLwy5-NiCRLHhErt8DMa6enUgILeiBy65oJ_MAYoX6qxbTCAS06Sd6cLLpxmONYZWoag164jwLSUzQX7AQ\"}";
const trickyCID = "bagaaiera7fxgh3muzebbnrhc3cgaukklillhgyhti5lsapfksfkhktwmsevq";

test("version documents are read as node/anchor's Decode reads them: canonical only", { skip }, async () => {
  const bytes = new TextEncoder().encode(trickyDoc);
  assert.equal(mv.encodeCID(await mv.docCID(bytes)), trickyCID);
  const v = mv.readDocument(bytes);
  assert.equal(v.subject, 'content:a<b>&c"d\\e');
  assert.equal(v.seq, 2);
  const bad = {
    "spaces": [trickyDoc.replace(",", ", "), /canonical/],
    "an unknown field": [trickyDoc.replace('{"type"', '{"x":1,"type"'), /unknown field "x"/],
    "trailing space": [trickyDoc + " ", /canonical/],
    "trailing data": [trickyDoc + "{}", /invalid version document/],
    "< not escaped": [trickyDoc.replace("\\u003c", "<"), /canonical/],
    "U+2028 not escaped": [trickyDoc.replace("\\u2028", "\u2028"), /canonical/],
    "keys out of order": [trickyDoc.replace('{"10":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","9"', '{"9":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","10"'), /canonical/],
    "an empty map": [trickyDoc.replace('"home"', '"state":{},"home"').replace(/,"state":\{"note":"[^}]*\}/, ""), /canonical/],
    "seq 2 without prev": [trickyDoc.replace(/,"prev":"[a-z0-9]+"/, ""), /only version 1 has no prev/],
    "seq 2.5": [trickyDoc.replace('"seq":2', '"seq":2.5'), /seq/],
    "another type": [trickyDoc.replace("mifm-version/1", "mifm-version/2"), /type/],
    "too large": ['{"type":"' + "a".repeat(16 << 10) + '"}', /at most 16384/],
  };
  for (const [name, [doc, want]] of Object.entries(bad)) {
    assert.notEqual(doc, trickyDoc, name);
    assert.throws(() => mv.readDocument(new TextEncoder().encode(doc)), want, name);
  }
  assert.throws(() => mv.readDocument(new Uint8Array([0x7b, 0xff, 0x7d])), /not UTF-8/);
});

test("leaves and paths are node/anchor/merkle's", { skip }, () => {
  const cid = mv.decodeCID("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku").bytes;
  const subjects = ["content:x", "content:y", "identity:did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"];
  const leaves = [
    "0x1fd3d85d69e5c369b8fbe5f1b9c17888b646a1583e948b8af786168d467abcb1",
    "0x199b2e8a4951e1909b50a1b390b180369cf48299cda19b56310e61f754b2157a",
    "0x546026983d0d6e692310cadbe7d628410964a61005216b71505682577155a7a5",
  ];
  subjects.forEach((s, i) => assert.equal(mv.leafHash(s, i + 1, cid), leaves[i]));
  assert.deepEqual(plain(mv.leafValue("content:x", 1, cid)), ["content:x", "1", "0x01551220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]);
  const root = "0x4b12c6e10eeb1202daa0e44e9504ab4810ca8a47f86409d0dfa11c2bd82753fc";
  assert.equal(mv.processProof(leaves[0], [leaves[1], leaves[2]]), root);
  assert.equal(mv.processProof(leaves[2], ["0x1c53a386d987eb8ec8f1b0162546aedd8fdfc9c7dbf89aa3c136de638bedd30d"]), root);
  assert.notEqual(mv.processProof(leaves[0], [leaves[2], leaves[1]]), root);
});

test("a malformed proof is refused before any check", { skip }, async () => {
  for (const [proof, want] of [
    [null, /not a JSON object/],
    [[], /not a JSON object/],
    [{ type: "mifm-anchor-proof/2", proof: [] }, /type/],
    [{ type: "mifm-anchor-proof/1", proof: Array(65).fill("0x" + "00".repeat(32)) }, /65 hashes/],
  ]) {
    const v = plain(await mv.verifyProof(proof, { rpc: "http://127.0.0.1:1/" }));
    assert.equal(v.ok, false);
    assert.equal(v.failed, "proof");
    assert.match(v.checks[0].detail, want);
  }
});

test("a proof without a document nor gateway fails at document", { skip }, async () => {
  const v = plain(await mv.verifyProof({ type: "mifm-anchor-proof/1", proof: [], cid: "bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra" }, {}));
  assert.equal(v.failed, "document");
  assert.match(v.checks[0].detail, /give a gateway/);
  const w = plain(await mv.verifyProof({ type: "mifm-anchor-proof/1", proof: [], cid: "bagaaieraafnl2724yv5c3wklowipaswybbbhhec64m7mltv6vzrco2ux7bra", document: '{"a":2}' }, {}));
  assert.equal(w.failed, "document");
  assert.match(w.checks[0].detail, /the document hashes to bagaaiera.*, not bagaaieraafnl2724/);
});

// ---- the page: a fake DOM with just what verify.js uses ----

class FakeElement {
  constructor(doc, tag, attrs = {}) {
    this.ownerDocument = doc;
    this.tagName = tag.toUpperCase();
    this.attrs = new Map(Object.entries(attrs));
    this.children = [];
    this.listeners = {};
    this.text = "";
    this.disabled = false;
    this.value = "";
  }
  getAttribute(n) { return this.attrs.has(n) ? this.attrs.get(n) : null; }
  setAttribute(n, v) { this.attrs.set(n, String(v)); }
  removeAttribute(n) { this.attrs.delete(n); }
  hasAttribute(n) { return this.attrs.has(n); }
  appendChild(c) { c.parentNode = this; this.children.push(c); return c; }
  removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; }
  get firstChild() { return this.children[0] || null; }
  get textContent() { return this.text + this.children.map((c) => c.textContent).join(""); }
  set textContent(t) { this.children = []; this.text = String(t); }
  get innerHTML() { throw new Error("innerHTML read"); }
  set innerHTML(v) { throw new Error("innerHTML written: " + v); }
  addEventListener(type, f) { (this.listeners[type] ||= []).push(f); }
  // dispatch calls the listeners and waits for what they return.
  async dispatch(type) {
    const ev = { type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    await Promise.all((this.listeners[type] || []).map((f) => f.call(this, ev)));
    return ev;
  }
  matches(sel) {
    return sel.split(",").some((one) => {
      const m = /^([a-z]*)((?:[#.][\w-]+|\[[\w-]+(?:=[\w-]+)?\])*)$/.exec(one.trim());
      if (!m) throw new Error("selector " + one);
      if (m[1] && m[1].toUpperCase() !== this.tagName) return false;
      for (const part of m[2].match(/[#.][\w-]+|\[[^\]]+\]/g) || []) {
        if (part[0] === "#" && this.getAttribute("id") !== part.slice(1)) return false;
        if (part[0] === "." && !(this.getAttribute("class") || "").split(/\s+/).includes(part.slice(1))) return false;
        if (part[0] === "[") {
          const [name, val] = part.slice(1, -1).split("=");
          if (!this.hasAttribute(name) || (val !== undefined && this.getAttribute(name) !== val)) return false;
        }
      }
      return true;
    });
  }
  querySelectorAll(sel) {
    const out = [];
    const walk = (el) => el.children.forEach((c) => { if (c.matches(sel)) out.push(c); walk(c); });
    walk(this);
    return out;
  }
  querySelector(sel) { return this.querySelectorAll(sel)[0] || null; }
}

class FakeDocument {
  constructor(readyState = "complete") {
    this.readyState = readyState;
    this.listeners = {};
    this.body = new FakeElement(this, "body");
  }
  createElement(tag) { return new FakeElement(this, tag); }
  addEventListener(type, f) { (this.listeners[type] ||= []).push(f); }
  querySelectorAll(sel) { return this.body.querySelectorAll(sel); }
  querySelector(sel) { return this.body.querySelector(sel); }
  getElementById(id) { return this.body.querySelector("#" + id); }
  el(parent, tag, attrs) { return parent.appendChild(new FakeElement(this, tag, attrs)); }
}

// page builds the explorer's markup: a proof section and the paste form.
function page(readyState) {
  const doc = new FakeDocument(readyState);
  const section = doc.el(doc.body, "section", { "data-proof": "http://explorer.test/proof/1.json", "data-rpc": "http://explorer.test/rpc/eip155:1337", "data-gateway": "" });
  const button = doc.el(section, "button", { class: "verify", hidden: "" });
  const out = doc.el(section, "output", { class: "verdict" });
  const list = doc.el(section, "ol", { class: "checks" });
  const form = doc.el(doc.body, "form", { id: "verify-form", method: "post", action: "/verify" });
  const input = doc.el(form, "textarea", { id: "proof-input" });
  const rpcInput = doc.el(form, "input", { id: "rpc-input" });
  const submit = doc.el(form, "button", { type: "submit" });
  const pasteOut = doc.el(form, "output", { id: "paste-verdict" });
  const pasteList = doc.el(form, "ol", { id: "paste-checks" });
  return { doc, section, button, out, list, form, input, rpcInput, submit, pasteOut, pasteList };
}

// context loads ethers and verify.js into a fresh global with doc as its
// document, as a browser does.
function context(doc, { withEthers = true, fetch } = {}) {
  const warnings = [];
  const ctx = vm.createContext({
    document: doc, location: { href: "http://explorer.test/version/1" },
    console: { warn: (m) => warnings.push(m), log() {}, error() {} },
    crypto: globalThis.crypto, fetch, TextEncoder, TextDecoder, AbortController, URL, setTimeout, clearTimeout,
  });
  ctx.window = ctx.self = ctx;
  if (withEthers) vm.runInContext(fs.readFileSync(ethersFile, "utf8"), ctx, { filename: ethersFile });
  vm.runInContext(verifySrc, ctx, { filename: "verify.js" });
  ctx.warnings = warnings;
  return ctx;
}

const verdict = (el) => ({ verdict: el.getAttribute("data-verdict"), text: el.textContent });
const items = (list) => list.children.map((li) => [li.tagName, li.getAttribute("data-check"), li.getAttribute("data-ok"), li.textContent]);

test("the page: the button shows on DOMContentLoaded and a click renders the checks", { skip }, async () => {
  const p = page("loading");
  const proof = { type: "mifm-anchor-proof/1", subject: "content:x", seq: 2, chain: "eip155:1337", block: 7, time: 1700000000, proof: [] };
  const fetched = [];
  const ctx = context(p.doc, {
    fetch: async (url, init) => {
      fetched.push([url, init.headers.Accept]);
      return new Response(JSON.stringify(proof), { status: 200 });
    },
  });
  assert.equal(p.button.hasAttribute("hidden"), true, "wired before DOMContentLoaded");
  await Promise.all(p.doc.listeners.DOMContentLoaded.map((f) => f()));
  assert.equal(p.button.hasAttribute("hidden"), false);

  let seen;
  let release;
  const gate = new Promise((r) => (release = r));
  ctx.mifmVerify.verifyProof = async (got, opts) => {
    seen = { proof: plain(got), rpc: opts.rpc, gateway: opts.gateway };
    await gate;
    return { ok: true, checks: [
      { name: "document", ok: true, detail: "carried by the proof, <b>hashes</b>" },
      { name: "signature", ok: null, detail: "checked by the explorer, not in this browser" },
      { name: "contract", ok: true, detail: "Anchor stores the root" },
    ] };
  };
  const clicked = p.button.dispatch("click");
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(p.button.disabled, true);
  assert.deepEqual(verdict(p.out), { verdict: "pending", text: "Verifying…" });
  release();
  await clicked;
  assert.deepEqual(fetched, [["http://explorer.test/proof/1.json", "application/json"]]);
  assert.deepEqual(seen, { proof, rpc: "http://explorer.test/rpc/eip155:1337", gateway: "" });
  assert.equal(p.button.disabled, false);
  assert.deepEqual(items(p.list), [
    ["LI", "document", "true", "document: carried by the proof, <b>hashes</b>"],
    ["LI", "signature", "skipped", "signature: checked by the explorer, not in this browser"],
    ["LI", "contract", "true", "contract: Anchor stores the root"],
  ]);
  assert.equal(p.out.getAttribute("data-verdict"), "verified");
  assert.match(p.out.textContent, /^Verified in this browser: version 2 of content:x is anchored on eip155:1337 in block 7 at 2023-11-14T22:13:20Z/);

  // A refusal, and a second click clears the first's checks.
  ctx.mifmVerify.verifyProof = async () => ({ ok: false, failed: "path", checks: [
    { name: "document", ok: true, detail: "d" },
    { name: "path", ok: false, detail: "the path of 2 hashes leads to 0x01, not the root 0x02" },
  ] });
  await p.button.dispatch("click");
  assert.deepEqual(items(p.list).map((i) => i[2]), ["true", "false"]);
  assert.deepEqual(verdict(p.out), { verdict: "refused", text: "Refused in this browser: the path check failed: the path of 2 hashes leads to 0x01, not the root 0x02" });
});

test("the page: a proof that cannot be fetched is refused", { skip }, async () => {
  const p = page("complete");
  context(p.doc, { fetch: async () => new Response("gone", { status: 404, statusText: "Not Found" }) });
  assert.equal(p.button.hasAttribute("hidden"), false, "wired at once when the page is already loaded");
  await p.button.dispatch("click");
  assert.deepEqual(verdict(p.out), { verdict: "refused", text: "Refused in this browser: fetch the proof: the server answers 404 Not Found" });
  assert.equal(p.list.children.length, 0);
});

test("the paste form: verified in the page, not posted; not JSON is refused", { skip }, async () => {
  const p = page("complete");
  const ctx = context(p.doc, { fetch: async () => { throw new Error("no fetch expected"); } });
  let seen;
  ctx.mifmVerify.verifyProof = async (got, opts) => {
    seen = { proof: plain(got), rpc: opts.rpc, gateway: opts.gateway };
    return { ok: true, checks: [{ name: "document", ok: true, detail: "ok" }] };
  };
  p.input.value = "{not json";
  let ev = await p.form.dispatch("submit");
  assert.equal(ev.defaultPrevented, true);
  assert.equal(p.pasteOut.getAttribute("data-verdict"), "refused");
  assert.match(p.pasteOut.textContent, /^Refused in this browser: the proof is not JSON: /);
  assert.equal(seen, undefined);

  // The RPC defaults to the explorer's relay of the proof's chain.
  p.input.value = JSON.stringify({ type: "mifm-anchor-proof/1", chain: "eip155:5", seq: 1, subject: "content:y", block: 3, time: 0, proof: [] });
  ev = await p.form.dispatch("submit");
  assert.equal(ev.defaultPrevented, true);
  assert.deepEqual(seen, { proof: JSON.parse(p.input.value), rpc: "/rpc/eip155:5", gateway: "" });
  assert.equal(p.pasteOut.getAttribute("data-verdict"), "verified");
  assert.deepEqual(items(p.pasteList), [["LI", "document", "true", "document: ok"]]);
  assert.equal(p.submit.disabled, false);

  p.rpcInput.value = " http://127.0.0.1:8545 ";
  await p.form.dispatch("submit");
  assert.equal(seen.rpc, "http://127.0.0.1:8545");
});

test("the page without ethers: the button stays hidden and the form posts", { skip }, async () => {
  const p = page("complete");
  const ctx = context(p.doc, { withEthers: false, fetch: async () => { throw new Error("no fetch expected"); } });
  assert.equal(p.button.hasAttribute("hidden"), true);
  assert.equal(p.form.listeners.submit, undefined);
  assert.match(ctx.warnings.join(), /ethers/);
});

// ---- real proofs on a real chain (node/explorer/verifyjs_test.go) ----

const casesFile = process.env.MIFM_VERIFYJS_CASES;
const outcomes = {};
if (casesFile) {
  const spec = JSON.parse(fs.readFileSync(casesFile, "utf8"));
  for (const c of spec.cases) {
    test(`chain: ${c.name}`, { skip }, async () => {
      const started = performance.now();
      const opts = { rpc: spec.rpc, gateway: c.gateway === undefined ? spec.gateway : c.gateway, anchorer: c.anchorer, anchorCodeHash: c.anchorCodeHash };
      const v = plain(await mv.verifyProof(c.proof, opts));
      outcomes[c.name] = { ...v, ms: Math.round(performance.now() - started) };
      if (c.want === "") {
        assert.equal(v.ok, true, JSON.stringify(v.checks, null, 1));
        assert.deepEqual(v.checks.map((x) => x.name), ["document", "fields", "signature", "leaf", "path", "chain", "transaction", "event", "block", "contract"]);
        for (const x of v.checks) assert.equal(x.ok, x.name === "signature" ? null : true, x.name);
      } else {
        assert.equal(v.ok, false);
        assert.equal(v.failed, c.want, JSON.stringify(v.checks, null, 1));
        assert.equal(v.checks.at(-1).name, c.want);
        assert.equal(v.checks.at(-1).ok, false);
      }
    });
  }
  // The page's own path: the section fetches the proof and verifies it.
  const genuine = spec.cases.find((c) => c.want === "");
  test("chain: the page verifies a genuine proof end to end", { skip }, async () => {
    const p = page("complete");
    p.section.setAttribute("data-rpc", spec.rpc);
    p.section.setAttribute("data-gateway", spec.gateway);
    context(p.doc, {
      fetch: (url, init) => (url === "http://explorer.test/proof/1.json" ? Promise.resolve(new Response(JSON.stringify(genuine.proof))) : fetch(url, init)),
    });
    await p.button.dispatch("click");
    assert.equal(p.out.getAttribute("data-verdict"), "verified", p.out.textContent);
    assert.deepEqual(items(p.list).map((i) => i[2]), ["true", "true", "skipped", "true", "true", "true", "true", "true", "true", "true"]);
  });
}

after(() => {
  if (process.env.MIFM_VERIFYJS_OUT) fs.writeFileSync(process.env.MIFM_VERIFYJS_OUT, JSON.stringify(outcomes, null, 1));
});
