// A client of a mifm node's RI API made from its /openapi.json alone: every
// operation of the document becomes ri.<operationId>(args), with the path
// parameters, query, JSON or multipart body and headers the document
// describes. It knows nothing of mifm beyond that document, so a platform
// written in another language can do the same with any OpenAPI generator.

export async function connect(base, token) {
  const res = await fetch(new URL('/openapi.json', base));
  if (!res.ok) throw new Error(`GET /openapi.json: ${res.status}`);
  const doc = await res.json();
  const ops = {};
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops[op.operationId] = { path, method: method.toUpperCase(), op };
    }
  }
  const call = async (id, args = {}) => {
    const o = ops[id];
    if (!o) throw new Error(`the node's OpenAPI document has no operation ${id}`);
    let path = o.path;
    for (const p of o.op.parameters ?? []) {
      if (p.in !== 'path') continue;
      const v = args.params?.[p.name];
      if (v === undefined) throw new Error(`${id}: path parameter ${p.name} is required`);
      path = path.replace(`{${p.name}}`, p.name === 'cid' ? v : encodeURIComponent(v));
    }
    const url = new URL(path, base);
    for (const [k, v] of Object.entries(args.query ?? {})) url.searchParams.set(k, String(v));
    const headers = { Authorization: `Bearer ${token}`, ...(args.headers ?? {}) };
    let body;
    const media = Object.keys(o.op.requestBody?.content ?? {})[0];
    if (args.form) {
      body = args.form; // FormData: fetch sets the multipart boundary
    } else if (args.raw !== undefined) {
      body = args.raw;
      headers['Content-Type'] = media ?? 'application/octet-stream';
    } else if (args.body !== undefined) {
      body = JSON.stringify(args.body);
      headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(url, { method: o.method, headers, body });
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok) {
      const p = type.includes('json') ? await res.json() : { detail: await res.text() };
      const err = new Error(`${id}: ${res.status} ${p.code ?? ''} ${p.detail ?? ''}`.trim());
      err.status = res.status;
      err.problem = p;
      throw err;
    }
    if (args.stream) return res;
    return type.includes('json') ? res.json() : Buffer.from(await res.arrayBuffer());
  };
  return new Proxy({ doc, ops, call }, {
    // Not a thenable: `await connect()` must not take the proxy for a promise.
    get: (t, k) => (k in t || typeof k !== 'string' || k === 'then' ? t[k] : (args) => call(k, args)),
  });
}
