// present.mjs makes a JWT presentation (VC-JWT 1.1) with did-jwt-vc, as a
// holder's wallet outside mifm does. It reads one JSON object on stdin and
// writes one on stdout:
//
//   {"holderKey":"<hex private key: an Ed25519 seed or a secp256k1 scalar>",
//    "keyType":"ed25519"|"secp256k1", "credentials":["<JWT>", …],
//    "challenge":"…", "domain":"…", "kid":false}
//     -> {"jwt":"…","holder":"did:key:…"}
//
// The holder is the key's did:key. did-jwt-vc puts no kid in the header
// unless asked ("kid": true adds the did:key's verification method).
import { createVerifiablePresentationJwt } from "did-jwt-vc";
import { EdDSASigner, ES256KSigner } from "did-jwt";
import { holderDID, fail, readJSON } from "./common.mjs";

const req = await readJSON();
const key = Buffer.from(String(req.holderKey ?? "").replace(/^0x/, ""), "hex");
if (key.length !== 32) fail(`"holderKey" must be 32 bytes of hex`);
const keyType = req.keyType ?? "secp256k1";
const did = holderDID(keyType, key);
const [signer, alg] = keyType === "ed25519" ? [EdDSASigner(key), "EdDSA"] : [ES256KSigner(key), "ES256K"];
const header = req.kid ? { kid: `${did}#${did.slice("did:key:".length)}` } : undefined;
try {
  const jwt = await createVerifiablePresentationJwt(
    {
      vp: {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        type: ["VerifiablePresentation"],
        verifiableCredential: req.credentials ?? [],
      },
    },
    { did, signer, alg },
    { challenge: req.challenge, domain: req.domain, expiresIn: 300, header },
  );
  process.stdout.write(JSON.stringify({ jwt, holder: did }) + "\n");
} catch (e) {
  fail(e.message);
}
