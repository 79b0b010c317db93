// sdjwt.mjs issues, presents and verifies SD-JWT VCs (typ dc+sd-jwt) with
// @sd-jwt/sd-jwt-vc, the OpenWallet Foundation's stack, as an issuer,
// wallet and verifier outside mifm do. It reads one JSON object on stdin:
//
//   {"op":"verify","token":"…","issuerJwk":{…},"nonce":"…","aud":"…"}
//     -> {"verified":true,"claims":{…},"kb":true}
//   {"op":"issue","issuerKey":"<hex Ed25519 seed>","iss":"did:…","kid":"did:…#…","vct":"…",
//    "claims":{…},"holderKey":"<hex Ed25519 seed>","present":["name",…],"nonce":"…","aud":"…"}
//     -> {"credential":"…","presentation":"…"}
//
// and exits 1 with the library's reason on stderr when it refuses. The
// issuer's key is given (a JWK), as a verifier that trusts an issuer holds
// it; the Key Binding JWT is checked against the credential's cnf.jwk.
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { SDJwtVcInstance } from "@sd-jwt/sd-jwt-vc";
import { digest, generateSalt } from "@sd-jwt/crypto-nodejs";
import { fail, readJSON } from "./common.mjs";

function privateKey(hexSeed) {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), Buffer.from(hexSeed, "hex")]);
  return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
}
const signer = (key) => async (data) => sign(null, Buffer.from(data), key).toString("base64url");
const verifier = (jwk) => async (data, sig) => verify(null, Buffer.from(data), createPublicKey({ key: jwk, format: "jwk" }), Buffer.from(sig, "base64url"));

const req = await readJSON();
try {
  if (req.op === "verify") {
    const sdjwt = new SDJwtVcInstance({
      hasher: digest,
      verifier: verifier(req.issuerJwk),
      kbVerifier: async (data, sig, payload) => verifier(payload.cnf.jwk)(data, sig),
    });
    const v = await sdjwt.verify(req.token, { keyBindingNonce: req.nonce });
    if (req.aud !== undefined && v.kb?.payload?.aud !== req.aud) fail(`key binding aud ${JSON.stringify(v.kb?.payload?.aud)}, want ${JSON.stringify(req.aud)}`);
    process.stdout.write(JSON.stringify({ verified: true, claims: v.payload, kb: v.kb !== undefined }) + "\n");
  } else if (req.op === "issue") {
    const issuerKey = privateKey(req.issuerKey);
    const holderKey = privateKey(req.holderKey);
    const holderJwk = createPublicKey(holderKey).export({ format: "jwk" });
    const sdjwt = new SDJwtVcInstance({
      hasher: digest, hashAlg: "sha-256", saltGenerator: generateSalt,
      signer: signer(issuerKey), signAlg: "EdDSA",
      kbSigner: signer(holderKey), kbSignAlg: "EdDSA",
    });
    const credential = await sdjwt.issue(
      { iss: req.iss, iat: Math.floor(Date.now() / 1000), vct: req.vct, cnf: { jwk: holderJwk }, ...req.claims },
      { _sd: Object.keys(req.claims) },
      { header: { kid: req.kid } },
    );
    const frame = Object.fromEntries((req.present ?? []).map((n) => [n, true]));
    const presentation = await sdjwt.present(credential, frame, {
      kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: req.aud, nonce: req.nonce } },
    });
    process.stdout.write(JSON.stringify({ credential, presentation }) + "\n");
  } else {
    fail(`op ${JSON.stringify(req.op)}: want verify or issue`);
  }
} catch (e) {
  fail(e.message);
}
