'use strict';
// Regenerates the round-trip fixtures: for every input spec writes
//   <out>/<name>/original.json            the OpenAPI 3 spec as JSON (what tests compare with)
//   <out>/<name>/widdershins.md           widdershins 4.0.1, English templates
//   <out>/<name>/widdershins-*.md         widdershins 4.0.1 under the option matrix of lib/widdershins.js
//   <out>/<name>/apifox.md                Apifox-style Chinese variant of widdershins.md
//   <out>/<name>/openapi-to-md.md         openapi-to-md 1.1.1
//   <out>/<name>/original.swagger2.json   Swagger 2.0 version of the spec
//   <out>/<name>/original.swagger2.oas3.json  that Swagger 2.0 file upgraded to OpenAPI 3 by
//                                         swagger2openapi: the expectation for swagger-markdown.md
//   <out>/<name>/swagger-markdown.md      swagger-markdown 3.0.0 output from the Swagger 2.0 file
// Usage: node render.js <corpusDir> <ownSpecsDir> <outDir> [name-filter]
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const swagger2openapi = require('swagger2openapi');
const { renderWiddershins, renderWiddershinsMatrix } = require('./lib/widdershins');

// doT (widdershins' template engine) logs every template it compiles; keep the log quiet.
const log = console.log;
console.log = (...args) => {
  if (typeof args[0] === 'string' && /^(Compiling \S+ to function|Loaded def )/.test(args[0])) return;
  log(...args);
};

const STAGES = (process.env.ROUNDTRIP_STAGES || 'widdershins,widdershins-matrix,apifox,swagger-markdown,openapi-to-md').split(',');

function listSpecs(dir, prefix) {
  if (!fs.existsSync(dir)) throw new Error(`spec directory not found: ${dir}`);
  return fs.readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => ({ name: prefix + f.replace(/\.(ya?ml|json)$/i, ''), file: path.join(dir, f) }));
}

function loadDocument(file) {
  const text = fs.readFileSync(file, 'utf8');
  return /\.json$/i.test(file) ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

async function toOpenApi3(doc) {
  if (!doc.swagger) return doc;
  const result = await swagger2openapi.convertObj(JSON.parse(JSON.stringify(doc)), { patch: true, warnOnly: true });
  return result.openapi;
}

function writeText(file, text) {
  fs.writeFileSync(file, text.endsWith('\n') ? text : text + '\n');
}

function writeJson(file, value) {
  writeText(file, JSON.stringify(value, null, 2));
}

async function renderOne(spec, outDir) {
  const doc = loadDocument(spec.file);
  const openapi = await toOpenApi3(doc);
  const dir = path.join(outDir, spec.name);
  fs.mkdirSync(dir, { recursive: true });
  writeJson(path.join(dir, 'original.json'), openapi);

  let widdershinsMd;
  if (STAGES.includes('widdershins') || STAGES.includes('apifox')) {
    widdershinsMd = await renderWiddershins(openapi);
    writeText(path.join(dir, 'widdershins.md'), widdershinsMd);
  }
  if (STAGES.includes('widdershins-matrix')) {
    for (const variant of await renderWiddershinsMatrix(openapi)) {
      writeText(path.join(dir, variant.file), variant.markdown);
    }
  }
  if (STAGES.includes('apifox')) {
    const { toApifox } = require('./lib/apifox');
    writeText(path.join(dir, 'apifox.md'), toApifox(widdershinsMd, openapi));
  }
  if (STAGES.includes('openapi-to-md')) {
    const { renderOpenApiToMd } = require('./lib/openapi-to-md');
    writeText(path.join(dir, 'openapi-to-md.md'), await renderOpenApiToMd(openapi));
    writeText(path.join(dir, 'openapi-to-md-sorted.md'), await renderOpenApiToMd(openapi, true));
  }
  if (STAGES.includes('swagger-markdown')) {
    const { toSwagger2 } = require('./lib/to-swagger2');
    const { renderSwaggerMarkdown } = require('./lib/swagger-markdown');
    const swagger2 = doc.swagger ? doc : toSwagger2(openapi);
    const swaggerFile = path.join(dir, 'original.swagger2.json');
    writeJson(swaggerFile, swagger2);
    // What the swagger-markdown fixture is compared with: the Swagger 2.0 input upgraded back
    // to OpenAPI 3 (Swagger 2.0 cannot express oneOf/anyOf, nullable or cookie parameters).
    writeJson(path.join(dir, 'original.swagger2.oas3.json'), await toOpenApi3(swagger2));
    writeText(path.join(dir, 'swagger-markdown.md'), await renderSwaggerMarkdown(swaggerFile));
    writeText(path.join(dir, 'swagger-markdown-skip-info.md'), await renderSwaggerMarkdown(swaggerFile, true));
  }
}

async function main() {
  const [corpusDir, ownDir, outDir, filter] = process.argv.slice(2);
  if (!corpusDir || !ownDir || !outDir) {
    console.error('usage: node render.js <corpusDir> <ownSpecsDir> <outDir> [name-filter]');
    process.exit(2);
  }
  const specs = [...listSpecs(corpusDir, ''), ...listSpecs(ownDir, '')]
    .filter((s) => !filter || s.name.includes(filter));
  const names = new Set();
  for (const spec of specs) {
    if (names.has(spec.name)) throw new Error(`duplicate fixture name ${spec.name}`);
    names.add(spec.name);
    process.stdout.write(`rendering ${spec.name}\n`);
    await renderOne(spec, outDir);
  }
}

main().catch((err) => { console.error(err && err.stack || err); process.exit(1); });
