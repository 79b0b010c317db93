// Validates an OpenAPI document (a file or a URL) with swagger-parser, a
// validator that is not ours: schema, references, operation ids, path
// parameters. Prints "valid: TITLE VERSION (N operations)" or the errors.
import SwaggerParser from '@apidevtools/swagger-parser';

const src = process.argv[2];
if (!src) {
  console.error('usage: node validate.mjs FILE_OR_URL');
  process.exit(2);
}
try {
  // A URL is fetched here (the node serves the document on RE and RI) and
  // handed over as an object: every $ref in it is local.
  const doc = /^https?:/.test(src) ? await (await fetch(src)).json() : src;
  const api = await SwaggerParser.validate(doc);
  let n = 0;
  for (const methods of Object.values(api.paths)) n += Object.keys(methods).length;
  console.log(`valid: ${api.info.title} ${api.info.version} (${n} operations)`);
} catch (err) {
  console.error(`invalid: ${err.message}`);
  process.exit(1);
}
