// common.mjs: stdin, failures, the offline document loader and the suites
// of the scripts of testnet/di-js.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as DidKey from "@digitalbazaar/did-method-key";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import * as EcdsaMultikey from "@digitalbazaar/ecdsa-multikey";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as eddsaJcs from "@digitalbazaar/eddsa-jcs-2022-cryptosuite";
import { cryptosuite as ecdsaRdfc } from "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite";
import * as ecdsaJcs from "@digitalbazaar/ecdsa-jcs-2019-cryptosuite";

export function fail(reason) {
  process.stderr.write(`${process.argv[1].split("/").pop()}: ${reason}\n`);
  process.exit(1);
}

export async function readJSON() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  try {
    return JSON.parse(input);
  } catch {
    fail("stdin is not one JSON object");
  }
}

// The JCS suites have one cryptosuite object for signing and another for
// verifying; the RDFC ones one for both.
export const cryptosuites = {
  "eddsa-rdfc-2022": { sign: eddsaRdfc, verify: eddsaRdfc },
  "eddsa-jcs-2022": { sign: eddsaJcs.createSignCryptosuite(), verify: eddsaJcs.createVerifyCryptosuite() },
  "ecdsa-rdfc-2019": { sign: ecdsaRdfc, verify: ecdsaRdfc },
  "ecdsa-jcs-2019": { sign: ecdsaJcs.createSignCryptosuite(), verify: ecdsaJcs.createVerifyCryptosuite() },
};

// The contexts mifm embeds (did/contexts), and nothing from the network:
// both sides read the same bytes.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const contextsDir = path.join(root, "did", "contexts");
const contexts = new Map();
const map = JSON.parse(fs.readFileSync(path.join(contextsDir, "context-map.json"), "utf8"));
for (const [url, file] of Object.entries(map)) {
  contexts.set(url, JSON.parse(fs.readFileSync(path.join(contextsDir, file), "utf8")));
}

export const didKeys = DidKey.driver();
didKeys.use({ multibaseMultikeyHeader: "z6Mk", fromMultibase: Ed25519Multikey.from });
didKeys.use({ multibaseMultikeyHeader: "zDna", fromMultibase: EcdsaMultikey.from });
didKeys.use({ multibaseMultikeyHeader: "z82L", fromMultibase: EcdsaMultikey.from });

export async function documentLoader(url) {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  if (url.startsWith("did:key:")) {
    return { contextUrl: null, documentUrl: url, document: await didKeys.get({ url }) };
  }
  throw new Error(`documentLoader: ${url} is not held offline`);
}

// A new key of the kind a suite signs with, as its did:key's method.
export async function newSigner(suiteName) {
  const key = suiteName.startsWith("ecdsa")
    ? await EcdsaMultikey.generate({ curve: "P-256" })
    : await Ed25519Multikey.generate();
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  return key;
}

export function proofSuite(name, signer) {
  const pair = cryptosuites[name];
  if (!pair) fail(`unknown suite ${name}`);
  if (signer) return new DataIntegrityProof({ signer: signer.signer(), cryptosuite: pair.sign });
  return new DataIntegrityProof({ cryptosuite: pair.verify });
}

export function allSuites() {
  return Object.keys(cryptosuites).map((name) => proofSuite(name));
}
