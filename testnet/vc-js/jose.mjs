// jose.mjs signs and verifies VC-JOSE-COSE JWTs (vc+jwt credentials, vp+jwt
// presentations) with panva's jose, a JOSE library outside mifm. It reads
// one JSON object on stdin:
//
//   {"op":"verify","jwt":"…","publicJwk":{…},"typ":"vc+jwt","nonce":"…","aud":"…"}
//     -> {"verified":true,"header":{…},"claims":{…}}
//   {"op":"sign","privateJwk":{…},"alg":"EdDSA","kid":"did:…#…","typ":"vc+jwt","claims":{…}}
//     -> {"jwt":"…"}
//
// and exits 1 with the library's reason on stderr when it refuses. verify
// checks the signature, the typ, and the times; nonce and aud, when given,
// must be the claims' (as a verifier of a vp+jwt asks).
import { importJWK, jwtVerify, SignJWT } from "jose";
import { fail, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  if (req.op === "verify") {
    const alg = req.publicJwk.crv === "Ed25519" ? "EdDSA" : "ES256";
    const key = await importJWK(req.publicJwk, alg);
    const opts = { typ: req.typ, algorithms: [alg] };
    if (req.aud) opts.audience = req.aud;
    const { payload, protectedHeader } = await jwtVerify(req.jwt, key, opts);
    if (req.nonce !== undefined && payload.nonce !== req.nonce) fail(`nonce ${JSON.stringify(payload.nonce)}, want ${JSON.stringify(req.nonce)}`);
    process.stdout.write(JSON.stringify({ verified: true, header: protectedHeader, claims: payload }) + "\n");
  } else if (req.op === "sign") {
    const key = await importJWK(req.privateJwk, req.alg);
    const jwt = await new SignJWT(req.claims).setProtectedHeader({ alg: req.alg, typ: req.typ, kid: req.kid }).sign(key);
    process.stdout.write(JSON.stringify({ jwt }) + "\n");
  } else {
    fail(`op ${JSON.stringify(req.op)}: want verify or sign`);
  }
} catch (e) {
  fail(e.message);
}
