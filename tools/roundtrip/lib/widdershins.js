'use strict';
// Renders an OpenAPI 3 document with widdershins 4.0.1 (English templates).
//
// Options, chosen to match what Apifox's widdershins fork emits (see seeds 000/001):
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

async function renderWiddershins(openapi) {
  const options = Object.assign({}, OPTIONS);
  // widdershins mutates its input (dereferencing); give it a private copy.
  const md = await widdershins.convert(JSON.parse(JSON.stringify(openapi)), options);
  return md.replace(/\r\n/g, '\n');
}

module.exports = { renderWiddershins, WIDDERSHINS_OPTIONS: OPTIONS };
