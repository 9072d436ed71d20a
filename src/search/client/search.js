// The search page's script (served as /pagefind/search.js): queries an edition's buckets through
// Pagefind's browser module (the newest bucket loaded, the others merged with mergeIndex) and shows
// the results as text nodes only: nothing from the index is ever parsed as HTML.
/* global document, location, history, Option, TextDecoder, URLSearchParams */

/** The 16 symbols of a card code (see src/search/card-code.ts): no letter or digit, so never indexed. */
const ALPHABET = "!$%()+,-./:;=?@~";

/** Results shown per page of results. */
const PAGE = 10;

/** The filters a reader can set, by the name of their `<select>`. */
const FILTERS = ["section", "tag", "author", "year"];

/** The card of a result (image, date, section) from its code; undefined when it is not one. */
export function decodeCard(code) {
  if (typeof code !== "string" || code.length % 2 !== 0) return undefined;
  const bytes = new Uint8Array(code.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    const hi = ALPHABET.indexOf(code[2 * i]);
    const lo = ALPHABET.indexOf(code[2 * i + 1]);
    if (hi < 0 || lo < 0) return undefined;
    bytes[i] = hi * 16 + lo;
  }
  try {
    const card = JSON.parse(new TextDecoder().decode(bytes));
    return card !== null && typeof card === "object" ? card : undefined;
  } catch {
    return undefined;
  }
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };

/** A Pagefind excerpt as runs of plain text, marked or not (its `<mark>` tags read, nothing else). */
export function excerptRuns(excerpt) {
  const text = (s) => s.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, e) => ENTITIES[e]);
  const runs = [];
  const parts = String(excerpt).split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    if (part !== "") runs.push({ text: text(part), mark: i % 2 === 1 });
  });
  return runs;
}

/** Fills `{n}` and `{q}` in a UI string. */
function fill(template, values) {
  return template.replace(/\{(n|q)\}/g, (_, k) => String(values[k]));
}

/** One result as a list item: image, title link, section and date, excerpt. */
function resultItem(data) {
  const li = document.createElement("li");
  li.className = "search-result";
  const card = decodeCard(data.meta?.card) ?? {};
  if (typeof card.image === "string" && card.image.startsWith("/")) {
    const img = document.createElement("img");
    img.className = "thumb";
    img.src = card.image;
    img.alt = "";
    img.loading = "lazy";
    if (card.width) img.width = card.width;
    if (card.height) img.height = card.height;
    li.append(img);
    li.classList.add("has-image");
  }
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = String(data.url).startsWith("/") ? data.url : "#";
  a.textContent = data.meta?.title ?? data.url;
  h.append(a);
  const meta = document.createElement("p");
  meta.className = "meta";
  if (card.section) meta.append(String(card.section), " · ");
  const time = document.createElement("time");
  if (card.datetime) time.dateTime = String(card.datetime);
  time.textContent = String(card.date ?? "");
  meta.append(time);
  const p = document.createElement("p");
  p.className = "summary";
  for (const run of excerptRuns(data.excerpt ?? "")) {
    if (!run.mark) p.append(run.text);
    else {
      const m = document.createElement("mark");
      m.textContent = run.text;
      p.append(m);
    }
  }
  li.append(h, meta, p);
  return li;
}

/** Replaces a filter's choices with the values the current results have, keeping its selection. */
function fillFilter(select, counts, anyLabel) {
  const chosen = select.value;
  const values = Object.keys(counts ?? {}).filter((v) => counts[v] > 0 || v === chosen);
  if (chosen && !values.includes(chosen)) values.push(chosen);
  values.sort();
  if (select.name === "year") values.reverse();
  select.replaceChildren(new Option(anyLabel, ""));
  for (const v of values) select.append(new Option(counts?.[v] ? `${v} (${counts[v]})` : v, v));
  select.value = chosen;
}

/** The results of a query in date order: year by year (the merged index filtered), newest first. */
function byDate(pagefind, query, filters, years) {
  const queue = [];
  let i = 0;
  return async (n) => {
    while (queue.length < n && i < years.length) {
      const year = years[i++];
      const r = await pagefind.search(query, {
        filters: { ...filters, year },
        sort: { date: "desc" },
      });
      queue.push(...r.results);
    }
    return queue.splice(0, n);
  };
}

/** The years of `buckets` (folders, newest first), each once: a bucket is a year (`…/2023/`) or part of one (`…/2023-07/`). */
export function bucketYears(buckets) {
  return [...new Set(buckets.map((b) => b.split("/").filter(Boolean).pop().slice(0, 4)))];
}

/** The page's controls under `root` (the element carrying the data attributes). */
function controls(root) {
  const $ = (sel) => root.querySelector(sel);
  const buckets = (root.dataset.buckets ?? "").split(" ").filter(Boolean);
  return {
    d: root.dataset,
    form: $("form"),
    input: $("input[name=q]"),
    status: $("[role=status]"),
    list: $(".search-results"),
    more: $(".search-more"),
    sort: $("select[name=sort]"),
    selects: FILTERS.map((f) => $(`select[name=${f}]`)),
    nojs: $(".search-nojs"),
    filterBox: $(".search-filters"),
    buckets,
    years: bucketYears(buckets),
  };
}

/** Pagefind's module with the newest bucket loaded and the others merged (loaded once, on first use). */
function loader(c) {
  let loaded;
  return () =>
    (loaded ??= (async () => {
      const pagefind = await import(c.d.pagefind);
      await pagefind.options({ basePath: c.buckets[0] });
      await Promise.all(c.buckets.slice(1).map((b) => pagefind.mergeIndex(b)));
      return pagefind;
    })());
}

/** The query and choices in the page's URL (`?q=…&section=…&sort=date`), so a search can be linked. */
function syncUrl(c, query) {
  const url = new URLSearchParams();
  if (query) url.set("q", query);
  for (const s of [...c.selects, c.sort]) if (s.value) url.set(s.name, s.value);
  history.replaceState(null, "", `${location.pathname}${url.size ? `?${url}` : ""}`);
}

/** Wires the search page under `root`: `?q=` fills the box and runs the search. */
export function start(root) {
  const c = controls(root);
  const { d, input, status, list, more, sort, selects } = c;
  c.nojs.hidden = true;
  c.filterBox.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const s of [sort, ...selects]) {
    const v = params.get(s.name);
    if (v && ![...s.options].some((o) => o.value === v)) s.append(new Option(v, v));
    s.value = v ?? "";
  }
  const load = loader(c);
  let seq = 0;
  let next = async () => [];
  const showMore = async (my) => {
    const batch = await next(PAGE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (my !== seq) return;
    list.append(...items.map(resultItem));
    more.hidden = batch.length < PAGE || list.children.length >= Number(more.dataset.total);
  };
  const run = async () => {
    const my = ++seq;
    const query = input.value.trim();
    syncUrl(c, query);
    list.replaceChildren();
    more.hidden = true;
    if (!query) return void (status.textContent = "");
    status.textContent = d.loading;
    try {
      const filters = {};
      for (const s of selects) if (s.value) filters[s.name] = s.value;
      const pagefind = c.buckets.length ? await load() : undefined;
      const res = pagefind ? await pagefind.search(query, { filters }) : { results: [] };
      if (my !== seq) return;
      selects.forEach((s) => fillFilter(s, res.filters?.[s.name], d.any));
      const total = res.results.length;
      more.dataset.total = String(total);
      const all = res.results;
      next =
        sort.value === "date"
          ? byDate(pagefind, query, filters, filters.year ? [filters.year] : c.years)
          : async (n) => all.splice(0, n);
      await showMore(my);
      if (my !== seq) return;
      // The count is announced once the first results are on the page.
      status.textContent =
        total === 0
          ? fill(d.none, { q: query })
          : fill(total === 1 ? d.countOne : d.countMany, { n: total });
    } catch {
      if (my === seq) status.textContent = d.failed;
    }
  };
  c.form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  for (const s of [sort, ...selects]) s.addEventListener("change", () => void run());
  more.addEventListener("click", () => void showMore(seq));
  if (input.value) void run();
}

if (typeof document !== "undefined") {
  const root = document.getElementById("search");
  if (root) start(root);
}
