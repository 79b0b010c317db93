// signer.mjs is a holder's wallet outside mifm answering a mifm sign request
// (did/signrequest.go documents the format) with ethers 6 and nothing of
// mifm. It reads one JSON object on stdin and writes one on stdout:
//
//   {"key":"0x<secp256k1 private key>","did":true}        -> {"did":"did:key:zQ3s…"}
//   {"key":"0x…","request":{<mifm-sign-request/1>}}       -> {<mifm-sign-response/1>}
//
// Without "key" on stdin the key comes from the environment variable
// MIFM_SIGNER_KEY (0x-prefixed hex), so that it can serve as an outside
// signer for the mifm CLI (`--signer-cmd "node signer.mjs"`), which writes
// only {"request": …} to its stdin. The key is never printed, not even in
// an error.
//
// Its DID is the key's did:key (multicodec 0xe7, the compressed key,
// base58btc). It refuses, exiting 1 with the reason on stderr, a request for
// another holder or key, an alg other than ES256K, an item whose header or
// claims are not what its signing input encodes, or whose kid is not its
// key, and an expired request. Each item is signed as JOSE ES256K:
// ECDSA over sha256(utf8(signingInput)), R||S (low S), base64url.
import { SigningKey, sha256, toUtf8Bytes, getBytes, encodeBase58, concat } from "ethers";

class Refused extends Error {}

function keyDID(key) {
  const compressed = getBytes(SigningKey.computePublicKey(key, true));
  // 0xe7 as an unsigned varint is e7 01.
  return "did:key:z" + encodeBase58(concat([new Uint8Array([0xe7, 0x01]), compressed]));
}

function b64url(bytes) {
  return Buffer.from(getBytes(bytes)).toString("base64url");
}

function decodePart(part, what) {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new Refused(`${what} is not base64url`);
  const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Refused(`${what} is not a JSON object`);
  return value;
}

// canonical is JSON with object keys sorted, to compare what the request
// shows with what it has signed.
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

function sign(key, req) {
  const did = keyDID(key);
  if (req?.type !== "mifm-sign-request/1") throw new Refused(`not a mifm-sign-request/1 (type ${JSON.stringify(req?.type)})`);
  if (req.holder !== did) throw new Refused(`the request is for ${req.holder}; this wallet is ${did}`);
  const kid = did + "#" + did.slice("did:key:".length);
  if (req.keyId !== kid) throw new Refused(`the request names key ${req.keyId}; this wallet's is ${kid}`);
  if (req.alg !== "ES256K") throw new Refused(`alg ${req.alg}: this wallet signs ES256K`);
  const expires = Date.parse(req.expires);
  if (!Number.isFinite(expires) || expires <= Date.now()) throw new Refused(`the request expired (${req.expires})`);
  if (!Array.isArray(req.items) || req.items.length === 0 || req.items.length > 16) throw new Refused("a request has 1 to 16 items");
  const names = new Set();
  const sk = new SigningKey(key);
  const signatures = [];
  for (const item of req.items) {
    if (!item.name || names.has(item.name)) throw new Refused(`item names must be present and unique (${item.name})`);
    names.add(item.name);
    const parts = String(item.signingInput).split(".");
    if (parts.length !== 2) throw new Refused(`item ${item.name}: a signing input is header.claims`);
    const header = decodePart(parts[0], `item ${item.name}: header`);
    const claims = decodePart(parts[1], `item ${item.name}: claims`);
    if (canonical(header) !== canonical(item.header) || canonical(claims) !== canonical(item.claims)) {
      throw new Refused(`item ${item.name}: the header or claims shown are not those signed`);
    }
    if (header.kid !== kid) throw new Refused(`item ${item.name}: kid ${header.kid} is not this wallet's key`);
    if (header.alg !== "ES256K") throw new Refused(`item ${item.name}: alg ${header.alg}, this wallet signs ES256K`);
    if (claims.iss !== undefined && claims.iss !== did) throw new Refused(`item ${item.name}: iss ${claims.iss} is not this wallet`);
    const sig = sk.sign(sha256(toUtf8Bytes(item.signingInput)));
    signatures.push({ name: item.name, signature: b64url(concat([sig.r, sig.s])) });
  }
  return { type: "mifm-sign-response/1", id: req.id, signatures };
}

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  let req;
  try {
    req = JSON.parse(input);
  } catch {
    throw new Refused("stdin is not one JSON object"); // not the parser's message: it quotes the input
  }
  if (req === null || typeof req !== "object") throw new Refused("stdin is not one JSON object");
  // stdin's key first; the environment's when a caller (the mifm CLI)
  // sends the request alone.
  const key = req.key ?? process.env.MIFM_SIGNER_KEY;
  if (typeof key !== "string" || key === "") throw new Refused(`"key" is required (on stdin, or in MIFM_SIGNER_KEY)`);
  const out = req.did === true ? { did: keyDID(key) } : sign(key, req.request);
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  // The message only: a stack or the input could carry the key.
  process.stderr.write(`signer.mjs: ${e instanceof Refused ? "refused: " : ""}${e.message}\n`);
  process.exit(1);
});
