// Reads a token from any Ethereum JSON-RPC endpoint with ethers.js, a client
// mifm did not write: what a wallet or marketplace sees. Prints JSON.
// Usage: node read-token.js RPC_URL erc721|erc1155 CONTRACT TOKEN_ID [HOLDER]
'use strict';
const { JsonRpcProvider, Contract } = require('ethers');

const abi = [
  'function supportsInterface(bytes4) view returns (bool)',
  'function ownerOf(uint256) view returns (address)',
  'function tokenURI(uint256) view returns (string)',
  'function uri(uint256) view returns (string)',
  'function balanceOf(address, uint256) view returns (uint256)',
  'function royaltyInfo(uint256, uint256) view returns (address, uint256)',
];

async function main() {
  const [url, standard, address, id, holder] = process.argv.slice(2);
  if (!url || !address || !id || !['erc721', 'erc1155'].includes(standard)) {
    throw new Error('usage: node read-token.js RPC_URL erc721|erc1155 CONTRACT TOKEN_ID [HOLDER]');
  }
  const provider = new JsonRpcProvider(url, undefined, { staticNetwork: true });
  const token = new Contract(address, abi, provider);
  const out = { chainId: (await provider.getNetwork()).chainId.toString() };
  if (standard === 'erc721') {
    out.erc721 = await token.supportsInterface('0x80ac58cd');
    out.ownerOf = await token.ownerOf(id);
    out.tokenURI = await token.tokenURI(id);
  } else {
    out.erc1155 = await token.supportsInterface('0xd9b67a26');
    out.uri = await token.uri(id);
    if (holder) out.balance = (await token.balanceOf(holder, id)).toString();
  }
  const [receiver, amount] = await token.royaltyInfo(id, 10000n);
  out.royalty = { receiver, amount: amount.toString() };
  process.stdout.write(JSON.stringify(out) + '\n');
  provider.destroy();
}

main().catch((e) => {
  process.stderr.write(`read-token: ${e.shortMessage || e.message}\n`);
  process.exit(1);
});
