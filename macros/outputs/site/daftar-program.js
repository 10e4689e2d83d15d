// Daftar Program: filter the table by dimension, OPD, year, term and quick win; sort it
// by budget. Without JavaScript the page is the whole table. The choices live in the
// URL (?dimensi=..&opd=..&tahun=..&jangka=..&qw=1&urut=-anggaran), so a filtered list
// can be shared; unknown values are ignored. Plain controls of a form: keyboard and
// screen readers use them as they are, the count is announced (role="status"), and the
// budget column header says how the rows are sorted (aria-sort).
(function () {
  "use strict";
  var form = document.getElementById("saring-program");
  var table = document.getElementById("tabel-daftar-program");
  var status = document.getElementById("jumlah-program");
  if (!form || !table || !status || !window.URLSearchParams) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var header = document.getElementById("kolom-anggaran");
  var total = table.tFoot ? table.tFoot.rows[0].cells[1] : null;
  var names = ["dimensi", "opd", "tahun", "jangka", "urut"];
  var number = new Intl.NumberFormat("id-ID");
  var order = "";  // how the rows are ordered now: "" (data order), "anggaran", "-anggaran"

  function field(name) { return form.elements[name]; }

  function fromUrl() {
    var query = new URLSearchParams(location.search);
    names.forEach(function (name) {
      var select = field(name);
      var value = query.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : "";
    });
    if (field("qw")) field("qw").checked = query.get("qw") === "1";
  }

  function toUrl() {
    var query = new URLSearchParams();
    names.forEach(function (name) { if (field(name).value) query.set(name, field(name).value); });
    if (field("qw") && field("qw").checked) query.set("qw", "1");
    var search = query.toString();
    try {
      history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
    } catch (error) {
      // a page opened from disk (file://) may refuse: the list still filters
    }
  }

  function apply() {
    var dimensi = field("dimensi").value, opd = field("opd").value, tahun = +field("tahun").value;
    var jangka = field("jangka").value, qw = field("qw") && field("qw").checked;
    var shown = 0, sum = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var keep = (!dimensi || d.dimensi === dimensi)
        && (!opd || d.opd.split(" ").indexOf(opd) >= 0)
        && (!tahun || (+d.mulai <= tahun && tahun <= +d.selesai))
        && (!jangka || d.jangka === jangka)
        && (!qw || d.qw === "1");
      if (row.hidden === keep) row.hidden = !keep;  // touch the DOM only on a change
      if (keep) { shown++; sum += +d.anggaran; }
    });
    var urut = field("urut").value;
    if (urut !== order) {
      var sorted = rows.slice();
      if (urut) {
        var sign = urut === "anggaran" ? 1 : -1;
        sorted.sort(function (a, b) { return sign * (a.dataset.anggaran - b.dataset.anggaran); });
      }
      var fragment = document.createDocumentFragment();
      sorted.forEach(function (row) { fragment.appendChild(row); });
      body.appendChild(fragment);
      order = urut;
    }
    header.setAttribute("aria-sort", urut === "anggaran" ? "ascending" : urut === "-anggaran" ? "descending" : "none");
    if (total) total.textContent = "Rp" + number.format(sum);
    var text = "Ditampilkan " + shown + " dari " + rows.length + " program.";
    if (status.textContent !== text) status.textContent = text;
  }

  form.addEventListener("change", function () { toUrl(); apply(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { toUrl(); apply(); }, 0);  // after the browser has reset the fields
  });
  window.addEventListener("popstate", function () { fromUrl(); apply(); });
  form.hidden = false;
  fromUrl();
  apply();
})();
