// A platform's back end, written by someone else, driving its mifm node over
// RI alone: it mints an asset, lists and shows it, gives it to a user on
// another platform, verifies a credential under its admission policy, and
// learns of the transfer's outcome from the node's signed webhooks.
//
// Environment: MIFM_RI (the node's RI base URL), MIFM_RI_TOKEN,
// MIFM_WEBHOOK_PORT and MIFM_WEBHOOK_SECRET (the receiver this script runs),
// MIFM_TO_PLATFORM and MIFM_TO (the destination platform's DID and user).
// Prints one JSON document.
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { connect } from './ri.mjs';

const env = (k) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};

// The webhook receiver: checks each delivery's signature and age, answers
// 204 to acknowledge, and keeps the events by id (a retry is a duplicate).
const secret = env('MIFM_WEBHOOK_SECRET');
const events = new Map();
const refused = [];
const waiters = [];
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const ts = req.headers['mifm-timestamp'] ?? '';
    const sig = String(req.headers['mifm-signature'] ?? '').replace(/^v1=/, '');
    const want = createHmac('sha256', secret).update(`${ts}.`).update(body).digest('hex');
    const fresh = Math.abs(Date.now() / 1000 - Number(ts)) < 300;
    const ok = sig.length === want.length && timingSafeEqual(Buffer.from(sig), Buffer.from(want)) && fresh;
    if (!ok) {
      refused.push(req.headers['mifm-event-id']);
      res.writeHead(401).end();
      return;
    }
    const ev = JSON.parse(body);
    if (ev.id !== req.headers['mifm-event-id'] || ev.type !== req.headers['mifm-event-type']) {
      res.writeHead(400).end();
      return;
    }
    events.set(ev.id, ev);
    res.writeHead(204).end();
    for (const w of waiters.splice(0)) w();
  });
});
await new Promise((ok) => server.listen(Number(env('MIFM_WEBHOOK_PORT')), '127.0.0.1', ok));

const waitFor = async (pred, ms) => {
  const end = Date.now() + ms;
  for (;;) {
    const hit = [...events.values()].find(pred);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no such webhook within ${ms} ms; got ${[...events.values()].map((e) => e.type)}`);
    await new Promise((ok) => { waiters.push(ok); setTimeout(ok, 250); });
  }
};

const ri = await connect(env('MIFM_RI'), env('MIFM_RI_TOKEN'));
const out = { operations: Object.keys(ri.ops).length };

// Mint: the metadata as JSON, the file as a part of its own.
const form = new FormData();
form.append('metadata', new Blob([JSON.stringify({ name: 'Lantern', description: 'a lantern from the outside', attributes: [{ trait_type: 'glow', value: 'warm' }] })], { type: 'application/json' }));
form.append('file', new Blob([Buffer.concat([Buffer.from('glTF\x02\x00\x00\x00', 'latin1'), Buffer.from(' a lantern ' + Date.now())])], { type: 'model/gltf-binary' }), 'lantern.glb');
const minted = await ri['asset.mint']({ form });
out.asset = minted.asset;
out.metadataCID = minted.metadataCid ?? minted.metadataCID;

const listed = await ri['asset.list']({});
out.listed = (listed.tokens ?? []).some((t) => t.asset === minted.asset);
const shown = await ri['asset.show']({ params: { id: minted.asset } });
out.verified = shown.verified;

// Give it to the user on the other platform; the node answers once the
// destination has answered, the webhook says so too.
const tr = await ri['transfer.start']({ body: { asset: minted.asset, toPlatform: env('MIFM_TO_PLATFORM'), to: env('MIFM_TO'), deadline: '10m' } });
out.transfer = tr.id;
out.state = tr.state;
const delivered = await waitFor((e) => e.type === 'transfer.delivered' && e.subject === tr.id, 60000);
out.delivered = delivered.id;

// A member's credential, issued by a DID of the platform's and verified
// under its admission policy: the policy trusts that issuer for the type.
const issuer = (await ri['did.create']({ body: { method: 'key' } })).did;
const member = (await ri['did.create']({ body: { method: 'key' } })).did;
const credential = await ri['credential.issue']({ body: {
  issuer, subject: member, types: ['MembershipCredential'], claims: { memberOf: 'did:web:platform-a.example', membershipLevel: 'gold' },
} });
const policy = { credentials: [{ type: 'MembershipCredential', required: true, trustedIssuers: [issuer], claims: [{ claim: 'membershipLevel', equals: 'gold' }] }] };
const vc = credential.credential ?? credential;
const verdict = await ri['credential.verify']({ body: { credential: vc, policy } });
out.verdict = { accepted: verdict.verified && verdict.policy?.allowed, checks: verdict.checks.map((c) => `${c.name}:${c.ok}`) };
const verdictEvent = await waitFor((e) => e.type === 'credential.verdict', 30000);
out.verdictEvent = verdictEvent.id;
const refusedVerdict = await ri['credential.verify']({ body: { credential: vc, policy: { credentials: [{ type: 'MembershipCredential', required: true, trustedIssuers: [member] }] } } });
out.refusal = { allowed: refusedVerdict.policy?.allowed, rules: refusedVerdict.policy?.reasons?.filter((r) => !r.ok).map((r) => r.rule) };

out.events = [...events.values()].map((e) => ({ id: e.id, type: e.type, subject: e.subject }));
out.refused = refused;
console.log(JSON.stringify(out));
server.close();
