// detente dashboard: the two things a plain form cannot do, both writes that carry this
// server's bearer token: coding a pasted article, and correcting an actor. Everything else
// is server-rendered. Text from the server is put on the page with textContent only.
"use strict";

const TOKEN_KEY = "detente-token";

function token() {
  const field = document.getElementById("token");
  return (field && field.value) || sessionStorage.getItem(TOKEN_KEY) || "";
}

function keepTokenFromAddress() {
  // `detente serve` prints http://127.0.0.1:8000/#token=...: keep it for this tab, drop it from the address.
  const match = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  const field = document.getElementById("token");
  if (field) {
    field.value = sessionStorage.getItem(TOKEN_KEY) || "";
    field.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, field.value.trim()));
  }
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method: method,
    headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token() },
    body: JSON.stringify(body),
  });
  let data = null;
  try { data = await response.json(); } catch (e) { data = { code: "", message: response.statusText }; }
  return { ok: response.ok, status: response.status, data: data };
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function markedSentence(sentence, span) {
  // The sentence with its trigger in <mark>, built from text nodes (never innerHTML).
  const block = el("blockquote", null, "sentence");
  const start = span[0], end = span[1];
  if (start >= 0 && end > start && end <= sentence.length) {
    block.append(sentence.slice(0, start), el("mark", sentence.slice(start, end)), sentence.slice(end));
  } else {
    block.textContent = sentence;
  }
  return block;
}

function actorText(actor) {
  if (!actor) return "?";
  const words = actor.name || actor.text;
  return actor.code && words && words !== actor.code ? actor.code + " (" + words + ")" : (actor.code || words || "?");
}

function showCoded(target, data) {
  target.replaceChildren();
  for (const result of data.documents) {
    const box = el("article", null, "coded-doc");
    const heading = el("h3", result.doc_id ? "Document " + result.doc_id : result.origin);
    box.append(heading);
    if (result.error) {
      box.append(el("p", result.error.message, "alert"));
      target.append(box);
      continue;
    }
    const state = result.new ? "stored" : "already stored (the same text was sent before)";
    const summary = el("p", result.events.length + " events, " + result.measures.length + " trade measures; " + state + ". ");
    const link = el("a", "Open the document view");
    link.href = "/documents/" + encodeURIComponent(result.doc_id);
    summary.append(link);
    box.append(summary);
    const list = el("ol", null, "events");
    for (const event of result.events) {
      const item = el("li", null, "event");
      item.append(el("p", (event.date || "undated") + "  " + actorText(event.source) + " → " + actorText(event.target) +
        ": CAMEO " + event.cameo + " (" + (event.plover || "no PLOVER type") + "), Goldstein " + event.goldstein, "event-head"));
      item.append(markedSentence(event.sentence, event.trigger_span));
      list.append(item);
    }
    for (const measure of result.measures) {
      const goods = measure.products.map((p) => p.text + (p.hs ? " [HS " + p.hs + "]" : "")).join("; ");
      const item = el("li", (measure.imposer || "?") + " → " + (measure.affected || "?") + ": " + measure.action + " " +
        measure.instrument.replace(/_/g, " ") + (goods ? " on " + goods : ""), "measure");
      list.append(item);
    }
    box.append(list);
    target.append(box);
  }
}

function setUpCodeForm() {
  const form = document.getElementById("code-form");
  if (!form) return;
  const results = document.getElementById("code-results");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const record = {};
    const text = (fields.get("text") || "").trim();
    if (text) record.text = text; else if ((fields.get("url") || "").trim()) record.url = fields.get("url").trim();
    for (const key of ["title", "published"]) if ((fields.get(key) || "").trim()) record[key] = fields.get(key).trim();
    results.replaceChildren(el("p", "Coding…", "small"));
    const answer = await send("POST", "/v1/documents", record);
    if (answer.data && answer.data.documents) showCoded(results, answer.data);
    else results.replaceChildren(el("p", answer.data.message || ("HTTP " + answer.status), "alert"));
  });
}

function formBody(form) {
  const body = {};
  for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) body[key] = String(value).trim();
  return body;
}

function setUpActorForms() {
  const status = document.getElementById("actor-status");
  if (!status) return;
  const report = (answer) => {
    status.replaceChildren();
    const message = el("p", answer.data.message || ("HTTP " + answer.status), answer.ok ? "done" : "alert");
    status.append(message);
    if (answer.ok && answer.data.person) {
      const link = el("a", "See the events that name " + answer.data.person.name);
      link.href = "/events?q=" + encodeURIComponent(answer.data.person.name);
      status.append(link);
    }
    status.focus();
  };
  for (const form of document.querySelectorAll("form.correct-form")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      report(await send("PATCH", "/v1/actors/" + encodeURIComponent(form.dataset.name), formBody(form)));
    });
  }
  for (const form of document.querySelectorAll("form.alias-form")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      report(await send("POST", "/v1/actors/" + encodeURIComponent(form.dataset.name) + "/aliases", formBody(form)));
    });
  }
  for (const form of document.querySelectorAll("form.add-form")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      report(await send("POST", "/v1/actors", formBody(form)));
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  keepTokenFromAddress();
  setUpCodeForm();
  setUpActorForms();
  const selected = document.getElementById("selected");
  if (selected && location.hash === "#selected") selected.focus();
});
