'use strict';
// Renders an OpenAPI 3 document with widdershins 4.0.1 (English templates), under the option
// set of the base fixture (widdershins.md) and under the option matrix (widdershins-*.md).
//
// Base options (widdershins.md), chosen to match what Apifox's widdershins fork emits (see seeds
// 000/001); apifox.md is derived from this rendering:
//   codeSamples: false     Apifox exports carry no code samples; only the body and
//                          response examples (JSON) remain.
//   language_tabs          left at widdershins' default list (shell, http, javascript,
//                          ruby, python, php, java, go), which is exactly the list in the
//                          seeds' front matter.
//   omitHeader: false      keep the YAML front matter (title, language_tabs, headingLevel...).
//   headings: 2            headingLevel 2, as in the seeds.
//   search: true, theme: darkula   as in the seeds' front matter.
//   sample: true           examples are generated samples (not raw schemas).
//   tocSummary: false      headings use operationId (or method_path); the summary is the
//                          italic line. With tocSummary, widdershins keys operations by
//                          summary and silently drops operations whose summaries repeat.
//   expandBody: false      the body is one `body` row followed by `»` rows, as in the seeds.
//   omitBody: false        keep that `body` row.
//   shallowSchemas: false  expand $ref'd schemas under ref rows, as Apifox does.
//   resolve: false         no external refs in any fixture.
//   yaml: false            schema samples in the models section are JSON.
//   maxDepth: 10           widdershins' CLI default.
//
// The option matrix: each set starts from what `widdershins spec.json -o out.md` gives (the
// CLI's defaults, CLI_DEFAULTS below) and changes what its name says. What each option changes
// in widdershins 4.0.1 (lib/openapi3.js, lib/common.js, templates/openapi3/*.dot):
//   codeSamples            `> Code samples` then one fenced block per language tab (shell,
//                          http, javascript, ruby, python, php, java, go by default) between
//                          the operation heading and the request line.
//   httpsnippet            the same blocks written by httpsnippet instead of the templates.
//   language_tabs          which blocks (and the front matter list); `javascript--node`
//                          style keys pick a target, language_clients a client.
//   tocSummary             the operation heading is the summary (no italic summary line);
//                          operations with the same summary under one tag collapse into one.
//   omitHeader             no YAML front matter (the title comes from the H1 only).
//   expandBody             the properties of a $ref'd object body are listed as `in: body`
//                          parameter rows too (an inline object body always is).
//   omitBody               no `body` row: the body's properties sit at depth 0 (`» a` → `a`),
//                          except for a $ref'd body, which keeps its ref row.
//   shallowSchemas         rows under a $ref'd field are not expanded (the model has them).
//   headings               only the front matter's `headingLevel` (a Shins TOC setting): the
//                          markdown heading levels do not change.
//   yaml                   the models' samples are ```yaml blocks (not ```json).
//   sample: false (--raw)  examples are the raw schemas, not generated sample values.
//   search, theme          front matter only.
//   discovery              a schema.org WebAPI <script> block after the models.
//   tagGroups              (environment file only) tags under group titles: the H1s are the
//                          group titles, not the tags (with tocSummary, operations whose
//                          summaries repeat within a group collapse into one).
const widdershins = require('widdershins');

const OPTIONS = Object.freeze({
  codeSamples: false,
  httpsnippet: false,
  omitHeader: false,
  headings: 2,
  search: true,
  theme: 'darkula',
  sample: true,
  tocSummary: false,
  expandBody: false,
  omitBody: false,
  shallowSchemas: false,
  resolve: false,
  yaml: false,
  maxDepth: 10,
  discovery: false,
  verbose: 0,
});

// What widdershins.js (the CLI) passes when given no options: codeSamples on (no --code),
// samples (no --raw), headings 2, maxDepth 10, search on, the default language tabs.
const CLI_DEFAULTS = Object.freeze({
  codeSamples: true,
  httpsnippet: false,
  sample: true,
  headings: 2,
  maxDepth: 10,
  search: true,
  tocSummary: false,
  expandBody: false,
  omitBody: false,
  omitHeader: false,
  shallowSchemas: false,
  resolve: false,
  yaml: false,
  discovery: false,
  verbose: 0,
});

// The option matrix: file name → changes to CLI_DEFAULTS (see the list above).
const VARIANTS = Object.freeze([
  { file: 'widdershins-defaults.md', options: {} },
  { file: 'widdershins-httpsnippet.md', options: { httpsnippet: true } },
  {
    file: 'widdershins-tabs-csharp.md',
    options: { language_tabs: [{ csharp: 'C#' }, { 'javascript--node': 'Node.js' }, { python: 'Python' }, { jquery: 'jQuery' }] },
  },
  { file: 'widdershins-toc-summary.md', options: { tocSummary: true } },
  { file: 'widdershins-omit-header.md', options: { omitHeader: true } },
  { file: 'widdershins-expand-body.md', options: { expandBody: true } },
  { file: 'widdershins-omit-body.md', options: { omitBody: true } },
  { file: 'widdershins-shallow.md', options: { shallowSchemas: true } },
  { file: 'widdershins-headings-1.md', options: { headings: 1 } },
  { file: 'widdershins-headings-3.md', options: { headings: 3 } },
  { file: 'widdershins-yaml.md', options: { yaml: true } },
  { file: 'widdershins-raw.md', options: { sample: false } },
  {
    file: 'widdershins-combo.md',
    options: {
      httpsnippet: true,
      language_tabs: [{ shell: 'Shell' }, { python: 'Python' }, { go: 'Go' }],
      tocSummary: true,
      omitHeader: true,
      expandBody: true,
      omitBody: true,
      shallowSchemas: true,
      headings: 3,
      yaml: true,
      search: false,
      discovery: true,
      // One group per tag, titled apart from it: one group for all would put operations whose
      // summaries repeat under different tags into one resource, where tocSummary collapses them.
      tagGroups: (openapi) => tagNames(openapi).map((tag) => ({ title: `${tag} (group)`, description: `The ${tag} operations.`, tags: [tag] })),
    },
  },
]);

/** The tags the operations use, in order of first use. */
function tagNames(openapi) {
  const names = [];
  for (const pathItem of Object.values(openapi.paths || {})) {
    for (const operation of Object.values(pathItem || {})) {
      for (const tag of (operation && operation.tags) || []) {
        if (!names.includes(tag)) names.push(tag);
      }
    }
  }
  return names;
}

/** A variant's options for one document: option values that are functions are called with it. */
function optionsFor(variant, openapi) {
  const options = {};
  for (const [key, value] of Object.entries(variant.options)) {
    options[key] = typeof value === 'function' ? value(openapi) : value;
  }
  return options;
}

async function render(openapi, options) {
  // widdershins mutates its input (dereferencing) and its options (language tabs); give it copies.
  const md = await widdershins.convert(JSON.parse(JSON.stringify(openapi)), JSON.parse(JSON.stringify(options)));
  return md.replace(/\r\n/g, '\n');
}

async function renderWiddershins(openapi) {
  return render(openapi, OPTIONS);
}

/** Every option set of the matrix: [{ file, markdown }]. */
async function renderWiddershinsMatrix(openapi) {
  const result = [];
  for (const variant of VARIANTS) {
    result.push({ file: variant.file, markdown: await render(openapi, Object.assign({}, CLI_DEFAULTS, optionsFor(variant, openapi))) });
  }
  return result;
}

module.exports = { renderWiddershins, renderWiddershinsMatrix, WIDDERSHINS_OPTIONS: OPTIONS, WIDDERSHINS_VARIANTS: VARIANTS };
