// issue.mjs: signs the credential on stdin ({credential, suite}) with a new
// key of the suite's kind, whose did:key becomes the issuer, and prints
// {credential, issuer}.
import * as vc from "@digitalbazaar/vc";
import { documentLoader, fail, newSigner, proofSuite, readJSON } from "./common.mjs";

const req = await readJSON();
try {
  const key = await newSigner(req.suite);
  const credential = { ...req.credential, issuer: key.controller };
  const signed = await vc.issue({ credential, suite: proofSuite(req.suite, key), documentLoader });
  process.stdout.write(JSON.stringify({ credential: signed, issuer: key.controller }) + "\n");
} catch (e) {
  fail(e.message);
}
