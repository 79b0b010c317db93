// The JSON-RPC provider of the wallet's scripts: ethers 6's own JsonRpcProvider,
// tuned as a wallet for a local chain that seals in milliseconds would be.
// None of it touches nonces, gas or fees, which stay ethers' to choose.
import { JsonRpcProvider, Network } from "ethers";

// provider connects to rpc. Given the chain's id, as a wallet configured for
// a network knows it, ethers trusts it instead of asking eth_chainId before
// most requests.
export function provider(rpc, chainId) {
  const network = chainId === undefined ? undefined : Network.from(chainId);
  return new JsonRpcProvider(rpc, network, {
    staticNetwork: network,
    // ethers answers a read it made less than cacheTimeout (250 ms by
    // default) ago from that read's answer. On a chain that seals a block as
    // soon as a transaction arrives, send -> wait -> send takes less than
    // that, so the second send is given the nonce read for the first
    // (eth_getTransactionCount "pending") and fails with "nonce has already
    // been used", and eth_blockNumber after a wait is the one read before the
    // block. The cache is in the client, no node can help it (geth --dev does
    // the same), and the author of ethers advises turning it off for such
    // chains (ethers-io/ethers.js#4549).
    cacheTimeout: -1,
    // tx.wait() polls the block number at this interval once its first
    // receipt query finds nothing; ethers' 4 s suits 12 s blocks.
    pollingInterval: 50,
    // A request goes out at once, not after 10 ms spent waiting for others
    // to share a JSON-RPC batch with: on loopback the wait is most of a round.
    batchStallTime: 0,
  });
}
