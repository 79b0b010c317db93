// wallet.mjs plays a user's own wallet, written with ethers 6 and nothing of
// mifm: it reads one JSON request on stdin and writes one JSON answer on
// stdout. The key comes in the request (never on the command line, where
// other users of the machine could read it) and leaves the process only as
// signatures.
//
//   {"op":"address","key":"0x…"}                  -> {"address":"0x…"}
//   {"op":"signTypedData","key":"0x…","typedData":{types,primaryType,domain,message}}
//                                                   -> {"signature":"0x…"}
//   {"op":"send","key":"0x…","rpc":"http://…","tx":{"to":"0x…","data":"0x…","value":"0x0"}}
//                                                   -> {"hash":"0x…","status":1,"blockNumber":N}
//     ("chainId" beside "rpc" spares ethers asking for it; "gas" in tx skips
//     its estimate, so a transaction that will revert is still sent)
//   {"op":"batch","requests":[…]}                  -> {"results":[…]}, in order
//
// A failure (a revert, an RPC error, a bad request) exits non-zero with the
// reason on stderr; a batch stops at the first and prints the results before it.
import { Wallet } from "ethers";
import { provider } from "./provider.mjs";

class UsageError extends Error {}

function need(req, field) {
  if (req[field] === undefined || req[field] === null) {
    throw new UsageError(`${req.op}: "${field}" is required`);
  }
  return req[field];
}

const providers = new Map();
function connect(rpc, chainId) {
  const key = `${rpc} ${chainId}`;
  if (!providers.has(key)) providers.set(key, provider(rpc, chainId));
  return providers.get(key);
}

async function address(req) {
  return { address: new Wallet(need(req, "key")).address };
}

// eth_signTypedData_v4's JSON carries the domain's type in types.EIP712Domain;
// ethers derives it from the domain object itself and refuses it among the
// message's types.
async function signTypedData(req) {
  const td = need(req, "typedData");
  const { EIP712Domain, ...types } = td.types ?? {};
  const signature = await new Wallet(need(req, "key")).signTypedData(td.domain ?? {}, types, td.message ?? {});
  return { signature };
}

// send leaves nonce, gas and fees to ethers, as a wallet user does.
async function send(req) {
  const tx = need(req, "tx");
  const wallet = new Wallet(need(req, "key"), connect(need(req, "rpc"), req.chainId));
  const request = { to: tx.to ?? null, data: tx.data ?? "0x", value: tx.value ?? 0 };
  if (tx.gas !== undefined) request.gasLimit = tx.gas;
  const sent = await wallet.sendTransaction(request);
  const receipt = await sent.wait();
  return { hash: receipt.hash, status: receipt.status, blockNumber: receipt.blockNumber };
}

// BatchError is the first failed request of a batch, with the results of
// those before it.
class BatchError extends Error {
  constructor(index, op, cause, results) {
    super(`request ${index} (${op})`, { cause });
    this.results = results;
  }
}

async function batch(req) {
  const results = [];
  for (const [i, r] of need(req, "requests").entries()) {
    try {
      if (r?.op === "batch") throw new UsageError("a batch cannot hold a batch");
      results.push(await handle(r));
    } catch (e) {
      throw new BatchError(i, r?.op, e, results);
    }
  }
  return { results };
}

const ops = { address, signTypedData, send, batch };

async function handle(req) {
  const op = ops[req?.op];
  if (!op) throw new UsageError(`unknown op ${JSON.stringify(req?.op)}; want one of ${Object.keys(ops).join(", ")}`);
  return op(req);
}

// reason says why ethers refused or the chain reverted, without the request
// (which holds the key).
function reason(e) {
  if (e instanceof BatchError) return `${e.message}: ${reason(e.cause)}`;
  if (e instanceof UsageError) return e.message;
  const parts = [e.shortMessage ?? e.message];
  if (e.code === "CALL_EXCEPTION") {
    if (e.reason) parts.push(`reason: ${e.reason}`);
    if (e.data) parts.push(`data: ${e.data}`);
    if (e.receipt) parts.push(`tx ${e.receipt.hash} in block ${e.receipt.blockNumber}`);
  }
  return parts.join("; ");
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
let req;
try {
  req = JSON.parse(input);
} catch {
  // Not the parser's message: it quotes the input, which may hold a key.
  process.stderr.write("wallet.mjs: stdin is not one JSON request\n");
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(await handle(req)) + "\n");
} catch (e) {
  if (e instanceof BatchError) process.stdout.write(JSON.stringify({ results: e.results }) + "\n");
  process.stderr.write(`wallet.mjs: ${reason(e)}\n`);
  const usage = e instanceof UsageError || (e instanceof BatchError && e.cause instanceof UsageError);
  process.exit(usage ? 2 : 1);
}
