// index-logs.mjs is the peer of node/explorer's indexer in
// bench/explorer-vs-ethers.sh: the same job done with ethers 6 (pinned in
// package-lock.json) and nothing of mifm. It reads the world file of
// bench/explorertime's "serve" on stdin,
//
//   {"rpc": "http://127.0.0.1:PORT", "chainId": 1337,
//    "suite": {"Asset721": "0x…", …, "Wrapped721": "0x…"},
//    "from": BLOCK, "range": 5000, …}
//
// and, as node/explorer's Sync does: reads the head, then in ranges of
// "range" blocks from "from" to it, the suite's logs (eth_getLogs over
// every suite address, one query a range), the timestamps of the blocks
// that hold logs (eth_getBlockByNumber, which JsonRpcProvider batches: up
// to 100 calls a request, its default), decodes each log with an ethers
// Interface of the events node/explorer decodes, turns it into the same
// items (kind, token, id, amount, from, to, platform, ref, detail; a
// TransferBatch or a Sent gives one per id) and indexes them by asset,
// account, platform, ref and transaction, as node/explorer does.
//
// The index is JavaScript Maps in memory, where node/explorer writes JSON
// items and their index keys into pebble on disk (one batch a range) and
// keeps a cursor for the next Sync: the comparison favours this side.
//
// It prints {"events": n, "blocks": b, "seconds": s}, timed by its own
// clock from the head's read to the last item indexed (not the start of
// Node.js, the loading of ethers or the provider's network check: mifm's
// side does not time its Open either). A failure exits 1 with
// "index-logs.mjs: <reason>" on stderr.
import { Interface, JsonRpcProvider, ZeroAddress, ZeroHash, getAddress } from "ethers";

function fail(reason) {
  process.stderr.write(`index-logs.mjs: ${reason}\n`);
  process.exit(1);
}

process.on("uncaughtException", (e) => fail(e?.stack ?? String(e)));
process.on("unhandledRejection", (e) => fail(e?.stack ?? String(e)));

// The events node/explorer decodes (node/explorer/index.go), as the
// contracts declare them (contracts/src; the structs from the artifacts'
// ABIs). Escrow's and the Bridge's Refunded share a topic: the Bridge's is
// told by its address.
const EVENTS = [
  "event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)",
  "event TransferSingle(address indexed operator, address indexed from, address indexed to, uint256 id, uint256 value)",
  "event TransferBatch(address indexed operator, address indexed from, address indexed to, uint256[] ids, uint256[] values)",
  "event Tokenized(bytes32 indexed platformId, uint256 tokenId, address minter, bytes32 metadataDigest)",
  "event MetadataChanged(uint256 indexed tokenId, bytes32 indexed platformId, address indexed by, bytes32 metadataDigest)",
  "event Locked(bytes32 indexed transferId, address indexed depositor, bytes32 indexed destination, (uint8 kind, address token, uint256 id, uint256 amount, address depositor, address recipient, bytes32 destination, address attester, uint64 deadline, bytes32 salt, address convertTo, uint256 minReceived) transfer)",
  "event Released(bytes32 indexed transferId, address indexed recipient, address submitter)",
  "event Rejected(bytes32 indexed transferId, address indexed depositor, uint16 reason)",
  "event Refunded(bytes32 indexed transferId, address indexed depositor)",
  "event Sent(bytes32 indexed moveId, address indexed sender, bytes32 indexed destination, (uint256 fromChain, address fromBridge, uint256 toChain, address toBridge, uint8 kind, (uint256 homeChain, address homeToken, uint256 id, uint256 amount, string uri, address royaltyReceiver, uint96 royaltyBps)[] items, address sender, address recipient, bytes32 origin, bytes32 destination, uint64 deadline, bytes32 salt) move)",
  "event Delivered(bytes32 indexed moveId, address indexed recipient, address submitter)",
  "event Anchored(address indexed anchorer, uint64 indexed batch, bytes32 indexed root, uint32 leaves, bytes manifest)",
  "event PlatformRegistered(bytes32 indexed platformId, string did, address indexed admin, address indexed attester)",
];
const BRIDGE_REFUNDED = ["event Refunded(bytes32 indexed moveId, address indexed sender)"];

const iface = new Interface(EVENTS);
const bridgeIface = new Interface(BRIDGE_REFUNDED);

const rfc3339 = (secs) => new Date(Number(secs) * 1000).toISOString().replace(/\.000Z$/, "Z");

// decode turns a log into items, as node/explorer's (*Chain).decode does;
// a log of no interest, or one that does not decode, gives none.
function decode(log, time, chainId, suite) {
  let ev;
  try {
    ev = log.address === suite.Bridge && log.topics[0] === bridgeIface.getEvent("Refunded").topicHash
      ? bridgeIface.parseLog(log)
      : iface.parseLog(log);
  } catch {
    return [];
  }
  if (ev == null) return [];
  const base = {
    chain: chainId, block: log.blockNumber, index: log.index, tx: log.transactionHash, time,
    contract: log.address, kind: "", token: ZeroAddress, id: "", homeChain: 0, amount: "",
    from: ZeroAddress, to: ZeroAddress, platform: ZeroHash, ref: ZeroHash, detail: "",
  };
  const wrapped = log.address === suite.Wrapped721 || log.address === suite.Wrapped1155;
  const move = (it) => {
    if (it.from === ZeroAddress) it.kind = wrapped ? "wrapped" : "minted";
    else if (it.to === ZeroAddress) it.kind = "burned";
    else it.kind = "transferred";
    return it;
  };
  const a = ev.args;
  switch (ev.name) {
    case "Transfer":
      return [move({ ...base, token: log.address, id: a.tokenId.toString(), amount: "1", from: a.from, to: a.to })];
    case "TransferSingle":
      return [move({ ...base, token: log.address, id: a.id.toString(), amount: a.value.toString(), from: a.from, to: a.to })];
    case "TransferBatch": {
      if (a.ids.length !== a.values.length) return [];
      return a.ids.map((id, i) => move({
        ...base, token: log.address, id: id.toString(), amount: a.values[i].toString(), from: a.from, to: a.to,
        detail: `item ${i + 1} of a batch of ${a.ids.length}`,
      }));
    }
    case "Tokenized":
      return [{ ...base, kind: "tokenized", token: log.address, id: a.tokenId.toString(), to: a.minter, platform: a.platformId, detail: `metadata digest ${a.metadataDigest}` }];
    case "MetadataChanged":
      return [{ ...base, kind: "metadata", token: log.address, id: a.tokenId.toString(), from: a.by, platform: a.platformId, detail: `metadata digest ${a.metadataDigest}` }];
    case "Locked": {
      const t = a.transfer;
      return [{
        ...base, kind: "locked", token: t.token, id: t.id.toString(), amount: t.amount.toString(), from: t.depositor, to: t.recipient,
        platform: t.destination, ref: a.transferId, detail: `deadline ${rfc3339(t.deadline)}, attester ${t.attester}`,
      }];
    }
    case "Released":
      return [{ ...base, kind: "released", to: a.recipient, ref: a.transferId, detail: `submitted by ${a.submitter}` }];
    case "Rejected":
      return [{ ...base, kind: "rejected", to: a.depositor, ref: a.transferId, detail: `reason code ${a.reason}` }];
    case "Refunded":
      return log.address === suite.Bridge
        ? [{ ...base, kind: "move-refunded", to: a.sender, ref: a.moveId }]
        : [{ ...base, kind: "refunded", to: a.depositor, ref: a.transferId }];
    case "Sent": {
      const m = a.move;
      return m.items.map((x) => ({
        ...base, kind: "sent", token: x.homeToken, id: x.id.toString(), amount: x.amount.toString(), from: m.sender, to: m.recipient,
        homeChain: Number(x.homeChain), platform: m.destination, ref: a.moveId,
        detail: `to eip155:${m.toChain}, deadline ${rfc3339(m.deadline)}`,
      }));
    }
    case "Delivered":
      return [{ ...base, kind: "delivered", to: a.recipient, ref: a.moveId, detail: `submitted by ${a.submitter}` }];
    case "Anchored":
      // node/explorer shows the manifest as a CID string; the bytes are
      // kept here as they are (no CID library on this side).
      return [{ ...base, kind: "anchored", from: a.anchorer, ref: a.root, amount: a.leaves.toString(), id: a.batch.toString(), detail: a.manifest }];
    case "PlatformRegistered":
      return [{ ...base, kind: "registered", platform: a.platformId, from: a.admin, to: a.attester, detail: a.did }];
  }
  return [];
}

// Index is node/explorer's indexes (node/explorer/index.go's key
// prefixes e/, x/, a/, u/, p/, r/, d/) as Maps in memory.
class Index {
  items = [];
  byTx = new Map();
  byAsset = new Map();
  byAccount = new Map();
  byPlatform = new Map();
  byRef = new Map();
  dids = new Map();

  static #add(map, key, it) {
    const list = map.get(key);
    if (list) list.push(it);
    else map.set(key, [it]);
  }

  add(it) {
    this.items.push(it);
    Index.#add(this.byTx, it.tx, it);
    if (it.token !== ZeroAddress && it.id !== "" && it.kind !== "anchored") {
      Index.#add(this.byAsset, `${it.homeChain || it.chain}/${it.token}/${it.id}`, it);
    }
    for (const a of [it.from, it.to]) {
      if (a !== ZeroAddress) Index.#add(this.byAccount, a, it);
    }
    if (it.platform !== ZeroHash) Index.#add(this.byPlatform, it.platform, it);
    if (it.ref !== ZeroHash && it.kind !== "anchored") Index.#add(this.byRef, it.ref, it);
    if (it.kind === "registered") this.dids.set(it.platform, it.detail);
  }
}

async function main() {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  let world;
  try {
    world = JSON.parse(text);
  } catch (e) {
    fail(`stdin is not the world's JSON: ${e.message}`);
  }
  for (const f of ["rpc", "chainId", "suite", "from"]) {
    if (world[f] == null) fail(`the world has no "${f}"`);
  }
  const span = world.range ?? 5000;
  const suite = Object.fromEntries(Object.entries(world.suite).map(([k, v]) => [k, getAddress(v)]));
  const addresses = Object.values(suite);
  const provider = new JsonRpcProvider(world.rpc, world.chainId, { staticNetwork: true });
  await provider.getNetwork();

  const index = new Index();
  const start = performance.now();
  const head = await provider.getBlockNumber();
  let blocks = 0;
  for (let next = world.from; next <= head; next += span) {
    const to = Math.min(next + span - 1, head);
    const logs = await provider.getLogs({ address: addresses, fromBlock: next, toBlock: to });
    const need = [...new Set(logs.map((l) => l.blockNumber))];
    const heads = await Promise.all(need.map((n) => provider.getBlock(n)));
    const times = new Map();
    heads.forEach((b, i) => {
      if (b == null) fail(`block ${need[i]} not found`);
      times.set(need[i], b.timestamp);
    });
    for (const log of logs) {
      if (log.removed) fail(`log ${log.index} of block ${log.blockNumber} was removed: the chain reorganised`);
      for (const it of decode(log, times.get(log.blockNumber), world.chainId, suite)) index.add(it);
    }
    blocks += to - next + 1;
  }
  const seconds = (performance.now() - start) / 1000;
  provider.destroy();
  process.stdout.write(JSON.stringify({ events: index.items.length, blocks, seconds }) + "\n");
}

main();
