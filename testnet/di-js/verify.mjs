// verify.mjs: verifies the credential on stdin ({credential}) with every
// suite the stack has, and prints {verified, proofs, error}.
import * as vc from "@digitalbazaar/vc";
import { allSuites, documentLoader, fail, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  const r = await vc.verifyCredential({ credential: req.credential, suite: allSuites(), documentLoader });
  const proofs = (r.results || []).map((x) => x.verified);
  const error = r.verified ? "" : JSON.stringify(r.error?.errors?.map((e) => e.message) || r.error?.message || r.results?.map((x) => x.error?.message));
  process.stdout.write(JSON.stringify({ verified: r.verified, proofs, error }) + "\n");
} catch (e) {
  fail(e.message);
}
