'use strict';
// Turns English widdershins 4.0.1 output into the Chinese flavour that Apifox exports
// (its widdershins fork, seeds 000/001). Deterministic, line-based. What changes:
//   front matter      title = info.title (no version), code_clipboard, generator line of
//                     the Apifox fork; then `# <title>`, `Base URLs:`, `# Authentication`
//   tags              `<h1 id=..>tag</h1>`                    -> `# tag`
//   operations        `## opName` + `<a id="opId..">` + `` `POST /p` `` + `*summary*`
//                     -> `<a id="opId..">` + `## POST <summary>` + `POST /p`
//                     (no summary: the path is used as the name, as Apifox does)
//   body example      `> Body parameter`                      -> `> Body 请求参数`
//   parameters        `Parameters` h3 + |Name|In|Type|Required|Description|
//                     -> `### 请求参数` + |名称|位置|类型|必选|中文名|说明| with ` 是 `/` 否 `
//                     (中文名 left empty; the root `body` row keeps the real
//                     requestBody.required, where Apifox always writes ` 否 `)
//   enums             `#### Enumerated Values` |Parameter/Property|Value| -> `#### 枚举值` |属性|值|
//   responses         `> Example responses` -> `> 返回示例`; `Responses` h3 -> `### 返回结果`
//                     |状态码|状态码含义|说明|数据模型|; `### 返回数据结构` always follows
//                     (possibly empty); `Status Code **200**` -> `状态码 **200**`;
//                     structure tables |名称|类型|必选|约束|中文名|说明| keep true/false
//   models            `# Schemas` -> `# 数据模型`; the backwards-compatibility comment is
//                     dropped (widdershins already writes the schema's title, or else its
//                     description, as the display-title line before `### 属性`, as in seed 000)
//   dropped           `<aside>` blocks, `### Response Headers`, `#### Links`, and the whole
//                     `### Callbacks` section (Apifox has none of these)
// Table rows that widdershins breaks over several lines (a newline inside a description)
// are joined with a space first.

const FRONT_MATTER_TABS = ['shell: Shell', 'http: HTTP', 'javascript: JavaScript', 'ruby: Ruby',
  'python: Python', 'php: PHP', 'java: Java', 'go: Go'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function splitRow(line) {
  // `|a|b\|c|d|` -> ['a', 'b\|c', 'd']
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && i + 1 < inner.length) { cur += ch + inner[i + 1]; i++; continue; }
    if (ch === '|') { cells.push(cur); cur = ''; continue; }
    cur += ch;
  }
  cells.push(cur);
  return cells;
}

const joinRow = (cells) => '|' + cells.join('|') + '|';
const separator = (n) => '|' + Array(n).fill('---').join('|') + '|';
const yesNo = (v) => (v.trim() === 'true' ? ' 是 ' : ' 否 ');

// Joins table rows that continue on the next line (a row must end with an unescaped `|`).
function joinBrokenRows(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.startsWith('|')) {
      while (!/[^\\]\|\s*$/.test(line) && i + 1 < lines.length && lines[i + 1].trim() !== '') {
        line = line + ' ' + lines[++i].trim();
      }
    }
    out.push(line);
  }
  return out;
}

function stripFrontMatter(lines) {
  if (lines[0] !== '---') return lines;
  const end = lines.indexOf('---', 1);
  return end < 0 ? lines : lines.slice(end + 1);
}

function operationOf(api, method, path) {
  const item = api.paths && api.paths[path];
  return item && item[method.toLowerCase()];
}

function countCallbackOperations(operation) {
  let n = 0;
  for (const callback of Object.values((operation && operation.callbacks) || {})) {
    for (const pathItem of Object.values(callback || {})) {
      n += Object.keys(pathItem || {}).filter((k) => METHODS.includes(k)).length;
    }
  }
  return n;
}

function header(api) {
  const title = (api.info && api.info.title) || 'API';
  return [
    '---',
    `title: ${title}`,
    'language_tabs:',
    ...FRONT_MATTER_TABS.map((t) => `  - ${t}`),
    'toc_footers: []',
    'includes: []',
    'search: true',
    'code_clipboard: true',
    'highlight_theme: darkula',
    'headingLevel: 2',
    '# Apifox-style variant of widdershins 4.0.1 output, made by SpecGen tools/roundtrip',
    'generator: "@tarslib/widdershins v4.0.30"',
    '',
    '---',
    '',
  ];
}

function toApifox(widdershinsMd, api) {
  const src = joinBrokenRows(stripFrontMatter(widdershinsMd.split('\n')));
  const out = header(api);
  let sawTitle = false;
  let sawBaseUrls = false;
  let sawAuthentication = false;
  let inModels = false;
  let currentOperation = null;
  let table = null; // 'params' | 'schema' | 'enum' | 'status' | null

  const emitBaseUrlsIfMissing = () => {
    if (!sawBaseUrls) { out.push('Base URLs:', ''); sawBaseUrls = true; }
  };
  const emitAuthenticationIfMissing = () => {
    emitBaseUrlsIfMissing();
    if (!sawAuthentication) { out.push('# Authentication', ''); sawAuthentication = true; }
  };
  const skipUntil = (i, stop) => { while (i < src.length && !stop(src[i])) i++; return i; };
  const isOperationHeading = (i) => {
    if (!/^## /.test(src[i])) return null;
    for (let j = i + 1; j < Math.min(src.length, i + 6); j++) {
      const m = /^`([A-Z]+) (\S.*)`$/.exec(src[j]);
      if (m && METHODS.includes(m[1].toLowerCase())) return { method: m[1], path: m[2], line: j };
    }
    return null;
  };
  const isTopLevelBoundary = (line) => /^<h1 /.test(line) || line === '# Schemas';

  for (let i = 0; i < src.length; i++) {
    const line = src[i];

    if (table && !line.startsWith('|')) table = null;

    if (line.startsWith('<!-- Generator: Widdershins')) continue;
    if (line.startsWith('> Scroll down for')) continue;
    if (line === '<!-- backwards compatibility -->') { out.push(''); continue; }

    // Document title (the first h1) and tag headings.
    const h1 = /^<h1 id="[^"]*">(.*)<\/h1>$/.exec(line);
    if (h1) {
      if (!sawTitle) {
        sawTitle = true;
        out.push(`# ${(api.info && api.info.title) || 'API'}`);
        continue;
      }
      emitAuthenticationIfMissing();
      out.push(`# ${h1[1]}`);
      continue;
    }
    if (line === 'Base URLs:') { sawBaseUrls = true; out.push(line); continue; }
    if (line === '# Authentication') { emitBaseUrlsIfMissing(); sawAuthentication = true; out.push(line); continue; }
    if (line === '# Schemas') {
      emitAuthenticationIfMissing();
      inModels = true;
      out.push('# 数据模型');
      continue;
    }

    // Blocks Apifox does not have.
    if (line.startsWith('<aside')) { i = skipUntil(i, (l) => l === '</aside>'); continue; }
    if (line === '### Response Headers' || line === '#### Links') {
      i = skipUntil(i + 1, (l) => /^(#|<h|<aside)/.test(l)) - 1;
      continue;
    }
    if (line === '### Callbacks') {
      // widdershins renders each callback operation like a path operation (with the owning
      // operation's path). Skip as many operation blocks as the callbacks define.
      let remaining = countCallbackOperations(currentOperation);
      let j = i + 1;
      for (; j < src.length; j++) {
        if (isTopLevelBoundary(src[j])) break;
        if (isOperationHeading(j) && remaining-- === 0) break;
      }
      i = j - 1;
      continue;
    }

    // Operation heading block.
    const op = !inModels && isOperationHeading(i);
    if (op) {
      const anchor = src.slice(i + 1, op.line).find((l) => l.startsWith('<a id="opId'));
      const operation = operationOf(api, op.method, op.path) || {};
      currentOperation = operation;
      const summary = operation.summary && operation.summary.trim() ? operation.summary.trim() : op.path;
      if (anchor) out.push(anchor, '');
      out.push(`## ${op.method} ${summary}`, '', `${op.method} ${op.path}`);
      i = op.line;
      // Drop the italic summary line that follows the path line.
      let j = i + 1;
      while (j < src.length && src[j] === '') j++;
      if (operation.summary && src[j] === `*${operation.summary}*`) i = j;
      continue;
    }

    if (line === '> Body parameter') { out.push('> Body 请求参数'); continue; }
    if (line === '> Example responses') { out.push('> 返回示例'); continue; }
    if (/^<h3 id="[^"]*">Parameters<\/h3>$/.test(line)) { out.push('### 请求参数'); continue; }
    if (/^<h3 id="[^"]*">Responses<\/h3>$/.test(line)) { out.push('### 返回结果'); continue; }
    if (/^<h3 id="[^"]*">Response Schema<\/h3>$/.test(line)) {
      // `### 返回数据结构` is already written after the status table; drop the blank line too.
      if (src[i + 1] === '') i++;
      continue;
    }
    if (line === '#### Enumerated Values') { out.push('#### 枚举值'); continue; }
    if (line === '#### Detailed descriptions') { out.push('#### 详细说明'); continue; }
    const status = /^Status Code \*\*(.+)\*\*$/.exec(line);
    if (status) { out.push(`状态码 **${status[1]}**`); continue; }

    if (line === '### Properties') { out.push('### 属性'); continue; }

    // Tables.
    if (line === '|Name|In|Type|Required|Description|') {
      table = 'params'; out.push('|名称|位置|类型|必选|中文名|说明|', separator(6)); i++; continue;
    }
    if (line === '|Name|Type|Required|Restrictions|Description|') {
      table = 'schema'; out.push('|名称|类型|必选|约束|中文名|说明|', separator(6)); i++; continue;
    }
    if (line === '|Parameter|Value|' || line === '|Property|Value|') {
      table = 'enum'; out.push('|属性|值|', separator(2)); i++; continue;
    }
    if (line === '|Status|Meaning|Description|Schema|') {
      table = 'status'; out.push('|状态码|状态码含义|说明|数据模型|', separator(4)); i++;
      while (i + 1 < src.length && src[i + 1].startsWith('|')) out.push(src[++i]);
      out.push('', '### 返回数据结构');
      table = null;
      continue;
    }
    if (table === 'params') {
      const c = splitRow(line);
      if (c.length === 5) { out.push(joinRow([c[0], c[1], c[2], yesNo(c[3]), '', c[4]])); continue; }
    }
    if (table === 'schema') {
      const c = splitRow(line);
      if (c.length === 5) { out.push(joinRow([c[0], c[1], c[2], c[3], '', c[4]])); continue; }
    }

    out.push(line);
  }

  // Collapse runs of blank lines, end with one newline.
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  return text + '\n';
}

module.exports = { toApifox };
