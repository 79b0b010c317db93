// sendwait.mjs is the loop every wallet runs: send a transaction, wait for
// its receipt, send the next, with ethers 6 choosing nonces, gas and fees.
// It reads {"rpc","chainId","key","to","count","timeoutMs"} on stdin and prints one JSON
// summary; after each wait it checks that the chain already shows what the
// receipt says: its block is at or below eth_blockNumber and the account's
// pending nonce counts the transaction.
import { Wallet } from "ethers";
import { provider } from "./provider.mjs";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { rpc, chainId, key, to, count, timeoutMs = 50_000 } = JSON.parse(input);

const p = provider(rpc, chainId);
const wallet = new Wallet(key, p);
const start = await p.getTransactionCount(wallet.address, "pending");
const summary = { count, sent: 0, errors: [], staleHead: [], stalePending: [], ms: 0, slowestWaitMs: 0 };
const t0 = Date.now();
for (let i = 0; i < count; i++) {
  if (Date.now() - t0 > timeoutMs) {
    summary.errors.push({ i, error: `stopped: ${timeoutMs} ms spent` });
    break;
  }
  try {
    const tx = await wallet.sendTransaction({ to, value: 1 });
    const w0 = Date.now();
    // A timeout, so a receipt that never shows fails the run instead of hanging it.
    const receipt = await tx.wait(1, 10_000);
    summary.slowestWaitMs = Math.max(summary.slowestWaitMs, Date.now() - w0);
    summary.sent++;
    const head = await p.getBlockNumber();
    if (head < receipt.blockNumber) summary.staleHead.push({ i, head, receiptBlock: receipt.blockNumber });
    const pending = await p.getTransactionCount(wallet.address, "pending");
    if (pending !== start + summary.sent) summary.stalePending.push({ i, pending, want: start + summary.sent });
  } catch (e) {
    summary.errors.push({ i, error: e.shortMessage ?? e.message });
  }
}
summary.ms = Date.now() - t0;
console.log(JSON.stringify(summary));
