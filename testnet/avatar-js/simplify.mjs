// simplify.mjs reduces an avatar's meshes with glTF Transform and
// meshoptimizer, as a platform outside mifm makes a lighter level of detail
// of an upload, and measures it. It reads one JSON object on stdin:
//
//   {"file":"/abs/path.vrm","ratio":0.5,"error":0.01,"out":"/abs/out.glb"}
//     -> {"trianglesBefore":N,"trianglesAfter":N,"ms":T,
//         "bytesBefore":N,"bytesAfter":N,"meshes":N}
//
// The file (GLB, VRM or .gltf with its resources beside it) is read with
// @gltf-transform/core's NodeIO and every extension @gltf-transform/extensions
// knows; VRM's (VRMC_vrm, VRMC_materials_mtoon, VRM, …) are not among them
// and are dropped, so the output is a plain glTF of the meshes, not a VRM.
// weld() merges equal vertices, then simplify() runs meshoptimizer's
// MeshoptSimplifier toward ratio (the share of indices to keep, 0 to 1;
// default 0.5) within error (the largest deviation allowed, as a share of
// each mesh's radius; default 0.01); the simplifier stops at whichever it
// meets first, so a mesh can keep more than ratio.
//
// trianglesBefore and trianglesAfter sum, over every primitive of every
// mesh (once per mesh, however many nodes use it), the index count / 3, or
// the position count / 3 when a primitive has no indices (n - 2 for strips
// and fans; points and lines count 0), trianglesBefore counted after weld.
// ms is the wall time of the simplify step alone, in milliseconds
// (performance.now(), once meshoptimizer's WebAssembly is ready; reading,
// welding and writing are not in it). bytesBefore is the file's size (a
// .gltf's alone, without its resources); bytesAfter the size of the
// simplified document written as GLB, which is what out holds unless it
// ends in .gltf: then it is written as glTF JSON with <name>.bin and
// <name>_<i>.png (or .jpg, …) beside it. meshes counts the meshes. The
// script exits 1 with the reason when the file cannot be read as glTF.
import { stat, writeFile } from "node:fs/promises";
import { basename, isAbsolute } from "node:path";
import { performance } from "node:perf_hooks";
import { ImageUtils, Logger, NodeIO, Primitive } from "@gltf-transform/core";
import { ALL_EXTENSIONS } from "@gltf-transform/extensions";
import { simplify, unpartition, weld } from "@gltf-transform/functions";
import { MeshoptSimplifier } from "meshoptimizer";
import { fail, print, readJSON } from "./common.mjs";

// glTF Transform logs with console.info and console.warn; stdout is the
// answer alone.
console.log = console.info = console.debug = (...a) => console.error(...a);

const req = await readJSON();
if (typeof req.file !== "string" || !isAbsolute(req.file)) fail(`file ${JSON.stringify(req.file)}: want an absolute path`);
if (req.out !== undefined && (typeof req.out !== "string" || !isAbsolute(req.out))) fail(`out ${JSON.stringify(req.out)}: want an absolute path`);
const ratio = req.ratio ?? 0.5;
const error = req.error ?? 0.01;
if (typeof ratio !== "number" || !(ratio >= 0 && ratio <= 1)) fail(`ratio ${JSON.stringify(req.ratio)}: want a number from 0 to 1`);
if (typeof error !== "number" || !(error >= 0)) fail(`error ${JSON.stringify(req.error)}: want a number from 0`);

function triangles(doc) {
  let n = 0;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const count = prim.getIndices()?.getCount() ?? prim.getAttribute("POSITION")?.getCount() ?? 0;
      switch (prim.getMode()) {
        case Primitive.Mode.TRIANGLES:
          n += Math.floor(count / 3);
          break;
        case Primitive.Mode.TRIANGLE_STRIP:
        case Primitive.Mode.TRIANGLE_FAN:
          n += Math.max(0, count - 2);
          break;
      }
    }
  }
  return n;
}

const io = new NodeIO().setLogger(new Logger(Logger.Verbosity.WARN)).registerExtensions(ALL_EXTENSIONS);
let doc;
let bytesBefore;
try {
  bytesBefore = (await stat(req.file)).size;
  doc = await io.read(req.file);
} catch (e) {
  fail(`read ${req.file}: ${e?.message ?? e}`);
}

try {
  await doc.transform(weld());
} catch (e) {
  fail(`weld: ${e?.message ?? e}`);
}
const trianglesBefore = triangles(doc);

await MeshoptSimplifier.ready;
let ms;
try {
  const start = performance.now();
  await doc.transform(simplify({ simplifier: MeshoptSimplifier, ratio, error }));
  ms = performance.now() - start;
} catch (e) {
  fail(`simplify: ${e?.message ?? e}`);
}

let glb;
try {
  // A GLB holds one buffer: a .gltf's several are merged.
  if (doc.getRoot().listBuffers().length > 1) await doc.transform(unpartition());
  glb = await io.writeBinary(doc);
  if (req.out === undefined) {
    // nothing to write
  } else if (req.out.endsWith(".gltf")) {
    // Resources are named after out, not left with the names read, which
    // would write over the input's when out is beside it.
    const base = basename(req.out, ".gltf");
    for (const b of doc.getRoot().listBuffers()) b.setURI(`${base}.bin`);
    doc.getRoot().listTextures().forEach((t, i) => t.setURI(`${base}_${i}.${ImageUtils.mimeTypeToExtension(t.getMimeType())}`));
    await io.write(req.out, doc);
  } else {
    await writeFile(req.out, glb);
  }
} catch (e) {
  fail(`write: ${e?.message ?? e}`);
}

print({
  trianglesBefore,
  trianglesAfter: triangles(doc),
  ms: Math.round(ms * 1000) / 1000,
  bytesBefore,
  bytesAfter: glb.byteLength,
  meshes: doc.getRoot().listMeshes().length,
});
