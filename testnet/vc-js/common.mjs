// common.mjs: stdin, failures and did:key for the scripts of testnet/vc-js.
import { createPrivateKey, createPublicKey, createECDH } from "node:crypto";

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
    fail("stdin is not one JSON object"); // not the parser's message: it quotes the input, key included
  }
}

const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function base58(bytes) {
  let n = BigInt("0x" + (Buffer.from(bytes).toString("hex") || "0"));
  let out = "";
  while (n > 0n) {
    out = alphabet[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = "1" + out;
  }
  return out;
}

// holderDID is the did:key of a private key: multicodec ed25519-pub (0xed)
// or secp256k1-pub (0xe7, compressed), base58btc.
export function holderDID(keyType, key) {
  let codec, pub;
  if (keyType === "ed25519") {
    // A PKCS#8 Ed25519 key is this 16-byte prefix and the seed.
    const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), key]);
    const jwk = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" })).export({ format: "jwk" });
    codec = [0xed, 0x01];
    pub = Buffer.from(jwk.x, "base64url");
  } else if (keyType === "secp256k1") {
    const ecdh = createECDH("secp256k1");
    ecdh.setPrivateKey(key);
    codec = [0xe7, 0x01];
    pub = ecdh.getPublicKey(null, "compressed");
  } else {
    fail(`keyType ${JSON.stringify(keyType)}: want ed25519 or secp256k1`);
  }
  return "did:key:z" + base58(Buffer.concat([Buffer.from(codec), pub]));
}
