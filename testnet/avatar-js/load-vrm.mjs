// load-vrm.mjs loads a VRM avatar as a platform's web client outside mifm
// does: three.js's GLTFLoader with the VRMLoaderPlugin of @pixiv/three-vrm,
// which reads VRM 1.0 (VRMC_vrm) and VRM 0.x (VRM). It reads one JSON object
// on stdin:
//
//   {"file":"/abs/path.vrm"}
//     -> {"metaVersion":"1","humanBones":{"hips":"<node name>",…},
//         "expressions":["happy",…],"springJoints":N,"meshes":N,
//         "primitives":N,"triangles":N,"textures":N,"meta":{…}}
//
// metaVersion is "1" for VRM 1.0 and "0" for VRM 0.x. humanBones maps each
// human bone three-vrm found (VRM 1.0 bone names; three-vrm renames VRM 0.x
// bones to them) to its node's name in the glTF JSON. expressions are the
// names of vrm.expressionManager's expressions (VRM 0.x presets renamed to
// VRM 1.0's, such as joy to happy). springJoints counts the joints of
// vrm.springBoneManager (0 when none). meshes counts the glTF meshes the
// scene uses, primitives their primitives, and triangles sums, over those
// primitives (each once, however many nodes use its mesh), the index count
// / 3, or the position count / 3 when a primitive has no indices. textures
// counts the images decoded (see below). meta is vrm.meta with the
// thumbnail (thumbnailImage, or texture in VRM 0.x) replaced by
// "thumbnail": true or false.
//
// Node.js has no DOM, and GLTFLoader would decode images with one. Here
// self is globalThis, and createImageBitmap is replaced by one that checks
// the image with image.mjs (a PNG's chunks, CRCs and inflated pixel data; a
// JPEG's markers; a WebP's size) and gives an empty bitmap of its size: an
// embedded texture becomes a Texture with no pixels, for nothing is drawn.
// A .gltf's external buffers and images are read from beside it. The script
// exits 1 with the reason when the file is not glTF, when three.js or
// three-vrm cannot load it, when an image would not decode (GLTFLoader
// would go on without the texture, as in a browser; an avatar shown
// without it is broken), or when it has no VRM extension.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fail, print, readAsset, readJSON } from "./common.mjs";
import { imageSize } from "./image.mjs";

// Everything the libraries say goes to stderr; stdout is the answer alone.
console.log = console.info = console.debug = (...a) => console.error(...a);

// GLTFLoader takes URL.createObjectURL from self, a browser's global, and
// FileLoader (a .gltf's buffers) reports progress with a ProgressEvent.
globalThis.self ??= globalThis;
globalThis.ProgressEvent ??= class ProgressEvent extends Event {
  constructor(type, init = {}) {
    super(type);
    Object.assign(this, { lengthComputable: false, loaded: 0, total: 0 }, init);
  }
};

// createImageBitmap for ImageBitmapLoader, which GLTFLoader picks when it
// exists: image.mjs checks that the image would decode and reads its size;
// the bitmap is that size and holds no pixels. GLTFLoader, as in a browser,
// goes on without a texture whose image does not decode; this script then
// fails, for the avatar would be shown without it.
let images = 0;
const imageErrors = [];
globalThis.createImageBitmap = async (blob) => {
  try {
    const { width, height } = imageSize(new Uint8Array(await blob.arrayBuffer()));
    images++;
    return { width, height, close() {} };
  } catch (e) {
    imageErrors.push(e.message);
    throw e;
  }
};

const { LoadingManager } = await import("three");
const { GLTFLoader } = await import("three/addons/loaders/GLTFLoader.js");
const { VRMLoaderPlugin } = await import("@pixiv/three-vrm");

const req = await readJSON();
const bytes = await readAsset(req);

// A .gltf's relative URIs (buffers, images) are read from beside it and
// handed to the loader as blob: URLs, which Node.js's fetch reads.
const manager = new LoadingManager();
manager.setURLModifier((url) => {
  if (/^(data|blob):/.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) fail(`${url}: only files beside the asset are read`);
  return URL.createObjectURL(new Blob([readFileSync(resolve(dirname(req.file), decodeURIComponent(url)))]));
});
const loader = new GLTFLoader(manager);
loader.register((parser) => new VRMLoaderPlugin(parser));

let gltf;
try {
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  gltf = await loader.parseAsync(data, "");
} catch (e) {
  fail(`load: ${e?.message ?? e}`);
}
if (imageErrors.length > 0) fail(`${imageErrors.length} image(s) do not decode: ${imageErrors.join("; ")}`);
const vrm = gltf.userData.vrm;
if (!vrm) fail("not a VRM: three-vrm found no VRMC_vrm or VRM extension it could load");
const json = gltf.parser.json;
const associations = gltf.parser.associations;

function nodeName(obj) {
  const index = associations.get(obj)?.nodes;
  return (index !== undefined && json.nodes?.[index]?.name) || obj.name;
}

const humanBones = {};
for (const [bone, entry] of Object.entries(vrm.humanoid?.rawHumanBones ?? {})) {
  if (entry?.node) humanBones[bone] = nodeName(entry.node);
}

const expressions = (vrm.expressionManager?.expressions ?? []).map((e) => e.expressionName);
const springJoints = vrm.springBoneManager?.joints?.size ?? 0;

// A glTF primitive is one three.js geometry, which GLTFLoader shares between
// primitives with the same accessors and between the nodes that use a mesh:
// primitives are counted by (mesh, primitive) index, not by geometry.
const meshes = new Set();
const primitives = new Map();
gltf.scene.traverse((obj) => {
  if (!obj.isMesh) return;
  const a = associations.get(obj);
  if (a?.meshes !== undefined) meshes.add(a.meshes);
  primitives.set(a?.meshes !== undefined ? `${a.meshes}/${a.primitives ?? 0}` : obj.geometry, obj.geometry);
});
let triangles = 0;
for (const g of primitives.values()) {
  const count = g.index ? g.index.count : (g.attributes.position?.count ?? 0);
  triangles += Math.floor(count / 3);
}

const meta = {};
for (const [k, v] of Object.entries(vrm.meta ?? {})) {
  if (k === "thumbnailImage" || k === "texture") continue;
  meta[k] = v;
}
meta.thumbnail = Boolean(vrm.meta?.thumbnailImage ?? vrm.meta?.texture);

print({
  metaVersion: vrm.meta?.metaVersion ?? "",
  humanBones,
  expressions,
  springJoints,
  meshes: meshes.size,
  primitives: primitives.size,
  triangles,
  textures: images,
  meta,
});
