// verify.mjs: verifies the credential on stdin ({credential}), or the
// presentation ({presentation, challenge, domain}) and every credential in
// it, with every suite the stack has, and prints {verified, proofs, error}.
import * as vc from "@digitalbazaar/vc";
import { allSuites, documentLoader, fail, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  const r = req.presentation
    ? await vc.verify({ presentation: req.presentation, challenge: req.challenge, domain: req.domain || undefined, suite: allSuites(), documentLoader })
    : await vc.verifyCredential({ credential: req.credential, suite: allSuites(), documentLoader });
  const proofs = ((req.presentation ? r.presentationResult?.results : r.results) || []).map((x) => x.verified);
  const error = r.verified ? "" : JSON.stringify(r.error?.errors?.map((e) => e.message) || r.error?.message || r.presentationResult?.results?.map((x) => x.error?.message) || r.results?.map((x) => x.error?.message));
  process.stdout.write(JSON.stringify({ verified: r.verified, proofs, error }) + "\n");
} catch (e) {
  fail(e.message);
}
