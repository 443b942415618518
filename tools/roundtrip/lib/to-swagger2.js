'use strict';
// Down-converts an OpenAPI 3.0 document to Swagger 2.0 for swagger-markdown.
// Written here (not an npm converter) so every choice is visible and deterministic:
//   servers[0]            -> host, basePath, schemes (server variables take their defaults)
//   components.schemas    -> definitions; '#/components/schemas/X' -> '#/definitions/X'
//   components.parameters/requestBodies/responses/headers -> inlined where referenced
//   requestBody           -> one `body` parameter (JSON or any non-form media type), or
//                            `formData` parameters (x-www-form-urlencoded, multipart/form-data;
//                            format: binary -> type: file); consumes = the media types
//   responses             -> schema of the application/json content (else the first one);
//                            produces = the media types; a binary string becomes type: file
//   allOf                 -> merged into one object schema (properties and required lists of
//                            all parts): swagger-markdown prints an allOf model as one empty row
//   $ref to an array schema -> that array schema inline (swagger-markdown prints a named array
//                            model as a bare `array` row, without its item type); the
//                            definition itself is kept
//   nullable              -> x-nullable
//   oneOf / anyOf         -> dropped (Swagger 2.0 has no unions): the schema becomes untyped,
//                            keeping its description
//   not, writeOnly        -> dropped; deprecated -> x-deprecated
//   cookie parameters     -> dropped (Swagger 2.0 has none)
//   securitySchemes       -> securityDefinitions (apiKey as is; http basic -> basic; http
//                            bearer -> apiKey header Authorization; oauth2 -> its first flow;
//                            openIdConnect dropped)
//   callbacks, links      -> dropped
//   info.license          -> dropped when there is no info.contact (swagger-markdown bug)
// Inline object schemas that have properties (request bodies, responses, nested properties,
// array items) are hoisted to definitions named <Parent>_<property> (or <operation>_body,
// <operation>_<status>), because swagger-markdown prints an inline object as one
// `{ "a": string }` type cell without required flags, descriptions or enums, whereas a
// definition gets its own model table. Hoisting changes no fact that the tests compare
// (they follow $refs).

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function resolveLocal(api, obj) {
  let seen = 0;
  while (obj && obj.$ref && seen++ < 20) {
    const parts = obj.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    obj = parts.reduce((o, k) => (o ? o[k] : undefined), api);
  }
  return obj;
}

function toSwagger2(api) {
  const definitions = {};
  const inlining = new Set();
  const usedNames = new Set(Object.keys((api.components && api.components.schemas) || {}));

  const uniqueName = (base) => {
    let name = base.replace(/[{}\s/]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
    let candidate = name;
    for (let i = 2; usedNames.has(candidate); i++) candidate = `${name}_${i}`;
    usedNames.add(candidate);
    return candidate;
  };

  // allOf parts merged into one object schema: properties (later parts win) and required lists.
  function mergeAllOf(s, depth = 0) {
    const { allOf, ...own } = s;
    const merged = { type: 'object', properties: {}, required: [] };
    for (const raw of [...allOf, own]) {
      let part = resolveLocal(api, raw) || {};
      if (part.allOf && depth < 16) part = mergeAllOf(part, depth + 1);
      Object.assign(merged.properties, part.properties || {});
      for (const r of part.required || []) if (!merged.required.includes(r)) merged.required.push(r);
    }
    for (const k of ['description', 'title', 'nullable', 'example']) if (own[k] !== undefined) merged[k] = own[k];
    if (!merged.required.length) delete merged.required;
    return merged;
  }

  // Converts one schema; `hoistAs` names the definition an inline object becomes (null = keep inline).
  function schema(s, hoistAs) {
    if (!s || typeof s !== 'object') return s;
    if (Array.isArray(s.allOf) && !s.$ref) s = mergeAllOf(s);
    if (s.$ref) {
      const target = resolveLocal(api, s);
      if (target && target.type === 'array' && !inlining.has(s.$ref)) {
        // swagger-markdown prints a named array model as a bare `array` row: use it inline instead.
        inlining.add(s.$ref);
        try { return schema(target, hoistAs); } finally { inlining.delete(s.$ref); }
      }
      return { $ref: s.$ref.replace('#/components/schemas/', '#/definitions/') };
    }
    const out = {};
    for (const [k, v] of Object.entries(s)) {
      switch (k) {
        case 'nullable': if (v) out['x-nullable'] = true; break;
        case 'deprecated': if (v) out['x-deprecated'] = true; break;
        case 'oneOf': case 'anyOf': case 'not': case 'writeOnly': case 'discriminator': case 'xml': break;
        case 'properties':
          out.properties = {};
          for (const [name, p] of Object.entries(v)) {
            out.properties[name] = schema(p, hoistAs ? `${hoistAs}_${name}` : null);
          }
          break;
        case 'items': out.items = schema(v, hoistAs ? `${hoistAs}_item` : null); break;
        case 'additionalProperties':
          out.additionalProperties = typeof v === 'object' ? schema(v, null) : v; break;
        default: out[k] = JSON.parse(JSON.stringify(v));
      }
    }
    if (hoistAs && out.properties && Object.keys(out.properties).length > 0) {
      const name = uniqueName(hoistAs);
      definitions[name] = out;
      return { $ref: `#/definitions/${name}` };
    }
    return out;
  }

  function parameter(p) {
    p = resolveLocal(api, p);
    if (!p || p.in === 'cookie') return null;
    const out = { name: p.name, in: p.in };
    if (p.description) out.description = p.description;
    if (p.required || p.in === 'path') out.required = true;
    let s = p.schema;
    if (!s && p.content) s = Object.values(p.content)[0].schema;
    s = resolveLocal(api, s) || { type: 'string' };
    const flat = schema(s, null);
    for (const k of ['type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'pattern', 'x-nullable']) {
      if (flat[k] !== undefined) out[k] = flat[k];
    }
    if (out.items && out.items.$ref) out.items = schema(resolveLocal(api, s.items), null);
    if (out.type === 'array') out.collectionFormat = p.explode === false ? 'csv' : (p.in === 'query' ? 'multi' : 'csv');
    return out;
  }

  function formParameters(s) {
    s = resolveLocal(api, s) || {};
    const props = s.properties || {};
    const req = s.required || [];
    return Object.entries(props).map(([name, raw]) => {
      const p = resolveLocal(api, raw) || {};
      const out = { name, in: 'formData' };
      if (p.description) out.description = p.description;
      if (req.includes(name)) out.required = true;
      if (p.type === 'string' && p.format === 'binary') out.type = 'file';
      else {
        const flat = schema(p, null);
        for (const k of ['type', 'format', 'items', 'enum', 'default']) if (flat[k] !== undefined) out[k] = flat[k];
        if (!out.type) out.type = 'string';
      }
      return out;
    });
  }

  function responseSchema(content, hoistAs) {
    const keys = Object.keys(content || {});
    if (!keys.length) return { produces: [], schema: undefined };
    const key = keys.includes('application/json') ? 'application/json' : keys[0];
    let s = content[key].schema;
    if (!s) return { produces: keys, schema: undefined };
    const resolved = resolveLocal(api, s);
    if (resolved && resolved.type === 'string' && resolved.format === 'binary') return { produces: keys, schema: { type: 'file' } };
    return { produces: keys, schema: schema(s, hoistAs) };
  }

  const out = { swagger: '2.0', info: JSON.parse(JSON.stringify(api.info || { title: 'API', version: '1.0.0' })) };
  // swagger-markdown 3.0.0 crashes on info.license without info.contact (it tests the wrong
  // key), and would not print that license anyway: drop it.
  if (out.info.license && !out.info.contact) delete out.info.license;
  const server = api.servers && api.servers[0];
  if (server && server.url) {
    let url = server.url;
    for (const [name, v] of Object.entries(server.variables || {})) url = url.split(`{${name}}`).join(v.default);
    const m = /^(?:(https?):)?\/\/([^/]+)(\/.*)?$/.exec(url);
    if (m) {
      if (m[1]) out.schemes = [m[1]];
      out.host = m[2];
      if (m[3] && m[3] !== '/') out.basePath = m[3].replace(/\/$/, '');
    } else if (url.startsWith('/') && url !== '/') {
      out.basePath = url.replace(/\/$/, '');
    }
  }
  if (api.tags) out.tags = JSON.parse(JSON.stringify(api.tags));
  out.paths = {};

  for (const [path, rawItem] of Object.entries(api.paths || {})) {
    const item = resolveLocal(api, rawItem);
    const pathOut = {};
    if (item.parameters) {
      const ps = item.parameters.map(parameter).filter(Boolean);
      if (ps.length) pathOut.parameters = ps;
    }
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const opName = op.operationId || `${method}_${path}`;
      const o = {};
      for (const k of ['tags', 'summary', 'description', 'operationId', 'deprecated', 'security']) {
        if (op[k] !== undefined) o[k] = JSON.parse(JSON.stringify(op[k]));
      }
      const params = (op.parameters || []).map(parameter).filter(Boolean);
      const body = resolveLocal(api, op.requestBody);
      if (body && body.content) {
        const types = Object.keys(body.content);
        o.consumes = types;
        const nonForm = types.find((t) => !FORM_TYPES.includes(t));
        if (nonForm) {
          const key = types.includes('application/json') ? 'application/json' : nonForm;
          const p = { name: 'body', in: 'body' };
          if (body.description) p.description = body.description;
          if (body.required) p.required = true;
          p.schema = schema(body.content[key].schema || {}, `${opName}_body`);
          params.push(p);
        } else {
          params.push(...formParameters(body.content[types[0]].schema));
        }
      }
      if (params.length) o.parameters = params;
      o.responses = {};
      const produces = new Set();
      for (const [status, rawResponse] of Object.entries(op.responses || {})) {
        const r = resolveLocal(api, rawResponse) || {};
        const res = { description: r.description || '' };
        const { produces: types, schema: s } = responseSchema(r.content, `${opName}_${status}`);
        types.forEach((t) => produces.add(t));
        if (s) res.schema = s;
        if (r.headers) {
          res.headers = {};
          for (const [h, rawHeader] of Object.entries(r.headers)) {
            const hd = resolveLocal(api, rawHeader) || {};
            const hs = schema(resolveLocal(api, hd.schema) || { type: 'string' }, null);
            res.headers[h] = Object.assign({ type: hs.type || 'string' }, hd.description ? { description: hd.description } : {});
            if (hs.format) res.headers[h].format = hs.format;
          }
        }
        o.responses[status] = res;
      }
      if (produces.size) o.produces = [...produces];
      pathOut[method] = o;
    }
    out.paths[path] = pathOut;
  }

  const sourceSchemas = (api.components && api.components.schemas) || {};
  const converted = {};
  for (const [name, raw] of Object.entries(sourceSchemas)) {
    // A named schema stays where it is; its nested inline objects are hoisted.
    const s = Array.isArray(raw.allOf) ? mergeAllOf(raw) : raw;
    const { properties: _p, items: _i, ...rest } = s;
    const top = schema(rest, null);
    if (s.properties) {
      top.properties = {};
      for (const [p, ps] of Object.entries(s.properties)) top.properties[p] = schema(ps, `${name}_${p}`);
    }
    if (s.items) top.items = schema(s.items, `${name}_item`);
    converted[name] = top;
  }
  const allDefinitions = Object.assign({}, converted, definitions);
  // swagger-markdown 3.0.0 crashes on an empty `definitions` object.
  if (Object.keys(allDefinitions).length) out.definitions = allDefinitions;

  const schemes = (api.components && api.components.securitySchemes) || {};
  const secDefs = {};
  for (const [name, raw] of Object.entries(schemes)) {
    const s = resolveLocal(api, raw);
    if (s.type === 'apiKey') secDefs[name] = { type: 'apiKey', name: s.name, in: s.in };
    else if (s.type === 'http' && s.scheme === 'basic') secDefs[name] = { type: 'basic' };
    else if (s.type === 'http') secDefs[name] = { type: 'apiKey', name: 'Authorization', in: 'header' };
    else if (s.type === 'oauth2') {
      const [flowName, flow] = Object.entries(s.flows || {})[0] || [];
      if (!flow) continue;
      const map = { implicit: 'implicit', password: 'password', clientCredentials: 'application', authorizationCode: 'accessCode' };
      const d = { type: 'oauth2', flow: map[flowName] };
      if (flow.authorizationUrl) d.authorizationUrl = flow.authorizationUrl;
      if (flow.tokenUrl) d.tokenUrl = flow.tokenUrl;
      d.scopes = flow.scopes || {};
      secDefs[name] = d;
    }
    if (secDefs[name] && s.description) secDefs[name].description = s.description;
  }
  if (Object.keys(secDefs).length) out.securityDefinitions = secDefs;
  if (api.security) out.security = JSON.parse(JSON.stringify(api.security));
  return out;
}

module.exports = { toSwagger2 };
