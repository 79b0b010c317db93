// Verifies credential.json (the VC Data Integrity EdDSA Recommendation's
// example credential, issued by the did:key of the Recommendation's key pair
// and signed by mifm) N times with the @digitalbazaar/vc stack (vc.verifyCredential,
// eddsa-rdfc-2022, jsonld's RDFC-1.0) on one thread, loading the same
// contexts mifm embeds (did/contexts) and nothing from the network, and
// prints verifications per second.
// Usage: node verify.mjs [N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const contextsDir = path.join(root, 'did', 'contexts');
const contexts = new Map();
const map = JSON.parse(fs.readFileSync(path.join(contextsDir, 'context-map.json'), 'utf8'));
for (const [url, file] of Object.entries(map)) {
  contexts.set(url, JSON.parse(fs.readFileSync(path.join(contextsDir, file), 'utf8')));
}
const vector = path.join(root, 'did', 'testdata', 'eddsa-rdfc-2022');
const credential = JSON.parse(fs.readFileSync(path.join(here, 'credential.json'), 'utf8'));
const { publicKeyMultibase } = JSON.parse(fs.readFileSync(path.join(vector, 'keyPair.json'), 'utf8'));

// did:key of the vector's key, as the did:key method resolves it.
const did = `did:key:${publicKeyMultibase}`;
const vmID = `${did}#${publicKeyMultibase}`;
const key = {
  '@context': 'https://w3id.org/security/multikey/v1',
  id: vmID, type: 'Multikey', controller: did, publicKeyMultibase,
};
const didDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: did, verificationMethod: [key], assertionMethod: [vmID], authentication: [vmID],
};

function documentLoader(url) {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  if (url === did) return { contextUrl: null, documentUrl: url, document: didDocument };
  if (url === vmID) return { contextUrl: null, documentUrl: url, document: key };
  throw new Error(`documentLoader: ${url} is not held offline`);
}

const n = Number(process.argv[2] || 2000);
const suite = new DataIntegrityProof({ cryptosuite });
const once = async () => {
  const r = await vc.verifyCredential({ credential, suite, documentLoader });
  if (!r.verified) throw new Error(JSON.stringify(r, null, 2));
};
for (let i = 0; i < Math.min(200, n); i++) await once(); // warm up the JIT
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) await once();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ verifications: n, seconds, perSecond: n / seconds }) + '\n');
