// verify.js: checks a mifm anchored-version proof ("mifm-anchor-proof/1")
// in the browser, so that an auditor takes the verdict from the chain and
// IPFS and from no server of ours. It mirrors node/anchor's Verifier.Verify
// check by check, with the same names and in the same order: document,
// fields, signature, leaf, path, chain, transaction, event, block, contract.
// The one check it does not run is the signature (DID resolution and JWS
// algorithms): it reports it with ok = null, checked by the explorer.
//
// A classic script, no build step and no modules: it runs after
// ethers.umd.min.js has defined the global `ethers` (v6), and exports
// window.mifmVerify (globalThis.mifmVerify outside a browser).
//
// The page's contract (the explorer's templates):
//
//   <section data-proof="/proof/…" data-rpc="/rpc/eip155:1337" data-gateway="">
//     <button class="verify" hidden>…</button>
//     <output class="verdict"></output>
//     <ol class="checks"></ol>
//   </section>
//
//   <form id="verify-form" method="post" …>
//     <textarea id="proof-input"></textarea>
//     <input id="rpc-input"> <input id="gateway-input">   (both optional)
//     <output id="paste-verdict"></output> <ol id="paste-checks"></ol>
//   </form>
//
// data-gateway may be empty: the page's own origin. Without JavaScript (or
// without ethers) the button stays hidden and the form posts to the server,
// which verifies the proof in Go.
(function (global) {
  "use strict";

  var PROOF_TYPE = "mifm-anchor-proof/1";
  var DOC_TYPE = "mifm-version/1";
  var LEAF_ENCODING = ["string", "uint256", "bytes"];
  var MAX_PROOF_FILE = 1 << 20;
  var MAX_DOCUMENT = 16 << 10;
  var MAX_PATH = 64;
  var CODEC_JSON = 0x0200;
  var SHA2_256 = 0x12;
  var TIMEOUT_MS = 15000;
  // keccak256 of the Anchor contract's runtime code (contracts/src/anchor/
  // Anchor.sol as built, contracts.AnchorCodeHash in Go): the contract
  // check refuses an address holding any other code, as Go's does. The Go
  // test node/explorer/verifyjs_test.go keeps this equal to the build's.
  var ANCHOR_CODE_HASH = "0x5a6b77a36ef6fd1ef3773f21f0f484ad69b29354e08843c683e764ac8d47ef3a";
  var ANCHOR_ABI = [
    "event Anchored(address indexed anchorer, uint64 indexed batch, bytes32 indexed root, uint32 leaves, bytes manifest)",
    "function anchored(address anchorer, bytes32 root) view returns (uint64 blockNumber, uint64 timestamp, uint32 leaves, uint64 batch)",
    "function verifyVersion(address anchorer, bytes32 root, bytes32[] proof, string subject, uint256 seq, bytes cid) view returns (bool)",
  ];
  var SIGNATURE_SKIPPED = "checked by the explorer, not in this browser";

  function lib() {
    var e = global.ethers;
    if (!e || !e.AbiCoder || !e.keccak256) {
      throw new Error("ethers v6 is not loaded (ethers.umd.min.js must come before verify.js)");
    }
    return e;
  }

  // ---- base32 (RFC 4648, lower case, no padding) and CIDs ----

  var B32 = "abcdefghijklmnopqrstuvwxyz234567";

  function base32Decode(s) {
    if (typeof s !== "string") throw new Error("base32: not a string");
    var out = new Uint8Array(Math.floor((s.length * 5) / 8));
    var bits = 0, value = 0, n = 0;
    for (var i = 0; i < s.length; i++) {
      var d = B32.indexOf(s[i]);
      if (d < 0) throw new Error("base32: " + JSON.stringify(s[i]) + " at " + i + " is not a lower-case base32 digit");
      value = ((value << 5) | d) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (value >> bits) & 0xff;
      }
    }
    if (bits >= 5) throw new Error("base32: " + s.length + " digits is not a whole number of bytes");
    if ((value & ((1 << bits) - 1)) !== 0) throw new Error("base32: the last digit has bits set past the end");
    return out;
  }

  function base32Encode(bytes) {
    var out = "", bits = 0, value = 0;
    for (var i = 0; i < bytes.length; i++) {
      value = ((value << 8) | bytes[i]) & 0xffff;
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out += B32[(value >> bits) & 31];
      }
    }
    if (bits > 0) out += B32[(value << (5 - bits)) & 31];
    return out;
  }

  function varint(n) {
    var out = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
    return out;
  }

  function readVarint(b, at) {
    var n = 0, mul = 1;
    for (var i = at; i < b.length && i < at + 8; i++) {
      n += (b[i] & 0x7f) * mul;
      if ((b[i] & 0x80) === 0) {
        if (i > at && b[i] === 0) throw new Error("a varint is not minimal");
        return [n, i + 1];
      }
      mul *= 128;
    }
    throw new Error("a varint runs past the end");
  }

  // decodeCID reads a CIDv1 in base32 ('b…'), the only form mifm writes:
  // {version, codec, hash, digest, bytes}.
  function decodeCID(s) {
    if (typeof s !== "string" || s.length < 2) throw new Error("cid " + JSON.stringify(s) + ": empty");
    if (s[0] !== "b") {
      throw new Error("cid " + JSON.stringify(s) + ": only CIDv1 in base32 ('b…') is read here");
    }
    var bytes = base32Decode(s.slice(1));
    var r = readVarint(bytes, 0);
    if (r[0] !== 1) throw new Error("cid " + JSON.stringify(s) + ": version " + r[0] + ", want 1");
    var c = readVarint(bytes, r[1]);
    var h = readVarint(bytes, c[1]);
    var l = readVarint(bytes, h[1]);
    if (l[1] + l[0] !== bytes.length) throw new Error("cid " + JSON.stringify(s) + ": the multihash's length is not its digest's");
    return { version: 1, codec: c[0], hash: h[0], digest: bytes.slice(l[1]), bytes: bytes };
  }

  function encodeCID(bytes) {
    return "b" + base32Encode(bytes);
  }

  async function sha256(bytes) {
    var subtle = global.crypto && global.crypto.subtle;
    if (subtle) return new Uint8Array(await subtle.digest("SHA-256", bytes));
    // Outside a secure context (a page over plain http from another host)
    // there is no crypto.subtle: ethers' own SHA-256 does the same.
    return lib().getBytes(lib().sha256(bytes));
  }

  // docCID is the CID of a version document's bytes: CIDv1, codec json
  // (0x0200), sha2-256; its binary form.
  async function docCID(bytes) {
    var digest = await sha256(bytes);
    var head = [1].concat(varint(CODEC_JSON), [SHA2_256, digest.length]);
    var out = new Uint8Array(head.length + digest.length);
    out.set(head, 0);
    out.set(digest, head.length);
    return out;
  }

  function equalBytes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function hex(bytes) {
    var s = "0x";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }

  // ---- the leaf and the path ----

  // leafValue is the version's values in its batch tree, as Go's Leaf.
  function leafValue(subject, seq, cidBytes) {
    return [subject, String(seq), hex(cidBytes)];
  }

  // leafHash is keccak256(keccak256(abi.encode(subject, seq, cid))).
  function leafHash(subject, seq, cidBytes) {
    var e = lib();
    var enc = e.AbiCoder.defaultAbiCoder().encode(LEAF_ENCODING, [subject, BigInt(seq), cidBytes]);
    return e.keccak256(e.keccak256(enc));
  }

  // processProof hashes leaf up the path, each pair sorted ascending.
  function processProof(leaf, path) {
    var e = lib();
    var h = leaf.toLowerCase();
    for (var i = 0; i < path.length; i++) {
      var p = path[i].toLowerCase();
      h = h < p ? e.keccak256(e.concat([h, p])) : e.keccak256(e.concat([p, h]));
    }
    return h;
  }

  // ---- the proof's fields ----

  function hash32(v, name) {
    if (typeof v !== "string" || !/^0x[0-9a-fA-F]{64}$/.test(v)) throw new Error(name + " " + JSON.stringify(v) + " is not a 32-byte 0x hash");
    return v.toLowerCase();
  }

  function address(v, name) {
    if (typeof v !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(v)) throw new Error(name + " " + JSON.stringify(v) + " is not a 0x address");
    return lib().getAddress(v.toLowerCase());
  }

  function uint(v, name) {
    if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
    if (typeof v === "string" && /^(0|[1-9][0-9]{0,19})$/.test(v)) return BigInt(v);
    throw new Error(name + " " + JSON.stringify(v) + " is not an unsigned integer");
  }

  function quantity(v, name) {
    if (typeof v !== "string" || !/^0x[0-9a-fA-F]+$/.test(v)) throw new Error("the endpoint's " + name + " " + JSON.stringify(v) + " is not a quantity");
    return BigInt(v);
  }

  function message(err) {
    return err && err.message ? err.message : String(err);
  }

  // ---- the version document ----

  // goString is s as Go's encoding/json writes it: <, > and & escaped
  // (\u003c…), as are U+2028 and U+2029 and control characters.
  function goString(s) {
    var out = '"';
    for (var i = 0; i < s.length; i++) {
      var c = s[i], n = s.charCodeAt(i);
      if (c === '"' || c === "\\") out += "\\" + c;
      else if (n === 8) out += "\\b";
      else if (n === 12) out += "\\f";
      else if (n === 10) out += "\\n";
      else if (n === 13) out += "\\r";
      else if (n === 9) out += "\\t";
      else if (n < 0x20 || c === "<" || c === ">" || c === "&" || n === 0x2028 || n === 0x2029) out += "\\u" + ("000" + n.toString(16)).slice(-4);
      else out += c;
    }
    return out + '"';
  }

  var VERSION_FIELDS = ["type", "subject", "seq", "prev", "content", "state", "home", "author", "time", "sig"];

  // canonical is the version's JSON as Go's json.Marshal writes a Version:
  // its fields in order without spaces, empty ones left out where Go
  // leaves them out, maps sorted by key.
  function canonical(v) {
    function str(name) {
      var x = v[name];
      if (x === undefined) return "";
      if (typeof x !== "string") throw new Error("invalid version document: " + name + " is not a string");
      return x;
    }
    function map(name) {
      var x = v[name];
      if (x === undefined || x === null) return "";
      if (typeof x !== "object" || Array.isArray(x)) throw new Error("invalid version document: " + name + " is not an object");
      var keys = Object.keys(x).sort();
      if (keys.length === 0) return "";
      return ',"' + name + '":{' + keys.map(function (k) {
        if (typeof x[k] !== "string") throw new Error("invalid version document: " + name + " " + JSON.stringify(k) + " is not a string");
        return goString(k) + ":" + goString(x[k]);
      }).join(",") + "}";
    }
    var out = '{"type":' + goString(str("type")) + ',"subject":' + goString(str("subject")) + ',"seq":' + String(v.seq === undefined ? 0 : v.seq);
    if (str("prev")) out += ',"prev":' + goString(str("prev"));
    out += map("content") + map("state");
    out += ',"home":' + goString(str("home")) + ',"author":' + goString(str("author")) + ',"time":' + goString(str("time"));
    if (str("sig")) out += ',"sig":' + goString(str("sig"));
    return out + "}";
  }

  // readDocument reads a version document as Go's Decode does: bounded,
  // strict, and only in its canonical form. (The rest of Go's Check, the
  // subject's, CIDs' and DIDs' syntax, is left to the explorer.)
  function readDocument(bytes) {
    if (bytes.length > MAX_DOCUMENT) throw new Error("invalid version document: " + bytes.length + " bytes, at most " + MAX_DOCUMENT);
    var text, v;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (err) {
      throw new Error("invalid version document: not UTF-8");
    }
    try {
      v = JSON.parse(text);
    } catch (err) {
      throw new Error("invalid version document: " + message(err));
    }
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("invalid version document: not a JSON object");
    for (var k in v) {
      if (VERSION_FIELDS.indexOf(k) < 0) throw new Error("invalid version document: unknown field " + JSON.stringify(k));
    }
    if (v.seq !== undefined && !(Number.isSafeInteger(v.seq) && v.seq >= 0)) throw new Error("invalid version document: seq " + JSON.stringify(v.seq) + " is not an unsigned integer");
    var again = canonical(v);
    if (v.type !== DOC_TYPE) throw new Error("invalid version document: type " + JSON.stringify(v.type) + ", want " + JSON.stringify(DOC_TYPE));
    if (typeof v.subject !== "string" || !/^[a-z]+:[\x21-\x7e]+$/.test(v.subject)) throw new Error("invalid version document: subject " + JSON.stringify(v.subject) + " is not kind:id");
    if (!(v.seq >= 1 && v.seq <= Math.pow(2, 53))) throw new Error("invalid version document: seq " + v.seq + ": 1 to 2^53");
    if ((v.seq === 1) !== !v.prev) throw new Error("invalid version document: version 1 and only version 1 has no prev");
    if (again !== text) throw new Error("version document is not in canonical form");
    return v;
  }

  // ---- HTTP: JSON-RPC and the gateway ----

  async function timed(doFetch, url, init, what) {
    if (typeof doFetch !== "function") throw new Error(what + ": no fetch here to ask with");
    var ctl = typeof AbortController === "function" ? new AbortController() : null;
    var timer = ctl ? setTimeout(function () { ctl.abort(); }, TIMEOUT_MS) : null;
    if (ctl) init.signal = ctl.signal;
    try {
      var resp = await doFetch(url, init);
      return { resp: resp, body: await resp.arrayBuffer() };
    } catch (err) {
      if (ctl && ctl.signal.aborted) throw new Error(what + ": no answer in " + TIMEOUT_MS / 1000 + " s");
      throw new Error(what + ": " + message(err));
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  // rpcClient posts JSON-RPC requests to url, one at a time, each bounded.
  function rpcClient(url, doFetch) {
    var id = 0;
    return async function call(method, params) {
      var r = await timed(doFetch, url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method: method, params: params }),
      }, method);
      if (!r.resp.ok) throw new Error(method + ": the endpoint answers " + r.resp.status + " " + (r.resp.statusText || ""));
      var msg;
      try {
        msg = JSON.parse(new TextDecoder().decode(r.body));
      } catch (err) {
        throw new Error(method + ": the endpoint's answer is not JSON");
      }
      if (msg && msg.error) throw new Error(method + ": " + (msg.error.message || JSON.stringify(msg.error)));
      if (!msg || !("result" in msg)) throw new Error(method + ": the endpoint's answer has no result");
      return msg.result;
    };
  }

  function baseURL() {
    return global.location && global.location.href ? global.location.href : undefined;
  }

  // fetchDocument reads a document block as a trustless gateway serves it.
  async function fetchDocument(gateway, cid, doFetch) {
    if (gateway === undefined || gateway === null) {
      throw new Error("the proof does not carry its document: give a gateway");
    }
    var u;
    try {
      u = new URL(String(gateway).replace(/\/+$/, "") + "/ipfs/" + cid + "?format=raw", baseURL());
    } catch (err) {
      throw new Error("gateway " + JSON.stringify(gateway) + " is not an http(s) URL");
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      throw new Error("gateway " + JSON.stringify(gateway) + " is not an http(s) URL");
    }
    var r = await timed(doFetch, u.toString(), { headers: { Accept: "application/vnd.ipld.raw" } }, "fetch " + cid);
    if (!r.resp.ok) throw new Error("fetch " + cid + ": the gateway answers " + r.resp.status + " " + (r.resp.statusText || ""));
    if (r.body.byteLength > MAX_DOCUMENT) {
      throw new Error("fetch " + cid + ": larger than a version document may be (" + MAX_DOCUMENT + " bytes)");
    }
    return new Uint8Array(r.body);
  }

  // account is the Ethereum account a did:pkh (eip155) or did:ethr names.
  function account(id) {
    if (typeof id !== "string") return null;
    var m = /^did:(pkh:eip155:[0-9]+|ethr(?::[^:]+)*):(0x[0-9a-fA-F]{40})$/.exec(id);
    return m ? m[2].toLowerCase() : null;
  }

  // ---- the verification ----

  // verifyProof runs the checks in order and stops at the first that fails,
  // as Go's Verifier.Verify does. opts: rpc (a JSON-RPC URL of the chain
  // the proof names), gateway (an IPFS gateway's base URL; '' is the
  // page's origin), fetch (default: the global fetch), anchorer (the
  // account expected to have anchored the root), anchorCodeHash (of the
  // Anchor contract's runtime code; default the build's). It throws only
  // when ethers is not loaded; everything else is a failed check.
  async function verifyProof(proof, opts) {
    opts = opts || {};
    var doFetch = opts.fetch || (global.fetch && global.fetch.bind(global));
    var v = { ok: true, checks: [] };
    function add(name, err, detail) {
      var c = { name: name, ok: !err, detail: err ? message(err) : detail };
      if (err) {
        v.ok = false;
        v.failed = name;
      }
      v.checks.push(c);
      return !err;
    }
    function run(name, fn) {
      return Promise.resolve().then(fn).then(
        function (detail) { return add(name, null, detail); },
        function (err) { return add(name, err, ""); }
      );
    }

    // What Go's ReadProof refuses before any check.
    var bad = null;
    if (!proof || typeof proof !== "object" || Array.isArray(proof)) bad = "the proof is not a JSON object";
    else if (proof.type !== PROOF_TYPE) bad = "type " + JSON.stringify(proof.type) + ", want " + JSON.stringify(PROOF_TYPE);
    else if (!Array.isArray(proof.proof)) bad = "the proof has no path (proof: [])";
    else if (proof.proof.length > MAX_PATH) bad = "a path of " + proof.proof.length + " hashes (a batch has at most 2^16 leaves)";
    if (bad) {
      add("proof", new Error(bad), "");
      return v;
    }
    var p = proof;
    var e = lib();

    // document: from the proof or the gateway, hashing to its CID.
    var c, doc;
    if (!(await run("document", async function () {
      c = decodeCID(p.cid);
      var fetched = false;
      if (typeof p.document === "string" && p.document.length > 0) {
        doc = new TextEncoder().encode(p.document);
      } else {
        doc = await fetchDocument(opts.gateway, p.cid, doFetch);
        fetched = true;
      }
      var got = await docCID(doc);
      if (!equalBytes(got, c.bytes)) throw new Error("the document hashes to " + encodeCID(got) + ", not " + p.cid);
      return fetched ? "fetched from " + (opts.gateway || baseURL() || "this origin") + ", hashes to " + p.cid : "carried by the proof, hashes to " + p.cid;
    }))) return v;

    // fields: the document is the version the proof names.
    var ver, seq;
    if (!(await run("fields", function () {
      ver = readDocument(doc);
      seq = uint(p.seq, "seq");
      if (ver.subject !== p.subject || BigInt(ver.seq) !== seq) {
        throw new Error("the document is version " + ver.seq + " of " + ver.subject + "; the proof says version " + p.seq + " of " + p.subject);
      }
      return "version " + p.seq + " of " + p.subject + " by " + (ver.author || "?");
    }))) return v;

    // signature: DID resolution and JWS are the explorer's (Go) part.
    v.checks.push({ name: "signature", ok: null, detail: (ver.author ? "signed by " + ver.author + ": " : "") + SIGNATURE_SKIPPED });

    // leaf and path.
    var leaf, root, path;
    if (!(await run("leaf", function () {
      leaf = leafHash(ver.subject, ver.seq, c.bytes);
      var want = hash32(p.leaf, "leaf");
      if (leaf !== want) throw new Error("the version's leaf is " + leaf + "; the proof says " + p.leaf);
      var value = leafValue(ver.subject, ver.seq, c.bytes);
      var enc = Array.isArray(p.leafEncoding) ? p.leafEncoding.map(String) : [];
      var val = Array.isArray(p.leafValue) ? p.leafValue.map(String) : [];
      if (enc.join(" ") !== LEAF_ENCODING.join(" ") || val.length !== value.length || val.join("\u0000") !== value.join("\u0000")) {
        throw new Error("the proof's leafEncoding and leafValue are not the version's ([" + LEAF_ENCODING.join(" ") + "], [" + value.join(" ") + "])");
      }
      return "keccak256(keccak256(abi.encode(subject, seq, cid))) = " + leaf;
    }))) return v;
    if (!(await run("path", function () {
      path = p.proof.map(function (h, i) { return hash32(h, "path hash " + i); });
      root = hash32(p.root, "root");
      var got = processProof(leaf, path);
      if (got !== root) throw new Error("the path of " + path.length + " hashes leads to " + got + ", not the root " + p.root);
      return path.length + " hashes lead to " + p.root;
    }))) return v;

    // chain: the right one, the transaction, its event, its block.
    var call = rpcClient(opts.rpc, doFetch);
    if (!(await run("chain", async function () {
      if (!opts.rpc) throw new Error("no JSON-RPC endpoint of " + p.chain + " to ask");
      var id = quantity(await call("eth_chainId", []), "chain id");
      if ("eip155:" + id.toString() !== p.chain) throw new Error("the endpoint serves eip155:" + id + "; the proof is anchored on " + p.chain);
      return String(p.chain);
    }))) return v;

    var rc, tx, block, blockHash, contract, anchorer;
    if (!(await run("transaction", async function () {
      tx = hash32(p.tx, "tx");
      block = uint(p.block, "block");
      blockHash = hash32(p.blockHash, "blockHash");
      try {
        rc = await call("eth_getTransactionReceipt", [tx]);
      } catch (err) {
        throw new Error("transaction " + tx + ": " + message(err));
      }
      if (!rc) throw new Error("transaction " + tx + ": not found");
      var n = quantity(rc.blockNumber, "block number");
      if (quantity(rc.status, "status") !== 1n) throw new Error("transaction " + tx + " failed");
      if (n !== block || String(rc.blockHash).toLowerCase() !== blockHash) {
        throw new Error("transaction " + tx + " is in block " + n + " (" + rc.blockHash + "), the proof says " + p.block + " (" + p.blockHash + ")");
      }
      return tx + " in block " + p.block;
    }))) return v;

    if (!(await run("event", function () {
      contract = address(p.contract, "contract");
      anchorer = address(p.anchorer, "anchorer");
      var batch = uint(p.batch, "batch");
      var leaves = uint(p.batchLeaves, "batchLeaves");
      var iface = new e.Interface(ANCHOR_ABI);
      var found = null;
      var logs = Array.isArray(rc.logs) ? rc.logs : [];
      for (var i = 0; i < logs.length && !found; i++) {
        var l = logs[i];
        if (!l || String(l.address).toLowerCase() !== contract.toLowerCase()) continue;
        var ev = null;
        try {
          ev = iface.parseLog({ topics: l.topics, data: l.data });
        } catch (err) {
          ev = null;
        }
        if (ev && ev.name === "Anchored" && ev.args.anchorer.toLowerCase() === anchorer.toLowerCase() && String(ev.args.root).toLowerCase() === root) {
          found = ev;
        }
      }
      var manifest = null;
      try {
        manifest = decodeCID(p.manifest).bytes;
      } catch (err) {
        manifest = new Uint8Array(0);
      }
      var who;
      var expected = opts.anchorer ? address(opts.anchorer, "expected anchorer") : null;
      if (expected) {
        if (expected !== anchorer) throw new Error("anchored by " + anchorer + ", not by " + expected + " as expected");
        who = "the expected anchorer";
      } else if (account(ver.author)) {
        who = account(ver.author) === anchorer.toLowerCase()
          ? "the author's own account"
          : "an account that is not the author's (" + ver.author + "); give --anchorer to require one";
      } else {
        who = "an account the proof names (give --anchorer to require one)";
      }
      if (!found) throw new Error("transaction " + tx + " emits no Anchored event of root " + root + " by " + anchorer + " from " + contract);
      var got = found.args;
      if (got.batch !== batch || got.leaves !== leaves || e.hexlify(got.manifest) !== hex(manifest)) {
        throw new Error("the event names batch " + got.batch + " of " + got.leaves + " leaves, manifest " + e.hexlify(got.manifest).slice(2) +
          "; the proof says batch " + p.batch + " of " + p.batchLeaves + ", " + p.manifest);
      }
      return "Anchored(" + anchorer + ", " + root + ") by " + who;
    }))) return v;

    var confirmations = 0n;
    if (!(await run("block", async function () {
      var time = uint(p.time, "time");
      var head = quantity(await call("eth_blockNumber", []), "block number");
      var at = await call("eth_getBlockByNumber", ["0x" + block.toString(16), false]);
      confirmations = head >= block ? head - block + 1n : 0n;
      if (!at) throw new Error("block " + p.block + " is not on the chain");
      var t = quantity(at.timestamp, "timestamp");
      if (t !== time) throw new Error("block " + p.block + " was made at " + t + ", the proof says " + p.time);
      if (String(at.hash).toLowerCase() !== blockHash) throw new Error("block " + p.block + " is " + at.hash + " on the chain now, not " + p.blockHash + " (reorganised)");
      if (confirmations < 1n) throw new Error("block " + p.block + " has " + confirmations + " confirmations, want 1");
      return "block " + p.block + " is canonical, " + confirmations + " confirmations";
    }))) return v;

    // contract: the root is stored for the anchorer, verifyVersion accepts.
    await run("contract", async function () {
      var iface = new e.Interface(ANCHOR_ABI);
      var want = (opts.anchorCodeHash || ANCHOR_CODE_HASH).toLowerCase();
      var code = await call("eth_getCode", [contract, "latest"]);
      var got = e.keccak256(code);
      if (got !== want) {
        throw new Error("the code at " + contract + " is not the Anchor contract's (" + e.dataLength(code) + " bytes hashing to " + got + ", want " + want + ")");
      }
      var rec;
      try {
        rec = iface.decodeFunctionResult("anchored", await call("eth_call", [{ to: contract, data: iface.encodeFunctionData("anchored", [anchorer, root]) }, "latest"]));
      } catch (err) {
        throw new Error("read the Anchor contract at " + contract + ": " + message(err));
      }
      if (rec.blockNumber !== block) throw new Error("the contract records the root at block " + rec.blockNumber + ", the proof says " + p.block);
      var data = iface.encodeFunctionData("verifyVersion", [anchorer, root, path, ver.subject, BigInt(ver.seq), c.bytes]);
      var out = iface.decodeFunctionResult("verifyVersion", await call("eth_call", [{ to: contract, data: data }, "latest"]));
      if (out[0] !== true) throw new Error("the contract's verifyVersion refuses the proof");
      return "Anchor " + contract + " stores the root (batch " + rec.batch + ", " + rec.leaves + " leaves) and verifyVersion accepts the proof";
    });
    return v;
  }

  // summary is the one-line verdict of a verification.
  function summary(p, v) {
    if (!v.ok) {
      var failed = v.checks.filter(function (c) { return c.ok === false; })[0];
      return "Refused in this browser: the " + v.failed + " check failed: " + (failed ? failed.detail : "");
    }
    var when = "";
    var t = Number(p.time);
    if (Number.isSafeInteger(t)) when = " at " + new Date(t * 1000).toISOString().replace(".000Z", "Z");
    return "Verified in this browser: version " + p.seq + " of " + p.subject + " is anchored on " + p.chain + " in block " + p.block + when +
      " (the signature is " + SIGNATURE_SKIPPED + ")";
  }

  // ---- the page ----

  function render(out, list, v, text) {
    if (list) {
      while (list.firstChild) list.removeChild(list.firstChild);
      var checks = v ? v.checks : [];
      for (var i = 0; i < checks.length; i++) {
        var c = checks[i];
        var li = list.ownerDocument.createElement("li");
        li.setAttribute("data-check", c.name);
        li.setAttribute("data-ok", c.ok === true ? "true" : c.ok === false ? "false" : "skipped");
        li.textContent = c.name + ": " + c.detail;
        list.appendChild(li);
      }
    }
    if (out) {
      out.setAttribute("data-verdict", v && v.ok ? "verified" : "refused");
      out.textContent = text;
    }
  }

  function pending(out, list) {
    if (list) while (list.firstChild) list.removeChild(list.firstChild);
    if (out) {
      out.setAttribute("data-verdict", "pending");
      out.textContent = "Verifying…";
    }
  }

  // verifyInto gets a proof, verifies it and renders the outcome.
  async function verifyInto(getProof, opts, out, list) {
    pending(out, list);
    var p, v;
    try {
      p = await getProof();
    } catch (err) {
      render(out, list, null, "Refused in this browser: " + message(err));
      return null;
    }
    try {
      v = await api.verifyProof(p, typeof opts === "function" ? opts(p) : opts);
    } catch (err) {
      render(out, list, null, "Refused in this browser: " + message(err));
      return null;
    }
    render(out, list, v, summary(p, v));
    return v;
  }

  function parseProofText(text) {
    if (text.length > MAX_PROOF_FILE) throw new Error("the proof is larger than " + MAX_PROOF_FILE + " bytes");
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new Error("the proof is not JSON: " + message(err));
    }
  }

  async function fetchProof(url, doFetch) {
    // A report carries its proofs in the page: data-proof="#proof-N" names
    // the script element that holds one.
    if (url && url.charAt(0) === "#" && global.document) {
      var held = global.document.getElementById(url.slice(1));
      if (!held) throw new Error("the page holds no proof " + url);
      return parseProofText(held.textContent);
    }
    var r = await timed(doFetch, url, { headers: { Accept: "application/json" }, credentials: "same-origin" }, "fetch the proof");
    if (!r.resp.ok) throw new Error("fetch the proof: the server answers " + r.resp.status + " " + (r.resp.statusText || ""));
    return parseProofText(new TextDecoder().decode(r.body));
  }

  function attr(el, name) {
    var v = el.getAttribute(name);
    return v === null ? undefined : v;
  }

  function wireSection(section) {
    var button = section.querySelector("button.verify");
    var out = section.querySelector("output.verdict");
    var list = section.querySelector("ol.checks");
    if (!button || section.__mifmVerify) return;
    section.__mifmVerify = true;
    button.removeAttribute("hidden");
    button.addEventListener("click", async function (ev) {
      if (ev && ev.preventDefault) ev.preventDefault();
      if (button.disabled) return;
      button.disabled = true;
      try {
        var doFetch = global.fetch.bind(global);
        await verifyInto(function () { return fetchProof(attr(section, "data-proof"), doFetch); },
          { rpc: attr(section, "data-rpc"), gateway: attr(section, "data-gateway"), anchorer: attr(section, "data-anchorer"), fetch: doFetch }, out, list);
      } finally {
        button.disabled = false;
      }
    });
  }

  function wireForm(doc, form) {
    if (form.__mifmVerify) return;
    form.__mifmVerify = true;
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      var input = doc.getElementById("proof-input");
      var rpcInput = doc.getElementById("rpc-input");
      var gwInput = doc.getElementById("gateway-input");
      var out = doc.getElementById("paste-verdict");
      var list = doc.getElementById("paste-checks");
      var submits = form.querySelectorAll("button, input[type=submit]");
      for (var i = 0; i < submits.length; i++) submits[i].disabled = true;
      try {
        var doFetch = global.fetch.bind(global);
        await verifyInto(function () { return parseProofText(input ? input.value : ""); }, function (p) {
          var rpc = rpcInput && rpcInput.value.trim() ? rpcInput.value.trim() : attr(form, "data-rpc");
          // The explorer relays every chain it knows at /rpc/<CAIP-2 id>.
          if (!rpc && typeof p.chain === "string" && /^eip155:[0-9]+$/.test(p.chain)) rpc = "/rpc/" + p.chain;
          var gateway = gwInput && gwInput.value.trim() ? gwInput.value.trim() : attr(form, "data-gateway");
          return { rpc: rpc, gateway: gateway === undefined ? "" : gateway, fetch: doFetch };
        }, out, list);
      } finally {
        for (var j = 0; j < submits.length; j++) submits[j].disabled = false;
      }
    });
  }

  // wire attaches the checks to the page: without ethers (a blocked
  // script) it does nothing, so the button stays hidden and the form posts
  // to the server as it does without JavaScript.
  function wire(doc) {
    doc = doc || global.document;
    if (!doc) return;
    try {
      lib();
    } catch (err) {
      if (global.console) global.console.warn("mifm verify.js: " + message(err) + "; verification is left to the explorer");
      return;
    }
    var sections = doc.querySelectorAll("[data-proof]");
    for (var i = 0; i < sections.length; i++) wireSection(sections[i]);
    var form = doc.getElementById("verify-form");
    if (form) wireForm(doc, form);
  }

  var api = {
    verifyProof: verifyProof,
    summary: summary,
    wire: wire,
    base32Decode: base32Decode,
    base32Encode: base32Encode,
    decodeCID: decodeCID,
    encodeCID: encodeCID,
    docCID: docCID,
    leafHash: leafHash,
    leafValue: leafValue,
    readDocument: readDocument,
    processProof: processProof,
    PROOF_TYPE: PROOF_TYPE,
    ANCHOR_CODE_HASH: ANCHOR_CODE_HASH,
  };
  global.mifmVerify = api;

  var d = global.document;
  if (d && typeof d.addEventListener === "function") {
    if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", function () { wire(d); });
    else wire(d);
  }
})(typeof globalThis !== "undefined" ? globalThis : window);
