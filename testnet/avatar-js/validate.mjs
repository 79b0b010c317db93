// validate.mjs runs the Khronos glTF Validator (gltf-validator) over a .vrm,
// .glb or .gltf file, as an avatar pipeline outside mifm checks an upload. It
// reads one JSON object on stdin:
//
//   {"file":"/abs/path.vrm"}
//     -> {"errors":N,"warnings":N,"infos":N,"hints":N,
//         "messages":[{"code":"…","message":"…","severity":0..3,"pointer":"/…"}, …50 at most, errors first],
//         "unsupportedExtensions":["VRMC_vrm", …],
//         "truncated":false,"validatorVersion":"…"}
//
// errors, warnings, infos and hints are the validator's counts by severity
// (0 error, 1 warning, 2 info, 3 hint), over all the issues it found, not
// only the 50 messages listed. A file that is not glTF at all (such as a
// truncated GLB header) is reported as errors too; the script fails only
// when it cannot read the file or the validator refuses its input outright.
// The validator knows no VRM extension: it reports VRMC_vrm, VRMC_* and VRM
// as UNSUPPORTED_EXTENSION (a warning or info), which is fine; only errors
// mean the file is broken. unsupportedExtensions lists the extensions named
// by those messages. A .gltf's external buffers and images are read from
// beside it.
import { readFile } from "node:fs/promises";
import { dirname, resolve, basename } from "node:path";
import validator from "gltf-validator";
import { fail, print, readAsset, readJSON } from "./common.mjs";

const req = await readJSON();
const bytes = await readAsset(req);
const options = {
  uri: basename(req.file),
  maxIssues: 0, // count every issue; the list below is cut to 50
  writeTimestamp: false,
  externalResourceFunction: async (uri) => new Uint8Array(await readFile(resolve(dirname(req.file), decodeURIComponent(uri)))),
};
if (req.file.endsWith(".gltf")) options.format = "gltf";
else if (/\.(glb|vrm)$/.test(req.file)) options.format = "glb";

let report;
try {
  report = await validator.validateBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
} catch (e) {
  fail(`gltf-validator: ${e?.message ?? e}`);
}
const issues = report.issues ?? {};
const messages = issues.messages ?? [];
const unsupported = new Set();
for (const m of messages) {
  if (m.code !== "UNSUPPORTED_EXTENSION") continue;
  const name = /'([^']+)'/.exec(m.message)?.[1] ?? m.message.replace(/^Cannot validate an extension as it is not supported by the validator: /, "");
  unsupported.add(name);
}
print({
  errors: issues.numErrors ?? 0,
  warnings: issues.numWarnings ?? 0,
  infos: issues.numInfos ?? 0,
  hints: issues.numHints ?? 0,
  // Errors first, then warnings, infos and hints, each in the validator's order.
  messages: [...messages].sort((a, b) => a.severity - b.severity).slice(0, 50).map(({ code, message, severity, pointer }) => ({ code, message, severity, pointer: pointer ?? "" })),
  unsupportedExtensions: [...unsupported],
  truncated: Boolean(issues.truncated),
  validatorVersion: report.validatorVersion ?? validator.version(),
});
