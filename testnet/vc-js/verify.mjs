// verify.mjs verifies a JWT presentation with did-jwt-vc's
// verifyPresentation, resolving did:key with key-did-resolver, as a verifier
// outside mifm does. It reads one JSON object on stdin:
//
//   {"jwt":"…","challenge":"…","domain":"…"}
//     -> {"verified":true,"holder":"did:…","signer":"<verification method>","credentials":N}
//
// and exits 1 with did-jwt-vc's reason on stderr when it refuses. It checks
// the presentation's signature, nonce, aud and times, and the shape of the
// credentials in it, not their signatures (did-jwt-vc does not).
import { verifyPresentation } from "did-jwt-vc";
import { Resolver } from "did-resolver";
import { getResolver } from "key-did-resolver";
import { fail, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  const v = await verifyPresentation(req.jwt, new Resolver(getResolver()), { challenge: req.challenge, domain: req.domain });
  const vcs = v.verifiablePresentation.verifiableCredential ?? [];
  process.stdout.write(JSON.stringify({ verified: v.verified, holder: v.issuer, signer: v.signer?.id, credentials: vcs.length }) + "\n");
} catch (e) {
  fail(e.message);
}
