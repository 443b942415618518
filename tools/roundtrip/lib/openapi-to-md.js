'use strict';
// Renders an OpenAPI 3 document with openapi-to-md 1.1.1 (npm `openapi-to-md`), as its CLI does
// without options (`openapi-to-md spec.json out.md`): paths in document order (no --sort).
//
// What its output looks like (dist/renderer.js): a `## Path Table` and a `## Reference Table`, then
// `## Path Details` with one `### [METHOD]/path` per operation after a `***` rule, bullets
// `- Summary`, `- Operation id`, `- Description`, `- Security`, then `#### Parameters(Query)`,
// `#### Headers` (path and cookie parameters are not printed), `#### RequestBody` (`- media/type`
// + a ```typescript block) and `#### Responses` (`- 200 OK`, `` `media/type` `` + a ```typescript
// block); `## References` with `### #/components/schemas/Name` and a ```typescript block each.
// The typescript blocks show a schema as TypeScript-like fields: `name?: type` (optional scalar),
// `name: {` … `}` (object), `name: {…}[]` / `name?: string[]` (arrays), `name:#/components/…`
// (a ref already shown), `enum[a, b]`, `Partial(A) & Partial(B)` (anyOf), `A | B` (oneOf),
// `A & B` (allOf), `// comment` lines (descriptions, ref names).
const { convertMarkdown } = require('openapi-to-md');

// sort is the CLI's --sort (paths and references in name order), its only option.
async function renderOpenApiToMd(openapi, sort = false) {
  const md = await convertMarkdown(JSON.stringify(openapi), sort);
  return (md || '').replace(/\r\n/g, '\n');
}

module.exports = { renderOpenApiToMd };
