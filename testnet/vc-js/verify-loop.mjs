// verify-loop.mjs is did-jwt-vc's side of bench/vp-vs-did-jwt-vc.sh: it
// verifies bench/vp/presentation.json N times in one process, on one thread,
// and prints {"perSecond": X, "n": N, "mode": M}.
//
// Usage: node verify-loop.mjs [N] [full|vp]   (default 1000, full)
//
// Mode vp is did-jwt-vc's verifyPresentation alone (the holder's signature,
// nonce = challenge, aud = domain, times, and the shape of the credentials
// inside), which does not check the credentials' signatures. Mode full, the
// default, also does what mifm's VerifyPresentationJWT does beyond that, as
// a verifier using did-jwt-vc has to: verifyCredential on each credential
// inside (its issuer's signature, times, shape) and the check that it is
// about the holder. did:key is resolved by key-did-resolver behind
// did-resolver's cache, as mifm's resolver caches it.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { verifyPresentation, verifyCredential } from "did-jwt-vc";
import { Resolver } from "did-resolver";
import { getResolver } from "key-did-resolver";
import { fail } from "./common.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const input = JSON.parse(fs.readFileSync(path.join(here, "..", "..", "bench", "vp", "presentation.json"), "utf8"));
const n = Number(process.argv[2] || 1000);
const mode = process.argv[3] || "full";
if (!(n > 0) || !["full", "vp"].includes(mode)) fail("usage: node verify-loop.mjs [N > 0] [full|vp]");
const resolver = new Resolver(getResolver(), { cache: true });

async function once() {
  const v = await verifyPresentation(input.jwt, resolver, { challenge: input.challenge, domain: input.domain });
  if (!v.verified) throw new Error("presentation not verified");
  if (mode === "vp") return;
  const vcs = v.payload.vp.verifiableCredential ?? [];
  if (vcs.length === 0) throw new Error("the presentation holds no credential");
  for (const jwt of vcs) {
    const c = await verifyCredential(jwt, resolver);
    if (!c.verified) throw new Error("credential not verified");
    if (c.verifiableCredential.credentialSubject?.id !== v.issuer) throw new Error("credential not about the holder");
  }
}

try {
  for (let i = 0; i < Math.min(200, n); i++) await once(); // warm up the JIT and the cache
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await once();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ perSecond: n / seconds, n, mode, seconds }) + "\n");
} catch (e) {
  fail(e.message);
}
