'use strict';
// Renders a Swagger 2.0 file with swagger-markdown 3.0.0 (its library entry point, which
// does exactly what the `swagger-markdown -i <file>` CLI does, without writing a file).
const { transformFile } = require('swagger-markdown');

async function renderSwaggerMarkdown(swaggerFile) {
  const md = await transformFile({ input: swaggerFile });
  return md.replace(/\r\n/g, '\n');
}

module.exports = { renderSwaggerMarkdown };
