// common.mjs: stdin, failures and reading the asset for the scripts of
// testnet/avatar-js.
import { readFile } from "node:fs/promises";
import { isAbsolute } from "node:path";

export function fail(reason) {
  process.stderr.write(`${process.argv[1].split("/").pop()}: ${reason}\n`);
  process.exit(1);
}

// A library's error thrown outside the scripts' try blocks (in a callback)
// is a failure with its reason too, not a stack trace of Node.js's.
process.on("uncaughtException", (e) => fail(e?.message ?? String(e)));
process.on("unhandledRejection", (e) => fail(e?.message ?? String(e)));

export async function readJSON() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  let req;
  try {
    req = JSON.parse(input);
  } catch {
    fail("stdin is not one JSON object");
  }
  if (req === null || typeof req !== "object" || Array.isArray(req)) fail("stdin is not one JSON object");
  return req;
}

// readAsset reads req.file, which must be an absolute path, and returns its
// bytes.
export async function readAsset(req) {
  if (typeof req.file !== "string" || !isAbsolute(req.file)) fail(`file ${JSON.stringify(req.file)}: want an absolute path`);
  try {
    return await readFile(req.file);
  } catch (e) {
    fail(`read ${req.file}: ${e.message}`);
  }
}

export function print(answer) {
  process.stdout.write(JSON.stringify(answer) + "\n");
}
