// Resolves did:ethr DIDs with ethr-did-resolver, the method's reference
// resolver, against any JSON-RPC endpoint and registry: the outside opinion
// mifm's own resolver is compared with. Prints one JSON object: the
// resolution results in the order asked, and the JSON-RPC requests the
// resolver made, by method.
// Usage: node resolve-ethr.js [--unbatched] [--now UNIX_SECONDS] RPC_URL REGISTRY CHAIN_ID DID...
// --now fixes the clock the resolver judges validity by, so that a test can
// compare it with another resolver at the same instant. --unbatched sends
// each JSON-RPC request at once instead of after ethers' 10 ms batch stall,
// so that a benchmark times the resolver rather than the stall.
'use strict';
const args = process.argv.slice(2);
let batchMaxCount;
if (args[0] === '--unbatched') {
  batchMaxCount = 1;
  args.shift();
}
if (args[0] === '--now') {
  const fixed = Number(args[1]) * 1000;
  args.splice(0, 2);
  const RealDate = Date;
  global.Date = class extends RealDate {
    constructor(...a) {
      if (a.length === 0) super(fixed);
      else super(...a);
    }

    static now() {
      return fixed;
    }
  };
}
const { JsonRpcProvider } = require('ethers');
const { Resolver } = require('did-resolver');
const { getResolver } = require('ethr-did-resolver');

class CountingProvider extends JsonRpcProvider {
  constructor(url, chainId) {
    super(url, chainId, batchMaxCount ? { staticNetwork: true, batchMaxCount } : { staticNetwork: true });
    this.requests = {};
  }

  async _send(payload) {
    for (const p of Array.isArray(payload) ? payload : [payload]) {
      this.requests[p.method] = (this.requests[p.method] || 0) + 1;
    }
    return super._send(payload);
  }
}

async function main() {
  const [url, registry, chainId, ...dids] = args;
  if (!url || !registry || !chainId || dids.length === 0) {
    throw new Error('usage: node resolve-ethr.js [--unbatched] [--now UNIX_SECONDS] RPC_URL REGISTRY CHAIN_ID DID...');
  }
  const provider = new CountingProvider(url, BigInt(chainId));
  const name = '0x' + BigInt(chainId).toString(16);
  const resolver = new Resolver(getResolver({ networks: [{ name, chainId: BigInt(chainId), provider, registry }] }), { cache: false });
  const results = [];
  const started = process.hrtime.bigint();
  for (const did of dids) {
    results.push(await resolver.resolve(did));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ results, requests: provider.requests, ms }) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
