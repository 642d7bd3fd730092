// SPARQL page: CodeMirror editor, cookbook picker, POST to the endpoint, results as a table (DOM, no innerHTML).
(function () {
  'use strict';
  const form = document.getElementById('query-form');
  const results = document.getElementById('results');
  const status = document.getElementById('status');
  const question = document.getElementById('question');
  const select = document.getElementById('cookbook');
  const base = form.dataset.base, ns = form.dataset.ns, pagePrefix = form.dataset.page;
  const editor = CodeMirror.fromTextArea(document.getElementById('query'),
    {mode: 'application/sparql-query', lineNumbers: true, lineWrapping: true});
  window.sparqlEditor = editor;

  select.addEventListener('change', function () {
    const pre = document.getElementById('cookbook-' + select.value);
    if (pre) { editor.setValue(pre.textContent); question.textContent = pre.dataset.question || ''; }
  });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); run(); });

  function say(text) { status.textContent = text; }

  function linkFor(iri) {
    if (iri.startsWith(base) || iri.startsWith(ns)) { return pagePrefix + encodeURIComponent(iri); }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  function cell(term) {
    const td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri') {
      const href = linkFor(term.value);
      const a = document.createElement(href ? 'a' : 'span');
      if (href) { a.href = href; }
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) { td.title = '@' + term['xml:lang']; }
    }
    return td;
  }

  function table(json) {
    const vars = json.head.vars || [];
    const t = document.createElement('table');
    t.id = 'results-table';
    const head = t.createTHead().insertRow();
    vars.forEach(function (v) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
    const body = t.createTBody();
    json.results.bindings.forEach(function (b) {
      const tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    results.appendChild(t);
    results.dataset.rows = String(json.results.bindings.length);
    say(json.results.bindings.length + ' rows');
  }

  function text(body, cls) {
    const pre = document.createElement('pre');
    if (cls) { pre.className = cls; }
    pre.textContent = body;
    results.appendChild(pre);
  }

  function run() {
    results.textContent = '';
    delete results.dataset.rows;
    say('Running…');
    fetch(form.dataset.endpoint, {method: 'POST',
      headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1'},
      body: new URLSearchParams({query: editor.getValue()})})
      .then(function (r) {
        const type = r.headers.get('Content-Type') || '';
        return r.text().then(function (body) {
          if (!r.ok) { say('Error ' + r.status); text(body, 'error'); return; }
          if (type.indexOf('json') >= 0) {
            const json = JSON.parse(body);
            if (typeof json.boolean === 'boolean') { say('ASK: ' + json.boolean); text(String(json.boolean)); results.dataset.rows = '1'; }
            else { table(json); }
          } else { say('Graph result'); text(body); results.dataset.rows = String(body.split('\n').filter(Boolean).length); }
        });
      })
      .catch(function (e) { say('Error'); text(String(e), 'error'); });
  }
})();
