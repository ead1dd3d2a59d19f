/// The page's script: sends each form with `fetch`, shows fields, findings and format deviations as
/// lists, follows a batch's progress, and offers the results to download. No libraries, no network.
enum PageScript {
  static let source = #"""
'use strict';
const zh = document.body.dataset.lang !== 'en';
const names = JSON.parse(document.getElementById('diagnostic-names').textContent);
const words = zh ? {
  fields: '字段', kind: '说明', places: '位置', loops: '循环与条件', errors: '错误', warnings: '提醒', ok: '检查通过：数据填满了模板的每个字段。',
  byField: '按字段（列）', byRow: '按行', row: '第 %s 行', download: '下载', written: '已生成 %s 份', failed: '失败 %s 份',
  rendering: '正在生成……', checking: '正在检查……', conforms: '符合 GB/T 9704 版式。', deviations: '%s 处不符合 GB/T 9704：',
  expected: '应为', found: '实际', preview: '首页预览', failedRequest: '请求失败', note: '错误的详细说明目前为英文。'
} : {
  fields: 'Field', kind: 'What it holds', places: 'Where', loops: 'Loops and conditions', errors: 'Errors', warnings: 'Warnings',
  ok: 'Check passed: the data fills every field of the template.', byField: 'By field (column)', byRow: 'By row', row: 'row %s',
  download: 'Download', written: '%s written', failed: '%s failed', rendering: 'Rendering…', checking: 'Checking…',
  conforms: 'Follows the GB/T 9704 layout.', deviations: '%s deviations from GB/T 9704:', expected: 'expected', found: 'found',
  preview: 'First page', failedRequest: 'Request failed', note: ''
};
const fmt = (text, value) => text.replace('%s', value);
const params = new URLSearchParams(location.search);
if (params.get('token')) sessionStorage.setItem('gongwen-token', params.get('token'));
const token = sessionStorage.getItem('gongwen-token');
// The server answers in the page's language; the token, when the server needs one.
const requestHeaders = Object.assign({ 'Accept-Language': zh ? 'zh-CN' : 'en' }, token ? { Authorization: 'Bearer ' + token } : {});
let previewAvailable = false;
fetch('/health').then(r => r.json()).then(h => {
  previewAvailable = !!h.preview;
  document.getElementById('preview-note').hidden = previewAvailable;
}).catch(() => {});

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}
function show(id, ...nodes) { const target = document.getElementById(id); target.replaceChildren(...nodes); return target; }
function fileName(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/.exec(header);
  return plain ? plain[1] : fallback;
}
function downloadLink(blob, name, id) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name, class: 'download' }, words.download + ' ' + name);
  if (id) link.id = id;
  return link;
}
function diagnostic(item) {
  const label = names[item.id] ? names[item.id] + ' · ' : '';
  const where = item.row ? fmt(words.row, item.row) + (item.unit ? '（' + item.unit + '）' : '') + ' · ' : '';
  const li = el('li', { class: item.severity === 'warning' ? 'warning' : 'error', 'data-id': item.id },
    el('strong', {}, where + label + item.id), ' ', el('span', { class: 'message' }, item.message));
  if (item.hint) li.append(el('div', { class: 'hint' }, item.hint));
  return li;
}
async function failure(response, id) {
  let body = null;
  try { body = await response.json(); } catch (e) {}
  const errors = body && body.errors ? body.errors : [{ id: 'http_' + response.status, message: response.statusText }];
  show(id, el('p', { class: 'bad' }, words.failedRequest + ' (' + response.status + ')'),
    el('ul', { class: 'diagnostics' }, ...errors.map(diagnostic)), zh ? el('p', { class: 'note' }, words.note) : '');
}
async function send(url, data) { return fetch(url, { method: 'POST', body: data, headers: requestHeaders }); }

function showFields(outline) {
  const rows = outline.columns.map(c => el('tr', {}, el('td', {}, c.header), el('td', {}, c.explanation.replace(/^说明：/, ''))));
  const table = el('table', { id: 'field-table' }, el('tr', {}, el('th', {}, words.fields), el('th', {}, words.kind)), ...rows);
  show('fields', table, el('details', {}, el('summary', {}, words.loops), el('pre', {}, outline.outlineText)));
}

function showCheck(result) {
  const parts = [];
  if (result.errors.length === 0) parts.push(el('p', { class: 'good', id: 'check-ok' }, words.ok));
  if (result.byField && result.byField.length) {
    parts.push(el('h3', {}, words.byField));
    parts.push(el('ul', { id: 'by-field' }, ...result.byField.map(f =>
      el('li', {}, el('strong', {}, f.field), ' · ' + (names[f.id] || f.id) + ' · ' + f.count + ' · ' +
        f.rows.map(r => fmt(words.row, r)).join('、')))));
  }
  if (result.errors.length) {
    parts.push(el('h3', {}, words.errors + ' (' + result.errors.length + ')' + (result.byField ? ' · ' + words.byRow : '')));
    parts.push(el('ul', { class: 'diagnostics', id: 'check-errors' }, ...result.errors.map(diagnostic)));
  }
  if (result.warnings.length) {
    parts.push(el('h3', {}, words.warnings + ' (' + result.warnings.length + ')'));
    parts.push(el('ul', { class: 'diagnostics' }, ...result.warnings.map(diagnostic)));
  }
  if (zh && (result.errors.length || result.warnings.length)) parts.push(el('p', { class: 'note' }, words.note));
  show('findings', ...parts);
}

async function preview(blob, name) {
  if (!previewAvailable || /\.pdf$/i.test(name)) return;
  const data = new FormData();
  data.append('document', blob, name);
  const response = await send('/api/preview', data);
  if (!response.ok) return failure(response, 'preview');
  const image = el('img', { id: 'preview-image', alt: words.preview, src: URL.createObjectURL(await response.blob()) });
  show('preview', el('h3', {}, words.preview), image);
}

async function runBatch(data) {
  data.append('async', '1');
  const bar = document.getElementById('progress');
  bar.hidden = false; bar.value = 0;
  const response = await send('/api/batch', data);
  if (!response.ok) { bar.hidden = true; return failure(response, 'downloads'); }
  const job = await response.json();
  for (;;) {
    await new Promise(resolve => setTimeout(resolve, 300));
    const state = await (await fetch(job.progress, { headers: requestHeaders })).json();
    if (state.total) { bar.max = state.total; bar.value = state.done; }
    show('downloads', el('p', {}, fmt(words.written, state.done) + (state.failed ? ' · ' + fmt(words.failed, state.failed) : '')));
    if (state.status === 'done') break;
  }
  const result = await fetch(job.result, { headers: requestHeaders });
  bar.hidden = true;
  if (!result.ok) return failure(result, 'downloads');
  const written = result.headers.get('X-Gongwen-Written'), failed = result.headers.get('X-Gongwen-Failed');
  show('downloads', el('p', { id: 'batch-summary' }, fmt(words.written, written) + ' · ' + fmt(words.failed, failed)),
    downloadLink(await result.blob(), fileName(result, 'documents.zip'), 'zip-link'));
}

document.getElementById('document-form').addEventListener('submit', async event => {
  event.preventDefault();
  const button = event.submitter;
  const action = button.getAttribute('formaction');
  const data = new FormData(event.target, button);
  if (action === '/api/batch') return runBatch(data);
  if (action === '/api/check') show('findings', el('p', {}, words.checking));
  if (action === '/api/render') show('downloads', el('p', {}, words.rendering));
  const response = await send(action, data);
  const target = action === '/api/inspect' ? 'fields' : action === '/api/check' ? 'findings' : 'downloads';
  if (!response.ok) return failure(response, target);
  if (action === '/api/inspect' && !data.get('skeleton')) return showFields(await response.json());
  if (action === '/api/check') return showCheck(await response.json());
  const blob = await response.blob();
  const name = fileName(response, 'document');
  const link = downloadLink(blob, name, action === '/api/render' ? 'document-link' : 'skeleton-link');
  if (action === '/api/inspect') { document.getElementById('fields').append(el('p', {}, link)); return link.click(); }
  show('downloads', link);
  preview(blob, name);
});

document.getElementById('convert-form').addEventListener('submit', async event => {
  event.preventDefault();
  const response = await send('/api/convert', new FormData(event.target));
  if (!response.ok) return failure(response, 'convert-output');
  show('convert-output', downloadLink(await response.blob(), fileName(response, 'document.docx'), 'convert-link'));
});

document.getElementById('format-form').addEventListener('submit', async event => {
  event.preventDefault();
  const response = await send('/api/check-format', new FormData(event.target));
  if (!response.ok) return failure(response, 'format-output');
  const result = await response.json();
  if (result.deviations.length === 0) return show('format-output', el('p', { class: 'good', id: 'format-ok' }, words.conforms));
  const groups = {};
  for (const d of result.deviations) (groups[d.location] = groups[d.location] || []).push(d);
  show('format-output', el('p', { class: 'bad' }, fmt(words.deviations, result.deviations.length)),
    el('dl', { id: 'deviations' }, ...Object.entries(groups).flatMap(([where, items]) => [el('dt', {}, where),
      ...items.map(d => el('dd', { 'data-id': d.id }, d.id + ' · ' + words.expected + ' ' + d.expected + ' · ' + words.found + ' ' + d.found))])));
});
"""#
}
