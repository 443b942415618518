'use strict';
// Renders a Swagger 2.0 file with swagger-markdown 3.0.0 (its library entry point, which
// does exactly what the `swagger-markdown -i <file>` CLI does, without writing a file).
const { transformFile } = require('swagger-markdown');

// skipInfo is the CLI's --skip-info (no title, description, version, contact or license block):
// the only option that changes what swagger-markdown 3.0.0 prints.
async function renderSwaggerMarkdown(swaggerFile, skipInfo = false) {
  const md = await transformFile({ input: swaggerFile, skipInfo });
  return md.replace(/\r\n/g, '\n');
}

module.exports = { renderSwaggerMarkdown };
