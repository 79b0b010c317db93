// cose.mjs signs and verifies credentials secured with COSE
// (application/vc+cose, W3C VC-JOSE-COSE) with @transmute/cose, the library
// of the VC-JOSE-COSE editors, as a party outside mifm does. It reads one
// JSON object on stdin:
//
//   {"op":"verify","cose":"<base64>","publicJwk":{…}}
//     -> {"verified":true,"typ":"application/vc+cose","cty":"application/vc","credential":{…}}
//   {"op":"sign","privateJwk":{…},"kid":"did:…#…","credential":{…}}
//     -> {"cose":"<base64>"}
//
// and exits 1 with the library's reason on stderr when it refuses. ES256
// (P-256) keys, which the library verifies.
import * as cose from "@transmute/cose";
import { fail, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  if (req.op === "verify") {
    const verifier = cose.attached.verifier({ resolver: { resolve: async () => ({ ...req.publicJwk, alg: "ES256" }) } });
    const payload = await verifier.verify({ coseSign1: Buffer.from(req.cose, "base64") });
    const decoded = await cose.cbor.decodeFirst(Buffer.from(req.cose, "base64"));
    const header = cose.cbor.decodeFirstSync(decoded.value[0]);
    process.stdout.write(JSON.stringify({
      verified: true, typ: header.get(16), cty: header.get(3),
      credential: JSON.parse(Buffer.from(payload).toString("utf8")),
    }) + "\n");
  } else if (req.op === "sign") {
    const signer = cose.attached.signer({ remote: cose.crypto.signer({ privateKeyJwk: { ...req.privateJwk, alg: "ES256" } }) });
    const msg = await signer.sign({
      protectedHeader: cose.ProtectedHeader([
        [1, -7], // alg ES256
        [16, "application/vc+cose"], // typ (RFC 9596)
        [3, "application/vc"], // content type
        [4, Buffer.from(req.kid)], // kid
      ]),
      unprotectedHeader: new Map(), // COSE_Sign1 wants a map here; the library writes undefined without one
      payload: Buffer.from(JSON.stringify(req.credential)),
    });
    process.stdout.write(JSON.stringify({ cose: Buffer.from(msg).toString("base64") }) + "\n");
  } else {
    fail(`op ${JSON.stringify(req.op)}: want verify or sign`);
  }
} catch (e) {
  fail(e.message);
}
