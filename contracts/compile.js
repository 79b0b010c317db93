// Compiles every contract under src/ with the pinned solcjs and writes, per
// contract, artifacts/<Name>.json (ABI, bytecode, compiler settings) plus the
// .abi and .bin files abigen reads. Output is a pure function of the sources,
// the lock file and the settings below, so `make contracts-check` can compare it
// byte for byte. Usage: node compile.js [OUTDIR] (default: artifacts/).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const srcDir = path.join(root, 'src');
const outDir = path.resolve(process.argv[2] || path.join(root, 'artifacts'));

const settings = {
  evmVersion: 'prague',
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
};

function listSources(dir, rel) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return listSources(path.join(dir, e.name), r);
      return e.name.endsWith('.sol') ? [r] : [];
    });
}

function findImports(importPath) {
  const candidates = [path.join(root, 'node_modules', importPath), path.join(root, importPath)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${importPath} (run npm ci in contracts/)` };
}

const sources = {};
for (const f of listSources(srcDir, '')) {
  sources[`src/${f}`] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}
const input = { language: 'Solidity', sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

const errors = (output.errors || []).filter((e) => e.severity === 'error');
// OpenZeppelin's own warnings (its transient-storage guard) are known and not ours to fix.
for (const e of output.errors || []) {
  const file = (e.sourceLocation && e.sourceLocation.file) || '';
  if (e.severity === 'warning' && file.startsWith('@openzeppelin/')) continue;
  process.stderr.write(e.formattedMessage + '\n');
}
if (errors.length > 0) process.exit(1);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const names = [];
for (const file of Object.keys(sources)) {
  for (const [name, c] of Object.entries(output.contracts[file] || {})) {
    if (!c.evm.bytecode.object || c.abi.length === 0) continue; // interfaces, abstract contracts, internal libraries
    names.push(name);
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: { version: solc.version(), settings: { evmVersion: settings.evmVersion, optimizer: settings.optimizer } },
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi) + '\n');
    fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + '\n');
  }
}
process.stdout.write(`compiled ${names.join(', ')} with solc ${solc.version()}\n`);
