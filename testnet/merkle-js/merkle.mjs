// merkle.mjs plays an outside peer of the Merkle batches mifm anchors:
// OpenZeppelin's own @openzeppelin/merkle-tree (pinned in package-lock.json)
// and nothing of mifm. It reads one JSON request on stdin and writes one JSON
// answer on stdout.
//
//   {"op":"of","encoding":["string","uint256","bytes"],"values":[[…],…],"sortLeaves":true,"multi":[[0,2],…]}
//       -> {"root":"0x…","dump":{…},
//           "proofs":[{"valueIndex":0,"leaf":"0x…","proof":["0x…",…]},…],
//           "multiproofs":[{"leaves":[[…],…],"proof":[…],"proofFlags":[…]},…]}
//     StandardMerkleTree.of: a proof of every value, with its leaf hash, and
//     a multiproof of each set of value indices in "multi" (its leaves are
//     the values, in the order the library puts them)
//   {"op":"simple","values":["0x…",…],"sortLeaves":true,"multi":[…]}
//       -> the same of SimpleMerkleTree.of, whose values are 32-byte leaves
//   {"op":"verify","encoding":[…],"root":"0x…","value":[…],"proof":[…]}
//       -> {"ok":true|false}, by StandardMerkleTree.verify; without
//     "encoding", {"root","leaf","proof"} goes to SimpleMerkleTree.verify
//   {"op":"verifyMulti","encoding":[…],"root":"0x…","leaves":[[…],…],"proof":[…],"proofFlags":[…]}
//       -> {"ok":true|false}, by StandardMerkleTree.verifyMultiProof;
//     without "encoding", leaves are 32-byte leaves of SimpleMerkleTree
//   {"op":"load","dump":{…}}
//       -> {"root":"0x…","proofs":[{"valueIndex":0,"proof":[…]},…]}, the
//     dump loaded (StandardMerkleTree.load, or SimpleMerkleTree.load for the
//     format simple-v1) and validated
//   {"op":"time","encoding":[…],"values":[[…],…],"sortLeaves":true}
//       -> {"root":"0x…","leaves":n,"buildMs":…,"verifyMs":…}
//     bench/merkle-vs-openzeppelin.sh: by this process's clock, the time of
//     StandardMerkleTree.of with getProof of every value, then of
//     StandardMerkleTree.verify of every proof from its value (a proof that
//     fails is a failure)
//   {"op":"batch","requests":[…]}                  -> {"answers":[…]}, in order
//
// Values are as the library takes them in JSON: uints as decimal strings
// (a JavaScript number could not hold a uint256), bytes and bytesN as 0x hex
// strings, addresses as 0x hex, bools as true or false.
//
// A library that refuses what it was given is an answer, not a failure:
// a verification that throws answers {"ok":false,"error":"…"}, a dump that
// does not load or validate answers {"error":"…"}, so that a test tells a
// refusal from a crash. A failure (a bad request, a tree the library cannot
// build) exits 1 with the reason on stderr; a batch stops at the first and
// prints the answers before it.
import { SimpleMerkleTree, StandardMerkleTree } from "@openzeppelin/merkle-tree";

// abi-utils, which the library encodes leaves with, builds an Error for
// every number it range-checks, thrown or not, and capturing its stack is a
// third of the time of a large batch. The script prints messages, never
// stacks.
Error.stackTraceLimit = 0;

class UsageError extends Error {}

function need(req, field) {
  if (req[field] === undefined || req[field] === null) {
    throw new UsageError(`${req.op}: "${field}" is required`);
  }
  return req[field];
}

function list(req, field) {
  const v = need(req, field);
  if (!Array.isArray(v)) throw new UsageError(`${req.op}: "${field}" must be an array`);
  return v;
}

// prove answers a tree built by of or simple: a proof of every value and the
// multiproofs the request asked for.
function prove(req, tree) {
  const dump = tree.dump();
  const proofs = [];
  for (const [valueIndex, { treeIndex }] of dump.values.entries()) {
    // getProof checks that this node is the value's leafHash: hashing the
    // value again here would add a third of the time of a large tree.
    proofs.push({ valueIndex, leaf: dump.tree[treeIndex], proof: tree.getProof(valueIndex) });
  }
  const multiproofs = (req.multi ?? []).map((indices) => {
    const mp = tree.getMultiProof(indices);
    return { leaves: mp.leaves, proof: mp.proof, proofFlags: mp.proofFlags };
  });
  return { root: tree.root, dump, proofs, multiproofs };
}

// The library's default when sortLeaves is left out (true).
function options(req) {
  return req.sortLeaves === undefined ? {} : { sortLeaves: req.sortLeaves };
}

async function of(req) {
  return prove(req, StandardMerkleTree.of(list(req, "values"), list(req, "encoding"), options(req)));
}

async function simple(req) {
  return prove(req, SimpleMerkleTree.of(list(req, "values"), options(req)));
}

// refused runs a verification, whose throw (a node that is not 32 bytes, a
// value the encoding does not take) is a no.
function refused(check) {
  try {
    return { ok: check() };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}

async function verify(req) {
  const root = need(req, "root");
  const proof = list(req, "proof");
  if (req.encoding === undefined) {
    const leaf = need(req, "leaf");
    return refused(() => SimpleMerkleTree.verify(root, leaf, proof));
  }
  const encoding = list(req, "encoding");
  const value = need(req, "value");
  return refused(() => StandardMerkleTree.verify(root, encoding, value, proof));
}

async function verifyMulti(req) {
  const root = need(req, "root");
  const multiproof = { leaves: list(req, "leaves"), proof: list(req, "proof"), proofFlags: list(req, "proofFlags") };
  if (req.encoding === undefined) {
    return refused(() => SimpleMerkleTree.verifyMultiProof(root, multiproof));
  }
  const encoding = list(req, "encoding");
  return refused(() => StandardMerkleTree.verifyMultiProof(root, encoding, multiproof));
}

// timed is the "time" op: what a caller of the library pays to cut a batch
// and hand out its proofs, then to check them all, without the start of
// node and the parsing of the request.
async function timed(req) {
  const values = list(req, "values");
  const encoding = list(req, "encoding");
  const start = performance.now();
  const tree = StandardMerkleTree.of(values, encoding, options(req));
  const proofs = values.map((_, i) => tree.getProof(i));
  const built = performance.now();
  for (const [i, value] of values.entries()) {
    if (!StandardMerkleTree.verify(tree.root, encoding, value, proofs[i])) {
      throw new Error(`time: the proof of value ${i} does not verify`);
    }
  }
  const verified = performance.now();
  return { root: tree.root, leaves: values.length, buildMs: built - start, verifyMs: verified - built };
}

async function load(req) {
  const dump = need(req, "dump");
  let tree;
  try {
    // load ends with tree.validate(): every value hashes to its leaf and
    // every inner node to its children. Validating again would only double
    // the time of a large tree.
    tree = dump.format === "simple-v1" ? SimpleMerkleTree.load(dump) : StandardMerkleTree.load(dump);
  } catch (e) {
    return { error: e.message };
  }
  const proofs = [];
  for (const [valueIndex] of tree.entries()) {
    proofs.push({ valueIndex, proof: tree.getProof(valueIndex) });
  }
  return { root: tree.root, proofs };
}

// BatchError is the first failed request of a batch, with the answers of
// those before it.
class BatchError extends Error {
  constructor(index, op, cause, answers) {
    super(`request ${index} (${op})`, { cause });
    this.answers = answers;
  }
}

async function batch(req) {
  const answers = [];
  for (const [i, r] of list(req, "requests").entries()) {
    try {
      if (r?.op === "batch") throw new UsageError("a batch cannot hold a batch");
      answers.push(await handle(r));
    } catch (e) {
      throw new BatchError(i, r?.op, e, answers);
    }
  }
  return { answers };
}

const ops = { of, simple, verify, verifyMulti, load, time: timed, batch };

async function handle(req) {
  const op = ops[req?.op];
  if (!op) throw new UsageError(`unknown op ${JSON.stringify(req?.op)}; want one of ${Object.keys(ops).join(", ")}`);
  return op(req);
}

function reason(e) {
  if (e instanceof BatchError) return `${e.message}: ${reason(e.cause)}`;
  return e.message;
}

// The chunks are joined as bytes before decoding: a chunk ends every 64 KiB,
// often inside a character of a non-ASCII string, which decoding chunk by
// chunk would turn into U+FFFD and so into another leaf.
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
let req;
try {
  req = JSON.parse(Buffer.concat(chunks).toString("utf8"));
} catch (e) {
  process.stderr.write(`merkle.mjs: stdin is not one JSON request: ${e.message}\n`);
  process.exit(1);
}
try {
  process.stdout.write(JSON.stringify(await handle(req)) + "\n");
} catch (e) {
  if (e instanceof BatchError) process.stdout.write(JSON.stringify({ answers: e.answers }) + "\n");
  process.stderr.write(`merkle.mjs: ${reason(e)}\n`);
  process.exit(1);
}
